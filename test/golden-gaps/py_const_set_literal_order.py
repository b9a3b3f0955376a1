# A set display made only of constants (3+ items) is compiled to a frozenset constant
# (rebuilt when constants are merged), so its iteration order can differ from
# building the same set with add()
print({9, 17, 1, 25})
print({1, 9, 17, 25, 33, 41})
print(set([1, 9, 17, 25, 33, 41]))
print({10, 5, 1, 100, 33, 64, 2**40})
a = 10
print({a, 5, 1, 100, 33, 64, 2**40})
