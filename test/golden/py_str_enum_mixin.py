# Enum with a str / int mixin: members behave like their value
from enum import Enum
class S(str, Enum):
    A = "a"
    B = "b"
print(S.A == "a", S.A.upper(), len(S.A), S.A + "x")
class N(int, Enum):
    X = 3
print(N.X == 3, N.X + 1, N.X * 2)
