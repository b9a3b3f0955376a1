# tasks_spawn: create 100,000 tasks that each return a value, then gather them.
# Measures task creation, the first step of each coroutine, and gather's
# bookkeeping (one done-callback per child).
import asyncio

N = 100_000
M = 1_000_000_007


async def work(i):
    return i * 7 + 3


async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    checksum = 0
    for r in results:
        checksum = (checksum * 31 + r) % M
    print(f"checksum: {len(results)} {checksum}")


asyncio.run(main())
