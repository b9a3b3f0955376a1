import asyncio


async def worker(name):
    try:
        while True:
            print(f"{name} working")
            await asyncio.sleep(1)
    finally:
        print(f"{name} finally")


loop = asyncio.new_event_loop()
task = loop.create_task(worker("w1"))
loop.call_later(1.5, loop.stop)
loop.run_forever()
loop.close()
print("closed")
