# A generator's or coroutine's __name__/__qualname__ are its function's when it
# was made, and can be set on it afterwards.
import asyncio, functools
async def f(): pass
c = f(); print(c.__name__, c.__qualname__); c.__name__ = "x"; print(c.__name__, c.__qualname__); c.close()
f.__name__ = "g"; f.__qualname__ = "G.g"; c2 = f(); print(c2.__name__, c2.__qualname__); c2.close()
f.__name__ = "h"; print(c2.__name__)
def gen(): yield 1
g = gen(); g.__qualname__ = "q"; print(g.__name__, g.__qualname__)
def deco(fn):
    @functools.wraps(fn)
    async def wrapper(*a): return await fn(*a)
    return wrapper
@deco
async def work(): return 1
w = work(); print(w.__name__, w.__qualname__); print(asyncio.run(w))
