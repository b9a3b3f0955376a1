import asyncio
import functools

def done_cb(tag, fut):
    print("callback", tag, fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(done_cb, "first"))
    fut.add_done_callback(functools.partial(done_cb, "second"))
    fut.add_done_callback(print)
    print(fut.remove_done_callback(print))
    loop.call_later(1, fut.set_result, 42)
    print(await fut)
    print(fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    f2.cancel("why")
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    f3 = loop.create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.add_done_callback(functools.partial(done_cb, "late"))
    await asyncio.sleep(0)

asyncio.run(main())
