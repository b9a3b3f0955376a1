# Queue and Lock behave the same whichever way they are reached: plain
# instances, subclasses that override the hooks, instances with extra
# attributes, patched classes, waits, cancellation and error paths.
import asyncio
import re


def show(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))


class LoggingQueue(asyncio.Queue):
    def _put(self, item):
        print("  _put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  _get", item)
        return item


class CountingLock(asyncio.Lock):
    acquired = 0

    async def acquire(self):
        CountingLock.acquired += 1
        return await super().acquire()


async def queue_basics():
    q = asyncio.Queue(maxsize=2)
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    await q.put("a")
    q.put_nowait("b")
    print(q.qsize(), q.empty(), q.full(), str(q))
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(await q.get(), q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    c = q.put("lazy")
    print(type(c).__name__, c.__qualname__, q.qsize())
    await c
    print("after await", q.qsize(), q.get_nowait())
    q.task_done()
    await q.join()
    print("joined")


async def queue_waits():
    q = asyncio.Queue(maxsize=1)
    log = []

    async def producer(name, n):
        for i in range(n):
            await q.put((name, i))
            log.append(f"put {name}{i}")

    async def consumer(name):
        while True:
            item = await q.get()
            log.append(f"get {name} {item}")
            q.task_done()
            await asyncio.sleep(0)

    cs = [asyncio.create_task(consumer(n)) for n in "xy"]
    await asyncio.gather(producer("a", 3), producer("b", 3))
    await q.join()
    for c in cs:
        c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)
    print(*log, sep="\n")


async def queue_cancel_waiters():
    q = asyncio.Queue(maxsize=1)
    await q.put(0)
    putter = asyncio.create_task(q.put(1))
    await asyncio.sleep(0)
    print("putter waiting:", q, putter.done())
    putter.cancel()
    await asyncio.sleep(0)
    print("putter cancelled:", putter.cancelled(), q.qsize())
    print(q.get_nowait())
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("late")
    getter.cancel()
    await asyncio.sleep(0)
    print("getter:", getter.cancelled(), q.qsize())
    print(await q.get())


async def queue_variants():
    lq = LoggingQueue()
    await lq.put(1)
    lq.put_nowait(2)
    print(await lq.get(), lq.get_nowait())
    pq = asyncio.PriorityQueue()
    for v in (5, 1, 3):
        await pq.put(v)
    print([await pq.get() for _ in range(3)])
    fq = asyncio.LifoQueue()
    for v in "abc":
        fq.put_nowait(v)
    print([fq.get_nowait() for _ in range(3)])

    shadowed = asyncio.Queue(maxsize=1)
    shadowed.full = lambda: False  # an instance attribute wins over the method
    shadowed.put_nowait(1)
    shadowed.put_nowait(2)
    print("shadowed full:", shadowed.qsize())
    tagged = asyncio.Queue()
    tagged.tag = "extra"
    await tagged.put(1)
    print("tagged:", tagged.qsize(), tagged.tag)

    hooked = asyncio.Queue()
    hooked._put = lambda item: print("  instance _put", item)
    await hooked.put(1)
    hooked.put_nowait(2)
    print("hooked:", hooked.qsize(), hooked._unfinished_tasks)
    hooked.empty = lambda: False
    hooked._get = lambda: "from instance _get"
    print(await hooked.get(), hooked.get_nowait())

    broken = asyncio.Queue()
    del broken._finished
    try:
        broken.put_nowait("x")
    except AttributeError as e:
        print("AttributeError:", e, broken.qsize(), broken._unfinished_tasks)
    try:
        broken.task_done()
    except AttributeError as e:
        print("AttributeError:", e, broken._unfinished_tasks)

    original = asyncio.Queue._put
    asyncio.Queue._put = lambda self, item: (print("  patched _put", item), original(self, item))
    q = asyncio.Queue()
    await q.put("p")
    q.put_nowait("q")
    asyncio.Queue._put = original
    await q.put("r")
    print(q.qsize(), [q.get_nowait() for _ in range(3)])


async def lock_basics():
    lock = asyncio.Lock()
    print(lock.locked(), show(lock))
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock:
        print("inside", lock.locked(), show(lock))
    print("outside", lock.locked())
    c = lock.acquire()
    print(type(c).__name__, c.__qualname__, lock.locked())
    await c
    print("after await", lock.locked())
    lock.release()


async def lock_unusual_waiters():
    lock = asyncio.Lock()
    c = lock.acquire()
    lock._waiters = []
    print(await c, lock.locked())
    lock.release()
    loop = asyncio.get_running_loop()
    done, pending = loop.create_future(), loop.create_future()
    done.cancel()
    c = lock.acquire()
    lock._waiters = [done]
    print(await c, lock.locked())
    lock.release()
    lock._waiters = None
    c = lock.acquire()
    lock._waiters = [pending]
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("waits behind a pending waiter:", t.done(), len(lock._waiters))
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)


async def lock_waits():
    lock = asyncio.Lock()
    order = []

    async def worker(i):
        async with lock:
            order.append(f"in {i}")
            await asyncio.sleep(0)
            order.append(f"out {i}")

    tasks = [asyncio.create_task(worker(i)) for i in range(4)]
    await asyncio.sleep(0)
    print("waiting:", show(lock))
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(order, [t.cancelled() for t in tasks])

    # Cancelled while the lock was handed over: the next waiter gets it.
    await lock.acquire()
    a = asyncio.create_task(lock.acquire())
    b = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("a cancelled:", a.cancelled(), "b done:", b.done(), lock.locked())
    lock.release()


async def lock_variants():
    cl = CountingLock()
    async with cl:
        print("counting", cl.locked())
    await cl.acquire()
    cl.release()
    print("acquired", CountingLock.acquired)
    cond = asyncio.Condition()
    async with cond:
        print("condition locked:", cond.locked())
    sem = asyncio.Semaphore(1)
    async with sem:
        print("semaphore:", sem.locked())
    lock = asyncio.Lock()
    lock.note = "x"
    async with lock:
        print("lock with attribute:", lock.locked())
    del lock._locked
    try:
        lock.locked()
    except AttributeError as e:
        print("AttributeError:", e)
    lock._locked = False
    lock.release = lambda: print("  instance release")
    async with lock:
        pass
    print("still locked:", lock.locked())
    del lock.release
    lock.release()
    lock.acquire = lambda: asyncio.sleep(0, "instance acquire")
    async with lock:
        print("entered without locking:", lock.locked())


async def main():
    for part in (queue_basics, queue_waits, queue_cancel_waiters, queue_variants, lock_basics, lock_unusual_waiters, lock_waits, lock_variants):
        print(f"== {part.__name__}")
        await part()
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await t


shared_lock = asyncio.Lock()


async def hold_and_wait():
    await shared_lock.acquire()
    waiter = asyncio.create_task(shared_lock.acquire())
    await asyncio.sleep(0)
    shared_lock.release()
    await waiter
    print("held by the waiter:", shared_lock.locked())


async def other_loop():
    try:
        await shared_lock.acquire()
    except RuntimeError as e:
        print("RuntimeError:", "is bound to a different event loop" in str(e))


asyncio.run(hold_and_wait())
asyncio.run(other_loop())
asyncio.run(main())
