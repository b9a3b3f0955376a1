import asyncio

async def main():
    await asyncio.sleep(0.1)
    from asyncio import nonexistent

asyncio.run(main())
