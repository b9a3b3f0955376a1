# lock_contention: many tasks increment one shared counter under one
# asyncio.Lock, switching (sleep(0)) while holding it, so every other task
# queues on the lock.  Measures Lock.acquire/release with waiters.
import asyncio

TASKS = 100
ROUNDS = 1_000
M = 1_000_000_007


async def worker(lock, shared):
    for _ in range(ROUNDS):
        async with lock:
            v = shared[0]
            await asyncio.sleep(0)
            shared[0] = v + 1
            shared[1] = (shared[1] + v * v) % M


async def main():
    lock = asyncio.Lock()
    shared = [0, 0]
    await asyncio.gather(*(worker(lock, shared) for _ in range(TASKS)))
    print(f"checksum: {shared[0]} {shared[1]}")


asyncio.run(main())
