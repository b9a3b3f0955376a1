def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{"c": 4, "z": 0}))

def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
for call in (lambda: pos_only(1, b=2, c=3), lambda: f(), lambda: f(1, 2, c=3, a=1), lambda: pos_only(1, 2, 3, 4), lambda: f(1, c=1, zz=2) and None):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def kw_only(*, x):
    return x
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
inc = counter()
print(inc(), inc(), inc(5))

adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda: i for i in range(3)]
print([l() for l in late])

total = 0
def add_global(x):
    global total
    total += x
add_global(5); add_global(6)
print(total)

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("b")
@deco("i")
def text(s):
    """Doc of text."""
    return s
print(text("hi"), text.__name__, f.__defaults__, f.__kwdefaults__)

def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"

g = gen(3)
print(next(g), g.send("x"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def delegating():
    r = yield from gen(2)
    print("sub returned", r)
    yield from [10, 20]
print(list(delegating()))
print(sum(x * x for x in range(10) if x % 2), list(zip(*[(1, 'a'), (2, 'b')])))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

import sys
print(sys.getrecursionlimit())
(lambda *a, **k: print(a, k))(1, 2, x=3)
print((lambda: (yield))().__class__.__name__)
