import asyncio

async def f():
    await asyncio.sleep(0)
    return 1

def gen():
    yield 1

c = f()
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
c.send(None)
print(c.cr_await is not None)
c.close()
print(c.cr_frame)
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
