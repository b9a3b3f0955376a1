import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key, partialmethod, singledispatch, update_wrapper
import operator
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, c=9), p.func is f, p.args, p.keywords)
print(repr(partial(max, 1)).startswith('functools.partial(<built-in function max>, 1'), repr(p).split(' at ')[0])
pp = partial(p, 2); print(pp.args, pp.keywords, pp())
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    """Say hello."""
    return 'hi ' + x
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info(), sq.__name__)
@lru_cache(maxsize=2)
def ident(x):
    return x
for v in [1, 2, 1, 3, 1, 2]:
    ident(v)
print(ident.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(10), fact.cache_info())
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing')
        return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area)
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) >= V(2), V(2) > V(1), V(1) <= V(1))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
class Cell:
    def set_state(self, state):
        self.state = state
    set_alive = partialmethod(set_state, True)
cell = Cell(); cell.set_alive(); print(cell.state)
@singledispatch
def show(x):
    return 'object'
@show.register(int)
def _(x):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
print(show(1), show([]), show('s'), show(True))
def g():
    pass
def h():
    """doc h"""
update_wrapper(g, h); print(g.__name__, g.__doc__, g.__wrapped__ is h)
