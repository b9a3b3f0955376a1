# A failed task nobody awaits is reported on stderr; the program still exits 0.
import asyncio

async def bug():
    raise ValueError("nobody looks at me")

async def main():
    asyncio.create_task(bug())
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
print("after run")
