# Statements whose value has an await inside — calls, arithmetic, containers,
# f-strings — in function bodies and for/while bodies, and the line an
# exception inside one reports.
import asyncio


async def v(x):
    await asyncio.sleep(0)
    return x


async def boom(x):
    await asyncio.sleep(0)
    raise KeyError(x)


async def body():
    a = [await v(1), await v(2)]
    b = {"k": await v(3)}
    c = f"{await v('s')}-{await v(4) * 2}"
    print(a, b, c, max(await v(5), await v(6)))
    return len(a) + await v(10)


async def loops():
    out = []
    for i in range(3):
        out.append(await v(i) * 10)
        out.append(-(await v(i)))
    n = 0
    while n < 3:
        n = n + await v(1)
        out.append(str(await v(n)))
    return out


async def fails(where):
    for i in range(2):
        if where == "for" and i == 1:
            print("value", 1 + await boom(where))
    while where == "while":
        print("value", [await boom(where)])
    return (await boom(where)) + 1


async def main():
    print(await body())
    print(await loops())
    for where in ("for", "while", "body"):
        try:
            await fails(where)
        except KeyError as e:
            tb = e.__traceback__
            lines = []
            while tb:
                lines.append(tb.tb_lineno)
                tb = tb.tb_next
            print("KeyError", e, lines)


asyncio.run(main())
