# async with / with in coroutines: several items, return/break/continue from
# the body, exceptions suppressed or not, and __aexit__ results awaited.
import asyncio


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


class Sync:
    def __enter__(self):
        print("sync enter")
        return 1

    def __exit__(self, *a):
        print("sync exit", a[0].__name__ if a[0] else None)


async def returns():
    async with ACM("a") as a, ACM("b") as b:
        await asyncio.sleep(0)
        return a + b


async def loop():
    out = []
    for i in range(4):
        async with ACM(f"l{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            with Sync() as s:
                out.append(await asyncio.sleep(0, i + s))
    return out


async def main():
    print(await returns())
    print(await loop())
    async with ACM("s", suppress=True):
        raise KeyError("hidden")
    print("after suppressed")
    try:
        async with ACM("x"), ACM("y", suppress=False):
            await asyncio.sleep(0)
            raise ValueError("seen")
    except ValueError as e:
        print("caught", e)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())


asyncio.run(main())
