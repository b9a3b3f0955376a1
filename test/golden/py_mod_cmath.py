# cmath module (Rosetta Code: quadratic roots, roots of unity)
import cmath
print(cmath.sqrt(-4), cmath.exp(1j * cmath.pi), cmath.phase(-1), cmath.polar(1j))
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
print([cmath.rect(1, 2 * cmath.pi * k / 4) for k in range(4)][1])
