# await_chain: a chain of `await f(n - 1)` 100 coroutines deep, repeated.
# Measures coroutine creation and a plain await (no suspension) through a
# deep stack of coroutines, inside a single task.
import asyncio

DEPTH = 100
REPEAT = 30_000
M = 1_000_000_007


async def f(n):
    if n == 0:
        return 1
    return await f(n - 1) + n


async def main():
    checksum = 0
    for r in range(REPEAT):
        checksum = (checksum * 31 + await f(DEPTH) + r) % M
    print(f"checksum: {checksum}")


asyncio.run(main())
