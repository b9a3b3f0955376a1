import asyncio


def tick(n):
    print("tick", n)


loop = asyncio.new_event_loop()
loop.call_soon(tick, 1)
loop.call_later(0.5, "not callable")
loop.call_later(1, tick, 2)
loop.call_later(1.5, loop.stop)
loop.run_forever()
loop.close()
print("done")
