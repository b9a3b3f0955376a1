# queue_pipe: producers and consumers through asyncio.Queue(maxsize=100),
# 500,000 items in all, with task_done() per item and join() at the end.
# Measures Queue.put/get with full/empty waits on both sides.
import asyncio

ITEMS = 500_000
PRODUCERS = 4
CONSUMERS = 4
M = 1_000_000_007


async def producer(q, start, count):
    for i in range(start, start + count):
        await q.put(i)


async def consumer(q, acc):
    while True:
        item = await q.get()
        acc[0] += 1
        acc[1] = (acc[1] + item * item) % M
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=100)
    acc = [0, 0]
    consumers = [asyncio.create_task(consumer(q, acc)) for _ in range(CONSUMERS)]
    per = ITEMS // PRODUCERS
    await asyncio.gather(*(producer(q, p * per, per) for p in range(PRODUCERS)))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(f"checksum: {acc[0]} {acc[1]}")


asyncio.run(main())
