import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")

async def bad(n):
    await asyncio.sleep(0.1)
    raise ValueError(f"bad {n}")

async def main():
    try:
        await asyncio.wait_for(bad(1), timeout=1)
    except ValueError:
        logging.exception("wait_for failed")
    for c in asyncio.as_completed([asyncio.create_task(bad(2))]):
        try:
            await c
        except ValueError:
            logging.exception("as_completed failed")

asyncio.run(main())
