# timers: 35,000 tasks each sleep a distinct pseudo-random delay (1 ms to
# 35 s), on a virtual clock.  Measures the timer heap (push/pop) and waking
# one task per timer.  The checksum folds in the wake-up order and the clock.
import asyncio

N = 35_000
M = 1_000_000_007


def delays(n):
    # A Fisher-Yates shuffle of 1..n driven by MINSTD (seed 42).
    x = 42
    d = list(range(1, n + 1))
    for i in range(n - 1, 0, -1):
        x = (x * 48271) % 2147483647
        j = x % (i + 1)
        d[i], d[j] = d[j], d[i]
    return d


async def sleeper(i, ms, loop, t0, acc):
    await asyncio.sleep(ms / 1000)
    woke = round((loop.time() - t0) * 1000)
    acc[0] = (acc[0] * 31 + i) % M
    acc[1] = (acc[1] + woke) % M


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    acc = [0, 0]
    await asyncio.gather(*(sleeper(i, ms, loop, t0, acc) for i, ms in enumerate(delays(N))))
    print(f"checksum: {acc[0]} {acc[1]}")


asyncio.run(main())
