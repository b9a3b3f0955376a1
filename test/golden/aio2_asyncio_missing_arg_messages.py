import asyncio


async def main():
    try:
        await asyncio.sleep()
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task()
    except TypeError as e:
        print("TypeError:", e)
    loop = asyncio.get_running_loop()
    try:
        loop.call_later(1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
