import asyncio
import time

async def main():
    start = time.time_ns()
    await asyncio.sleep(1.25)
    end = time.time_ns()
    print(start, end, end - start)
    print(f"elapsed {(end - start) / 1e9:.3f}s")
    print(time.monotonic_ns(), time.perf_counter_ns())
    time.sleep(0.1)
    print(time.monotonic_ns(), time.perf_counter_ns())

asyncio.run(main())
