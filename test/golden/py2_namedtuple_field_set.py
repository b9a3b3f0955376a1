# assigning/deleting a namedtuple field: CPython's _tuplegetter says "can't set attribute"
from collections import namedtuple
from typing import NamedTuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
class P(NamedTuple):
    x: int
try:
    P(1).x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Point.x.__doc__)
p.y = 0
