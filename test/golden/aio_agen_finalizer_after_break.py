import asyncio

async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen cleanup start")
        await asyncio.sleep(0.1)
        print("agen cleanup end")

async def main():
    async for x in agen():
        print(x)
        if x == 1:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep0")
    await asyncio.sleep(0.5)
    print("main end")

asyncio.run(main())
print("after run")
