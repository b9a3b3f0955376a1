import asyncio
import inspect

async def fetch():
    await asyncio.sleep(0.1)
    return "data"

def plain():
    return "plain"

async def call_any(fn):
    if inspect.iscoroutinefunction(fn):
        return await fn()
    return fn()

async def main():
    print(await call_any(fetch), await call_any(plain))
    c = fetch()
    print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
    await c
    print(inspect.getcoroutinestate(c))

asyncio.run(main())
