import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    await q.put(1)
    q.put_nowait(2)
    print(q.full(), q.qsize(), q.empty(), q.maxsize)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    jq = asyncio.Queue()
    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(item)
            print("did", item)
            jq.task_done()
    w = asyncio.create_task(worker())
    for i in (1, 2):
        jq.put_nowait(i)
    await jq.join()
    print("joined at", asyncio.get_running_loop().time())
    w.cancel()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
