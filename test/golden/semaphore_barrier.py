import asyncio

async def limited(sem, i):
    async with sem:
        print("in", i, asyncio.get_running_loop().time())
        await asyncio.sleep(1)

async def party(b, i):
    await asyncio.sleep(i * 0.1)
    pos = await b.wait()
    print("party", i, "passed", pos)

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i) for i in range(5)))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.Barrier(3)
    await asyncio.gather(*(party(b, i) for i in range(3)))
    print(b.n_waiting, b.parties, b.broken)

asyncio.run(main())
