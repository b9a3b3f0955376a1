import asyncio
async def main():
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout")
    sem = asyncio.Semaphore(2)
    async with sem:
        print("sem")
asyncio.run(main())
from typing import NamedTuple, Optional, Callable, TypeVar, Generic, List, Dict, Union, Literal, Protocol, TypedDict, Any
class City(NamedTuple):
    name: str
    pop: int = 0
c = City("x")
print(c, c._fields, City._field_defaults, City.__match_args__, c.pop, isinstance(c, tuple), c._replace(pop=3), c._asdict())
print(Optional[int], Union[int, str], Callable[[int], str], List[int], Dict[str, int], Literal['a', 1], Any, Callable[..., int])
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items = []
s = Stack[int]()
print(T, type(s).__name__, Generic[T], Optional[Union[int, str]])
class M(TypedDict):
    name: str
print(M(name='x'), type(M(name='x')))
P = NamedTuple('P', [('x', int), ('y', int)])
print(P(1, 2))
match c:
    case City(name, pop):
        print("match", name, pop)
