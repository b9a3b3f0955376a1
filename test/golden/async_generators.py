import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.5)
            yield i
    finally:
        print("ticker closed")

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.n -= 1
        return self.n

async def main():
    async for i in ticker(3):
        print("tick", i)
    print([x async for x in Countdown(3)])
    print([x * 2 for x in range(3) if await asyncio.sleep(0, True)])
    agen = ticker(10)
    print(await agen.__anext__(), await agen.asend(None))
    await agen.aclose()
    async for i in ticker(5):
        if i == 1:
            break
    print("loop time", asyncio.get_running_loop().time())

asyncio.run(main())
