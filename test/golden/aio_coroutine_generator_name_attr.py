import asyncio

async def work():
    await asyncio.sleep(0.1)

async def ticker(n):
    yield n

def gen():
    yield 1

async def main():
    coros = [work(), work()]
    for c in coros:
        print("scheduling", c.__name__, c.__qualname__)
    await asyncio.gather(*coros)
    g = ticker(3)
    print(g.__name__, g.__qualname__)
    print(gen().__name__)

asyncio.run(main())
