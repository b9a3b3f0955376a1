import asyncio

async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print("bg cleanup")

async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Interrupted by user")
asyncio.run(main())
