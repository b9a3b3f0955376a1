import asyncio

async def main():
    print(asyncio.current_task())

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
