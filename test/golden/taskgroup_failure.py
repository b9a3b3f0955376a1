import asyncio

async def ok(n):
    try:
        await asyncio.sleep(n)
        print("ok", n)
        return n
    except asyncio.CancelledError:
        print("ok", n, "cancelled")
        raise

async def fail(n, msg):
    await asyncio.sleep(n)
    raise ValueError(msg)

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1))
        t2 = tg.create_task(ok(2))
    print("results", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(3))
            tg.create_task(fail(1, "first"))
            tg.create_task(fail(1, "second"))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])

asyncio.run(main())
