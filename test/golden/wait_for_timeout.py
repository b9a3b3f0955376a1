# wait_for cancels the inner task on timeout and raises TimeoutError;
# asyncio.timeout() (3.11) does the same around a block.
import asyncio

async def slow(d):
    try:
        await asyncio.sleep(d)
        return "finished"
    finally:
        print("slow finally at", asyncio.get_running_loop().time())

async def main():
    print(await asyncio.wait_for(slow(1), timeout=2))
    try:
        await asyncio.wait_for(slow(5), timeout=1)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(1.5) as cm:
            await slow(10)
    except TimeoutError:
        print("timeout block expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 3)
        await asyncio.sleep(1)
    print("rescheduled ok", cm.when() is not None)
    print(await asyncio.wait_for(asyncio.sleep(0, "zero"), 0))

asyncio.run(main())
