# numbers ABCs
import numbers
for x in [1, 2.5, 3j, True, 'x']:
    print(repr(x), isinstance(x, numbers.Number), isinstance(x, numbers.Integral), isinstance(x, numbers.Real))
