from timeit import default_timer as timer
import asyncio


async def main():
    start = timer()
    await asyncio.sleep(1.5)
    print(f"took {timer() - start:.2f}s")


asyncio.run(main())
