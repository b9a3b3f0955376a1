import asyncio
import functools

def callback(fut):
    print("callback got", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(callback)
    print(fut)
    fut.add_done_callback(lambda f: None)
    fut.add_done_callback(functools.partial(callback))
    print(fut)
    t = asyncio.create_task(asyncio.sleep(0.1))
    t.add_done_callback(callback)
    print(t)
    fut.set_result(1)
    print(fut)
    await t

asyncio.run(main())
