# error messages when dunder methods return the wrong type
class R:
    def __repr__(self): return 42
try:
    print(R())
except TypeError as e:
    print(e)
try:
    repr(R())
except TypeError as e:
    print(e)
class I:
    def __index__(self): return 1.5
try:
    [1][I()]
except TypeError as e:
    print(e)
try:
    "abc"[I():]
except TypeError as e:
    print(e)
