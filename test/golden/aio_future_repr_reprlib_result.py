import asyncio

async def ret(v):
    return v

async def main():
    for v in [list(range(100)), "x" * 100, {i: i for i in range(20)}, tuple(range(10)), [[1, [2, [3, [4]]]]], set(range(3)), 10**40, 3.5, None, b"y" * 50, ["abc" * 20]]:
        t = asyncio.create_task(ret(v), name="t")
        await t
        print(t)
    f = asyncio.get_running_loop().create_future()
    f.set_result(list(range(10)))
    print(f)
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ValueError("e" * 100))
    print(f)
    f.exception()

asyncio.run(main())
