# Assigning an attribute not listed in __slots__ raises AttributeError
class S:
    __slots__ = ("a",)
s = S()
s.a = 1
print(s.a, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(e)
