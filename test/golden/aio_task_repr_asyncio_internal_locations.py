import asyncio

async def w():
    await asyncio.sleep(1)

async def main():
    t1 = asyncio.create_task(w(), name="worker")
    g = asyncio.gather(t1)
    t2 = asyncio.create_task(asyncio.sleep(1, "x"), name="sleeper")
    await asyncio.sleep(0)
    print(t1)
    print(t2)
    await g

asyncio.run(main())
