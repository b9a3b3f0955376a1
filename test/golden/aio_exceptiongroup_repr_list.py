import asyncio

async def fail():
    raise ValueError("boom")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
    except ExceptionGroup as eg:
        print(repr(eg))
    print(repr(ExceptionGroup("x", (KeyError(1),))))

asyncio.run(main())
