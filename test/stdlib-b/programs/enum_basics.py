from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @property
    def lower(self):
        return self.name.lower()
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.RED.describe(), Color.BLUE.lower)
print(Color.__members__)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", "{}".format(Color.GREEN), str(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
class N(Enum):
    A = auto()
    B = auto()
print(list(N), N.A.value)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, f"{Num.TWO}", [10, 20, 30][Num.TWO], sorted([Num.TWO, Num.ONE]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), ~Perm.R, Perm.R & Perm.W, Perm(7), list(Perm))
class P2(IntFlag):
    R = 4
    W = 2
    X = 1
print(P2.R | P2.W, repr(P2.R | 8), P2.R | 1, ~P2.R)
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
print(Shape(99))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
except ValueError as e:
    print(e)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.B), S.A == "a")
print(type(Color), Color, repr(Perm.R))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH   = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
