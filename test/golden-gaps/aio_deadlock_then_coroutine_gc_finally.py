import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print("acquired once; acquiring again")
    try:
        async with lock:
            print("never")
    finally:
        print("main finally")

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
except RuntimeError as e:
    print("caught:", e)
finally:
    loop.close()
