# math.erf / math.erfc must be correctly rounded like CPython's (libm) results
import math
for x in [0.1, 0.5, 1, 1.5, 2, 3, -0.7]:
    print(x, math.erf(x), math.erfc(x))
# normal CDF, a common use
def phi(x):
    return 0.5 * math.erfc(-x / math.sqrt(2))
print([round(phi(z), 17) for z in (-2, -1, 0, 1, 2)])
