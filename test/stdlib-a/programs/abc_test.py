from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
    Callable, Hashable, Sized, Container, Awaitable, Coroutine, AsyncIterable, AsyncIterator, Generator, Reversible, Collection)
import collections.abc
def gen():
    yield 1
async def co():
    pass
class WithIter:
    def __iter__(self):
        return iter([])
class CallMe:
    def __call__(self):
        pass
checks = [
    ([], Sequence), ([], MutableSequence), ((), Sequence), ((), MutableSequence), ('s', Sequence), ({}, Mapping), ({}, MutableMapping),
    (set(), Set), (frozenset(), Set), (set(), MutableSet), (frozenset(), MutableSet), (3, Iterable), ([], Iterable), (WithIter(), Iterable),
    (iter([]), Iterator), ([], Iterator), (gen(), Generator), (gen(), Iterator), (len, Callable), (lambda: 0, Callable), (CallMe(), Callable), (3, Callable),
    (int, Callable), (3, Hashable), ([], Hashable), ({}, Sized), (range(3), Sequence), ({}.keys(), Set), ([], Reversible), ([], Collection), ('x', Container),
]
for obj, abc in checks:
    print(type(obj).__name__, abc.__name__, isinstance(obj, abc))
c = co()
print(isinstance(c, Awaitable), isinstance(c, Coroutine))
c.close()
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Sequence))
class MySeq(Sequence):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = MySeq([1, 2, 3, 2])
print(2 in s, list(s), s.index(3), s.count(2), list(reversed(s)), isinstance(s, Sequence), isinstance(s, Iterable))
class MyMap(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap()
m.update({'a': 1}, b=2)
print(m.get('a'), m.get('z', 0), m.setdefault('c', 3), m.pop('a'), sorted(m.items()), sorted(m.keys()), 'b' in m, len(m))
print(m == {'b': 2, 'c': 3}, isinstance(m, Mapping))
print(m.popitem(), len(m))
class MySet(Set):
    def __init__(self, it):
        self.s = list(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(self.s)
    def __len__(self):
        return len(self.s)
a = MySet([1, 2, 3])
print(sorted(a & MySet([2, 3, 4])), sorted(a | MySet([5])), a <= MySet([1, 2, 3, 4]), a.isdisjoint([7]))
print(Sequence, collections.abc.Mapping)
class Reg:
    pass
Sequence.register(Reg)
print(isinstance(Reg(), Sequence), issubclass(Reg, Sequence))
