# Run once at build time through the CLI bundle before its V8 code cache is
# written (scripts/code-cache.mjs): the functions this program makes V8
# compile are the ones the cache holds, so it uses what most programs use
# (printing, f-strings, a class, a comprehension, an exception, asyncio tasks
# and sleeps) and little more. Its output is thrown away.
import asyncio


class Counter:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Counter({self.n!r})"


async def work(i, delay):
    await asyncio.sleep(delay)
    return i * 2


async def main():
    task = asyncio.create_task(work(0, 0.1))
    results = await asyncio.gather(*(work(i, i / 10) for i in range(3)))
    await task
    table = {k: v for k, v in zip("abc", results)}
    try:
        raise ValueError("x")
    except ValueError as e:
        print(f"{e}: {table} {Counter(len(results))} {[x + 1 for x in results]}")


print("hi")
asyncio.run(main())
