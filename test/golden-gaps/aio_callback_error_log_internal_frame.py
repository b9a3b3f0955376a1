import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")

def cb():
    raise KeyError("cb")

async def main():
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.sleep(0.1)
    print("end")

asyncio.run(main())
