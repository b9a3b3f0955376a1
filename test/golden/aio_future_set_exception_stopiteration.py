import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        f.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    print(f.done())
    f.set_exception(ValueError)
    print(repr(f.exception()))

asyncio.run(main())
