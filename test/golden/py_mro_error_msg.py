# CPython's MRO conflict message contains a line break
class A: pass
class B(A): pass
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
