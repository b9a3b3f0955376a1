# sleep(0) yields for exactly one loop iteration: tasks interleave round-robin.
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("created", t1.get_name(), t2.get_name())
    print(await asyncio.gather(t1, t2, worker("c", 2)))

asyncio.run(main())
