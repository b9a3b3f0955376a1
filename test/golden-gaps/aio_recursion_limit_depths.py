import asyncio

async def total(items):
    if not items:
        return 0
    return items[0] + await total(items[1:])

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

async def main():
    print(await total(list(range(950))))
    try:
        print(depth(985))
    except RecursionError:
        print("RecursionError at 985")

asyncio.run(main())
try:
    print(depth(995))
except RecursionError:
    print("RecursionError at 995")
