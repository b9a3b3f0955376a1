import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke at", asyncio.get_running_loop().time())

async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))

async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f"e{i}")) for i in range(3)]
    await asyncio.sleep(1)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print("cleared", ev.is_set())
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

asyncio.run(main())
