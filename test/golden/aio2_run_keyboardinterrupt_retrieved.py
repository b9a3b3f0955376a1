import asyncio


def handler(loop, context):
    print("handler:", context["message"])


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    await asyncio.sleep(1)
    raise KeyboardInterrupt


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
print("end")
