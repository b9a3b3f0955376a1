import asyncio

async def forever():
    while True:
        await asyncio.sleep(0.3)
        print("tick")

async def main():
    await asyncio.sleep(1)
    print("main done")

loop = asyncio.new_event_loop()
loop.create_task(forever())
loop.run_until_complete(main())
loop.close()
print("closed")
