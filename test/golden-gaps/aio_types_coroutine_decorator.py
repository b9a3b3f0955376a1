import asyncio
import types

@types.coroutine
def switch():
    yield

async def worker(name):
    for i in range(2):
        print(name, i)
        await switch()

async def main():
    await asyncio.gather(worker("a"), worker("b"))

asyncio.run(main())
