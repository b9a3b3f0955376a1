# repr() of a method bound to a str / list crashes; type names of method descriptors
r = repr("a".upper)
print(r.startswith("<built-in method upper of str object at"))
r = repr([].append)
print(r.startswith("<built-in method append of list object at"))
print(type(str.upper).__name__, type("a".upper).__name__, type([].append).__name__)
