import asyncio


async def ticks():
    for i in range(3):
        await asyncio.sleep(1)
        yield i


async def main():
    g = ticks()
    t = asyncio.create_task(g.__anext__())
    print(await t)
    print(t)
    print(await asyncio.ensure_future(anext(g)))
    await g.aclose()


asyncio.run(main())
