# with `from __future__ import annotations`, annotations are stored as
# ast.unparse-normalised strings (spacing, quotes), not as the source text
from __future__ import annotations
from typing import Callable, Literal
def f(a: dict[str,int], b: "Node", c: int|None=None, d: Callable[[int],str] = None,
      g: Literal["a"] = 1, h: (1+2) = 0) -> list [ int ]:
    pass
for k, v in f.__annotations__.items():
    print(k, repr(v))
x: tuple[int,...] = ()
y: "Tree[int]"
print(__annotations__)
class C:
    nodes: "list[C]" = []
print(C.__annotations__)
