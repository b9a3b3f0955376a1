# fractions module (Python tutorial / Rosetta Code style)
from fractions import Fraction
a = Fraction(3, 4)
b = Fraction('1/6')
print(a + b, a * b, a / b, a - 1, repr(a + b))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(6, -8))
print(sum(Fraction(1, n) for n in range(1, 6)), float(Fraction(22, 7)), a < b, a.numerator, a.denominator)
