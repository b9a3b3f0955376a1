import asyncio


loop = asyncio.new_event_loop()
print(loop.time(), repr(loop.call_later(10, print)))
print(repr(loop.call_at(5, print)))
loop.close()
