# gather: first exception propagates, others keep running; with
# return_exceptions the results list holds them; cancelling the gather
# cancels the children.
import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    print("ok", n)
    return n

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad after {d}")

async def main():
    try:
        await asyncio.gather(ok(1, 2), bad(1), ok(3, 0.5))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(2)
    print(await asyncio.gather(ok(4, 1), bad(0.5), return_exceptions=True))
    g = asyncio.gather(ok(5, 3), ok(6, 3))
    await asyncio.sleep(1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    r = await asyncio.gather(asyncio.sleep(1, "x"), asyncio.sleep(0.5, "y"))
    print(r)
    t = asyncio.create_task(ok(7, 1))
    t2 = asyncio.create_task(ok(8, 5))
    await asyncio.sleep(2)
    t2.cancel()
    print(await asyncio.gather(t, t2, return_exceptions=True))

asyncio.run(main())
