import asyncio

def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))

async def bad():
    raise ValueError("oops")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.1)
    print("dropping task")
    del t
    print("dropped")
    await asyncio.sleep(0.1)
    print("end")

asyncio.run(main())
