import asyncio
import time

async def main():
    print("blocking")
    time.sleep(0.5)
    print("done")

asyncio.run(main(), debug=True)
