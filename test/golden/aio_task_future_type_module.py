import asyncio

async def work():
    return 1

async def main():
    t = asyncio.create_task(work())
    print(type(t))
    f = asyncio.get_running_loop().create_future()
    print(type(f), type(asyncio.gather()))
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    await t

asyncio.run(main())
