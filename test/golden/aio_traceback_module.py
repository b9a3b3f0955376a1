import asyncio
import traceback

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("deep failure")

async def main():
    try:
        await fail()
    except ValueError:
        print(traceback.format_exc())
        traceback.print_exc()
    print("still running")

asyncio.run(main())
