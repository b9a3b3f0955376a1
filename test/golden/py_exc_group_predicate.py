# ExceptionGroup.split / subgroup accept a predicate function
eg = ExceptionGroup("x", [ValueError("a"), KeyError("b"), ValueError("c")])
match, rest = eg.split(lambda e: isinstance(e, KeyError))
print(match.exceptions, rest.exceptions)
print(eg.subgroup(lambda e: str(e) == "c").exceptions)
print(eg.subgroup(lambda e: False))
