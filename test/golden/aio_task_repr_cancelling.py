import asyncio

async def child():
    await asyncio.sleep(5)

async def main():
    t = asyncio.create_task(child(), name="kid")
    await asyncio.sleep(0)
    t.cancel()
    print(t)
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t)

asyncio.run(main())
