import asyncio

loop = asyncio.new_event_loop()
print(loop.stop)
print(loop.call_soon(loop.stop))
print(loop.call_later(2, loop.stop))
loop.run_forever()
loop.close()
