from rich.console import Console
from collections import defaultdict, Counter, deque, OrderedDict, namedtuple
from dataclasses import dataclass, field
Point = namedtuple("Point", "x y")
@dataclass
class Job:
    name: str
    retries: int = 3
    tags: list = field(default_factory=list)
class R:
    def __rich_repr__(self):
        yield "alpha"
        yield "beta", 2
        yield "gamma", 3, 3
        yield "delta", None, 1
data = {"users": [{"name": f"user{i}", "id": i, "active": i % 2 == 0, "score": i * 1.5} for i in range(4)], "meta": {"total": 4, "page": (1, 2), "empty": [], "e2": {}, "s": set(), "t1": (1,)}, "none": None}
for c in [Console(width=60), Console(force_terminal=True, color_system="truecolor", width=60)]:
    c.print(data)
    c.print([1, 2, 3])
    c.print((1,), (), [[]], {1, 2, 3}, frozenset({5}))
    c.print(list(range(40)))
    c.print(defaultdict(list, {"a": [1, 2] * 20}))
    c.print(Counter("hello world"))
    c.print(deque(range(30)))
    c.print(OrderedDict(a=1, b=2))
    c.print([Point(1, 2), Point(x=10 ** 20, y="long string value " * 3)])
    c.print(Job("build", tags=["a", "b"]), Job("x" * 50, 5, list(range(10))))
    c.print(R())
    c.print("mixed", 1, 2.5, None, True, False, "x", [1, "two", None])
    c.print(["a" * 70])
    c.print({"k" * 30: "v" * 30, "nested": {"deeper": {"deepest": list(range(12))}}})
    x = [1, 2]
    x.append(x)
    c.print(x)
