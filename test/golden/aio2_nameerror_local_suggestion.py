import asyncio
async def main():
    results = []
    await asyncio.sleep(0)
    print(result)
asyncio.run(main())
