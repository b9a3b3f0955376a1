# for/while loops whose bodies await: break, continue, else, return from the
# body, a test evaluated per iteration, and the line an exception reports.
import asyncio


async def tick(x):
    await asyncio.sleep(0)
    return x


async def loops():
    out = []
    for i in range(6):
        if i == 1:
            continue
        v = await tick(i)
        if v == 4:
            break
        out.append(v)
    else:
        out.append("for-else not reached")
    for i in range(2):
        out.append(await tick(i * 10))
    else:
        out.append("for-else")
    n = 0
    while n < 5:
        n = await tick(n + 1)
        if n == 2:
            continue
        out.append(-n)
    else:
        out.append("while-else")
    while True:
        if await tick(n) > 6:
            break
        n += 1
    out.append(n)
    return out


async def find(target):
    i = 0
    while True:
        i += 1
        if await tick(i) == target:
            return i


async def fails_in_loop():
    for i in range(3):
        await tick(i)
        if i == 2:
            raise ValueError(f"at {i}")


async def main():
    print(await loops())
    print(await find(3))
    try:
        await fails_in_loop()
    except ValueError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("ValueError", e, "line", tb.tb_lineno)
    results = await asyncio.gather(*(find(k) for k in (2, 1, 3)))
    print(results)


asyncio.run(main())
