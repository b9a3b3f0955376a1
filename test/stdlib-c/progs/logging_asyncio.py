import asyncio, logging, sys
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")

async def bad():
    raise RuntimeError("oops")

async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.1)
    print("done")

asyncio.run(main())
