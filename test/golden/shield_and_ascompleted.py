import asyncio

async def work(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    inner = asyncio.create_task(work("inner", 2))
    outer = asyncio.shield(inner)
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print("inner result", await inner)
    tasks = [asyncio.create_task(work(i, d)) for i, d in enumerate([3, 1, 2])]
    for fut in asyncio.as_completed(tasks):
        print("completed", await fut, asyncio.get_running_loop().time())

asyncio.run(main())
