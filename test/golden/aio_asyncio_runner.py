import asyncio

async def step(n):
    await asyncio.sleep(0.1)
    return n * 2

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
