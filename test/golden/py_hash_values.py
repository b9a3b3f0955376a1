# hash() of floats, big ints, tuples and frozensets follows CPython's algorithms
print(hash(0.5), hash(1.5), hash(-2.25), hash(1e100))
print(hash(10**20), hash(2**61), hash(-(10**30)))
print(hash(()), hash((1, 2)), hash((1, (2, 3))))
print(hash(frozenset()), hash(frozenset({1, 2, 3})))
