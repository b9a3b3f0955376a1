# A done callback that raises goes to the loop's exception handler with a
# Handle for it, and runs in the context current when it was added.
import asyncio
import contextvars
import re

var = contextvars.ContextVar("var", default=0)


def handler(loop, context):
    print("handler:", sorted(context))
    print("  message:", re.sub(r" at 0x[0-9a-f]+", "", context["message"]))
    print("  handle:", re.sub(r" at 0x[0-9a-f]+", "", repr(context["handle"])))
    print("  exception:", repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    def callback(fut):
        print("callback sees", var.get(), "for", fut.result())
        raise ValueError(f"boom {fut.result()}")

    fut = loop.create_future()
    var.set(5)
    fut.add_done_callback(callback)
    var.set(6)
    fut.set_result(1)
    await asyncio.sleep(0)
    task = asyncio.create_task(asyncio.sleep(0, "slept"))
    task.add_done_callback(lambda t: print("task done:", t.result()))
    task.add_done_callback(callback)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end", var.get())


asyncio.run(main())
