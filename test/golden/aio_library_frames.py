# Frames in asyncio's Python-written modules carry CPython's file names and
# line numbers: in task reprs and in tracebacks.
import asyncio
import re
import traceback


def show(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put(0)
    putter = asyncio.create_task(q.put(1), name="putter")
    getter = asyncio.create_task(asyncio.Queue().get(), name="getter")
    lock = asyncio.Lock()
    await lock.acquire()
    locker = asyncio.create_task(lock.acquire(), name="locker")
    await asyncio.sleep(0)
    for t in (putter, getter, locker):
        print(show(t))
        t.cancel()
    await asyncio.sleep(0)
    print(show(putter))
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print(traceback.format_exc().rstrip())
    try:
        await locker
    except asyncio.CancelledError:
        print(traceback.format_exc().rstrip())
    print(asyncio.queues.__file__, asyncio.locks.__file__)


asyncio.run(main())
