# Lock: FIFO hand-over; a waiter cancelled after being woken passes the lock on.
import asyncio

async def user(lock, name, hold):
    print(name, "waiting")
    async with lock:
        print(name, "acquired at", asyncio.get_running_loop().time())
        await asyncio.sleep(hold)
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    print(repr(lock).split(" at ")[0], repr(lock).split(" ")[-1])
    tasks = [asyncio.create_task(user(lock, f"w{i}", 1)) for i in range(4)]
    await asyncio.sleep(0.5)
    print(lock.locked())
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(lock.locked(), [t.cancelled() for t in tasks])
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
