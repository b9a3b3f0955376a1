# sleep0_switch: 500 tasks x 1,000 `await asyncio.sleep(0)`, released together
# by an Event.  Measures the cost of one task switch through the ready queue.
# The checksum folds in the order the tasks run, so it also checks that the
# switches interleave round-robin as in CPython.
import asyncio

TASKS = 500
SWITCHES = 1_000
M = 1_000_000_007
state = 0


async def worker(i, go):
    global state
    await go.wait()
    for _ in range(SWITCHES):
        await asyncio.sleep(0)
        state = (state * 31 + i) % M


async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(worker(i, go)) for i in range(TASKS)]
    await asyncio.sleep(0)  # every worker is now waiting on the event
    go.set()
    await asyncio.gather(*tasks)
    print(f"checksum: {TASKS * SWITCHES} {state}")


asyncio.run(main())
