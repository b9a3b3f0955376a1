import asyncio
import concurrent.futures
import time


def blocking(n):
    time.sleep(n)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        r = await loop.run_in_executor(pool, blocking, 1)
    print(r, round(time.time() - start, 2))


asyncio.run(main())
