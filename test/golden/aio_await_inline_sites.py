# `await` in the places the compiler awaits inline (statement, assignment,
# return, operand of an expression) with every kind of awaitable, and the
# errors CPython gives for coroutines that cannot be awaited again.
import asyncio


async def value(n):
    await asyncio.sleep(0)
    return n


class Custom:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"


async def returns_await(aw):
    return await aw


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"fails({n})")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future")
    x = await fut
    print("assign:", x)
    await value(1)
    print("statement done")
    print("return:", await returns_await(value(2)), await returns_await(Custom()))
    print("operand:", await value(3) + await value(4) * 10, [await value(5), await Custom()])
    task = asyncio.create_task(value(6))
    print("task:", await task, await returns_await(task))

    coro = value(7)
    print("first:", await coro)
    for where in ("statement", "assign", "return", "operand"):
        try:
            if where == "statement":
                await coro
            elif where == "assign":
                y = await coro
            elif where == "return":
                await returns_await(coro)
            else:
                print(1 + await coro)
        except RuntimeError as e:
            print(where, "->", type(e).__name__, e)

    started = value(8)
    started.send(None)
    try:
        z = await started
        print("resumed started coroutine:", z)
    except RuntimeError as e:
        print("started ->", e)

    for where in range(3):
        try:
            if where == 0:
                await fails(where)
            elif where == 1:
                w = await fails(where)
            else:
                print(await fails(where) + 1)
        except ValueError as e:
            print("caught", e, "at line", e.__traceback__.tb_next.tb_lineno)

    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())


async def outer():
    return await inner() + 1


async def inner():
    raise KeyError("deep")


asyncio.run(outer())
