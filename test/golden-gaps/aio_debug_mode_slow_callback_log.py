import asyncio
import logging
import sys
import time

logging.basicConfig(level=logging.DEBUG, format="%(levelname)7s: %(message)s", stream=sys.stdout)

async def inner():
    print("inner starting")
    time.sleep(0.2)
    print("inner completed")

async def outer(loop):
    print("outer starting")
    await asyncio.ensure_future(loop.create_task(inner()))
    print("outer completed")

event_loop = asyncio.new_event_loop()
event_loop.set_debug(True)
event_loop.slow_callback_duration = 0.1
try:
    event_loop.run_until_complete(outer(event_loop))
finally:
    event_loop.close()
