import asyncio

async def main():
    print("start")
    await asyncio.sleep

asyncio.run(main())
