# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeout.
import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"job {n} failed")
    return n

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job(i, i + 1), name=f"j{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first", names(done), names(pending), asyncio.get_running_loop().time())
    ts2 = [asyncio.create_task(job(i, 1 + i, fail=(i == 1)), name=f"k{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print("exc", names(done), names(pending), asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(ts + ts2, timeout=1.5)
    print("timeout", names(done), names(pending), asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(ts + ts2)
    print("all", names(done), names(pending))
    for t in ts2:
        print(t.get_name(), t.exception())
    try:
        await asyncio.wait([job(9, 1)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
