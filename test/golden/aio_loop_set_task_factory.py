import asyncio

def factory(loop, coro):
    t = asyncio.Task(coro, loop=loop)
    print("factory made a task")
    return t

async def work(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(work(1), name="w1")
    print(t.get_name(), await t)
    loop.set_task_factory(None)
    print(await asyncio.create_task(work(2)))

asyncio.run(main())
