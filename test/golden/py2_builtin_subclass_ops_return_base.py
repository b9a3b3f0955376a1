# operators and copy() on set/frozenset/bytes subclasses return the base type
class MySet(set):
    pass
ms = MySet([1, 2])
print(type(ms | {9}).__name__, type(ms & {1}).__name__, type(ms - {1}).__name__, type(ms ^ {1}).__name__)
print(type(ms.copy()).__name__, type(ms.union([3])).__name__, type(ms.intersection([1])).__name__)
ms |= {3}
print(type(ms).__name__, sorted(ms))
class FS(frozenset):
    pass
print(type(FS([1]) | FS([2])).__name__, type(FS([1]).copy()).__name__, repr(FS()))
class B(bytes):
    pass
b = B(b"abc")
print(type(b[:1]).__name__, type(b + b"x").__name__, type(b * 2).__name__, type(b.upper()).__name__)
class L(list):
    pass
print(type(L([1])[:]).__name__, type(L([1]) + [2]).__name__, type(L([1]).copy()).__name__)
class D(dict):
    pass
print(type(D(a=1).copy()).__name__, type(D(a=1) | {}).__name__)
