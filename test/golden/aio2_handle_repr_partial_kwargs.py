import asyncio
import functools


def greet(name, punct="!"):
    print(f"hello {name}{punct}")


loop = asyncio.new_event_loop()
h = loop.call_soon(functools.partial(greet, "bob", punct="?"))
print(h)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
