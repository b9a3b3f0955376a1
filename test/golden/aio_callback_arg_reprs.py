# Handle reprs show a callback's arguments through reprlib, as asyncio's
# format_helpers does: long reprs cut in the middle, containers limited.
import asyncio, functools, re
def show(x): return re.sub(r" at 0x[0-9a-f]+", "", repr(x))
def cb(*a, **k): pass
async def main():
    loop = asyncio.get_running_loop()
    for args in [("a" * 50,), (10 ** 50,), (list(range(20)),), ((1,),), ({"b": 1, "a": [1, (2, 3)], "c": {1, 2}, "d": 4, "e": 5},), ({3, 1, 2},), (frozenset(),), (1.5, True, None), ((((((((1,),),),),),),),)]:
        h = loop.call_soon(cb, *args)
        print(show(h))
        h.cancel()
    h = loop.call_soon(functools.partial(cb, "p" * 40, key="v" * 40), 7)
    print(show(h))
asyncio.run(main())
