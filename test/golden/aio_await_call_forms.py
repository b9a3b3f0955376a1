# `await f(x)` and `await obj.m(x)` run a coroutine function's body in place;
# every other callee must behave as a call whose result is then awaited.
import asyncio
import functools
import traceback
import types


def trace(label, value):
    print("  eval", label)
    return value


async def double(x):
    return x * 2


async def add(x, y=10):
    return x + y


async def pair(x, y):
    await asyncio.sleep(0)
    return (x, y)


def plain_returning_coroutine(x):
    print("  plain function called")
    return double(x)


def plain_returning_future(x):
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(x + 1000)
    return fut


class Awaitable:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v * 3


@types.coroutine
def old_style(x):
    yield from asyncio.sleep(0).__await__()
    return x - 1


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args):
        print("  wrapper for", fn.__name__)
        return await fn(*args)
    return wrapper


@logged
async def decorated(x):
    return -x


class Service:
    def __init__(self, base):
        self.base = base

    async def scaled(self, x):
        await asyncio.sleep(0)
        return self.base * x

    async def nothing(self):
        return self.base

    @staticmethod
    async def static(x):
        return ("static", x)

    @classmethod
    async def make(cls, base):
        return cls(base)

    async def __aenter__(self):
        print("  enter", self.base)
        return self.base + 1

    async def __aexit__(self, *exc):
        print("  exit", exc[0].__name__ if exc[0] else None)
        return False


async def fails(n):
    if n == 0:
        raise ValueError("deep")
    return await fails(n - 1)


async def stops():
    raise StopIteration("inside")


async def chain(n):
    if n == 0:
        return asyncio.current_task().get_name()
    return await chain(n - 1)


async def main():
    print(await double(trace("arg", 4)))
    print(await add(1), await add(1, 2))
    print(await pair(trace("first", "a"), trace("second", "b")))
    print(await plain_returning_coroutine(5))
    print(await plain_returning_future(5))
    print(await Awaitable(7))
    print(await old_style(9))
    print(await decorated(3))
    print(await functools.partial(add, 100)(5))
    print(await (lambda v: double(v))(8))

    s = await Service.make(6)
    print(await s.scaled(2), await s.nothing(), await s.static(1), await Service.static(2))
    s.scaled = double  # an instance attribute wins over the method
    print(await s.scaled(21))
    async with Service(40) as v:
        print("  body", v)
    try:
        async with Service(50):
            raise KeyError("k")
    except KeyError:
        print("  KeyError passed through")

    try:
        await fails(3)
    except ValueError:
        lines = traceback.format_exc().splitlines()
        print([ln.strip() for ln in lines if ln.strip().startswith("File")][-4:])
    try:
        await stops()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

    t = asyncio.create_task(chain(50), name="chainer")
    print(await t)

    async def sleeper(n):
        await asyncio.sleep(n)
        return n

    async def outer():
        return await sleeper(10)

    job = asyncio.create_task(outer())
    await asyncio.sleep(1)
    job.cancel()
    try:
        await job
    except asyncio.CancelledError:
        print("cancelled through the inline chain:", job.cancelled())


asyncio.run(main())
