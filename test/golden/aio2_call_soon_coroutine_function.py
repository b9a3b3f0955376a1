import asyncio


async def greet(name):
    print("hello", name)


def plain(name):
    print("plain", name)


loop = asyncio.new_event_loop()
h = loop.call_soon(greet, "async")
print(h)
loop.call_soon(plain, "sync")
loop.call_later(0.5, loop.stop)
loop.run_forever()
loop.close()
print("done")
