# Timers with equal deadlines fire in the order they were scheduled; a
# cancelled handle never runs.
import asyncio

loop = asyncio.new_event_loop()
out = []
for i in range(5):
    loop.call_later(1, out.append, i)
h = loop.call_later(1, out.append, "cancelled")
h.cancel()
loop.call_at(loop.time() + 1, out.append, "at")
loop.call_later(0.999, out.append, "earlier")
loop.call_later(1.5, loop.stop)
loop.run_forever()
print(out, h.cancelled(), loop.time())
