# typing.get_args / get_origin on PEP 604 unions, and Generic __parameters__
import typing, types
from typing import Generic, TypeVar
print(typing.get_args(int | str), typing.get_origin(int | str) is types.UnionType)
print(typing.get_args(typing.Optional[int]), typing.get_args(list[int | None]))
T = TypeVar("T")
class Box(Generic[T]):
    pass
print(Box.__parameters__, Box[int].__args__)
