import asyncio


def register(func):
    return func


@register
async def job():
    await asyncio.sleep(1)
    return "ok"


async def main():
    t = asyncio.create_task(job())
    await t
    print(t)
    print(job.__code__.co_firstlineno)


asyncio.run(main())
