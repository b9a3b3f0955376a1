# A done callback runs in a copy of the context current when it was added
# (or in the context given), so later changes on either side stay apart.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


def report(label):
    def cb(fut):
        print(label, "sees", var.get())
        var.set(label + "-changed")
        print(label, "after set", var.get())
    return cb


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    var.set("first")
    fut.add_done_callback(report("a"))
    var.set("second")
    fut.add_done_callback(report("b"))
    ctx = contextvars.copy_context()
    fut.add_done_callback(report("c"), context=ctx)
    var.set("third")
    fut.set_result(1)
    await asyncio.sleep(0)
    print("main sees", var.get(), "| ctx holds", ctx[var])
    done = loop.create_future()
    done.set_result(2)
    done.add_done_callback(report("d"))
    var.set("fourth")
    await asyncio.sleep(0)
    print("main sees", var.get())

    async def child(n):
        var.set(f"child{n}")
        await asyncio.sleep(0)
        return var.get()

    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    print(await asyncio.gather(*tasks), var.get())


asyncio.run(main())
