import asyncio


async def main():
    try:
        t = asyncio.ensure_future(5)
        print("created", t)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
