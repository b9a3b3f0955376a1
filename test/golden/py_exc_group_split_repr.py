# ExceptionGroup.split / except* build the sub-groups with a list, so repr shows [...]
eg = ExceptionGroup("x", [ValueError("a"), KeyError("b")])
print(eg.split(ValueError))
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
print(repr(ExceptionGroup("y", [ValueError(1), KeyError(2)])))
print(repr(ExceptionGroup("t", (ValueError(1),))))
