# call_soon callbacks run FIFO; ones scheduled while running wait a turn.
import asyncio

loop = asyncio.new_event_loop()
def cb(name, again=False):
    print("cb", name, round(loop.time(), 3))
    if again:
        loop.call_soon(cb, name + "'")
loop.call_soon(cb, "a", True)
loop.call_soon(cb, "b", True)
loop.call_later(0, cb, "later0")
loop.call_soon(cb, "c")
loop.call_later(0.5, loop.stop)
loop.run_forever()
loop.close()
print(loop.is_closed())
