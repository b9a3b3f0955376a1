# Generator expressions that await (asynchronous generator expressions) over
# sync and async iterables, consumed by async for and async comprehensions.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    ag = (await double(i) for i in range(3))
    print(type(ag).__name__)
    print([v async for v in ag])
    print([v async for v in (await double(x) for x in range(2) if x >= 0)])
    print([v async for v in (x * 10 async for x in agen(3))])
    print([v async for v in (await double(x) async for x in agen(3) if x != 1)])
    out = []
    async for v in (await double(i) + j for i in range(2) for j in range(2)):
        out.append(v)
    print(out)


asyncio.run(main())
