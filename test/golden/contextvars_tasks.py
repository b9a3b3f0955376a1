import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")

async def handler(name):
    request.set(name)
    await asyncio.sleep(0.1)
    print(name, "sees", request.get())

async def main():
    token = request.set("main")
    await asyncio.gather(handler("a"), handler("b"))
    print("main sees", request.get())
    request.reset(token)
    print("after reset", request.get())
    ctx = contextvars.copy_context()
    print(ctx.run(request.get))
    t = asyncio.create_task(handler("c"), context=ctx)
    await t

asyncio.run(main())
