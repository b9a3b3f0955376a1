import inspect, asyncio
def g(): yield 1
x = g()
print(inspect.getgeneratorstate(x)); next(x); print(inspect.getgeneratorstate(x)); x.close(); print(inspect.getgeneratorstate(x))
async def c():
    print(inspect.getcoroutinestate(co))
    await asyncio.sleep(0)
co = c()
print(inspect.getcoroutinestate(co))
co.send(None)
print(inspect.getcoroutinestate(co))
try: co.send(None)
except StopIteration: pass
print(inspect.getcoroutinestate(co))
