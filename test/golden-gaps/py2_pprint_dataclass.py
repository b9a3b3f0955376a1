# pprint (3.10+) wraps dataclass instances field by field when too wide
import pprint
from dataclasses import dataclass, field
@dataclass
class Cfg:
    name: str
    values: list = field(default_factory=lambda: list(range(3)))
    child: object = None
pprint.pprint(Cfg("root", child=Cfg("kid")), width=30)
@dataclass
class Long:
    text: str = "x" * 50
    nums: tuple = tuple(range(20, 40))
pprint.pprint(Long())
pprint.pprint([Long()], width=60)
