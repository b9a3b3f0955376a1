# Every task waits on an Event nobody sets: CPython would hang; the virtual
# clock raises the deadlock RuntimeError and asyncio.run cancels the rest.
import asyncio

async def waiter(ev):
    try:
        await ev.wait()
    finally:
        print("waiter finally")

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    print("waiting forever")
    await t

asyncio.run(main())
