from __future__ import annotations
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, FrozenInstanceError, MISSING, KW_ONLY
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 2), Point.__match_args__, [f.name for f in fields(p)])
print(asdict(p), astuple(p), replace(p, x=5), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(Point.__hash__)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
v = V(1)
print(v < V(2), sorted([V(3), V(1, "a"), V(1)]), hash(v) == hash(V(1)))
try:
    v.a = 3
except FrozenInstanceError as e:
    print("frozen", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
@dataclass
class C:
    a: int
    scale: InitVar[int] = 1
    total: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.total = self.a * scale
print(C(3, 4), C(2))
@dataclass
class D(Point):
    z: int = 9
print(D(1, 2, [], 3))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    Point(1, q=3)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
print(K2(1, b=2))
match p:
    case Point(x, y):
        print("match", x, y)
@dataclass
class R:
    m: dict = field(default_factory=dict, repr=False)
    n: float = field(default=1.5, metadata={'unit': 'm'})
print(R(), fields(R)[1].metadata)
try:
    @dataclass
    class M:
        x: list = []
except ValueError as e:
    print(e)
@dataclass(unsafe_hash=True)
class U:
    x: int
print(hash(U(1)) == hash((1,)))
