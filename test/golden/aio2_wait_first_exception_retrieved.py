import asyncio


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


async def work(i):
    await asyncio.sleep(i)
    if i == 1:
        raise ValueError(i)
    return i


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    tasks = [asyncio.create_task(work(i)) for i in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    del tasks, done, pending, t
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("end")
