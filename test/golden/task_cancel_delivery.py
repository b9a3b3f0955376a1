# cancel() only requests: CancelledError is thrown in at the next step;
# finally blocks run; a task may swallow it; cancel messages travel.
import asyncio

async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallows")
    return "survived"

async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop now"), t.cancelling())
    print("done before step:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", type(e).__name__, e.args, t.cancelled())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    s.cancel()
    print(await s, s.cancelled())
    u = asyncio.create_task(sleeper("u"))
    u.cancel()
    await asyncio.sleep(0)
    print("u cancelled before start:", u.cancelled())
    print("cancel done task:", t.cancel())

asyncio.run(main())
