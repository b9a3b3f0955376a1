import asyncio

async def compute(x):
    await asyncio.sleep(1)
    return x * 2

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(21)), loop.time())
fut = loop.create_future()
loop.call_later(2, fut.set_result, "from callback")
print(loop.run_until_complete(fut), loop.time())
t = loop.create_task(compute(5), name="named")
print(t.get_name(), loop.run_until_complete(t))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
try:
    loop.run_until_complete(compute(1))
except RuntimeError as e:
    print("RuntimeError:", e)
