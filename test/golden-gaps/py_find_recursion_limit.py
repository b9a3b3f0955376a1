# Rosetta Code "Find limit of recursion": depth reached before RecursionError
# (under the reference runner CPython's own frames use part of the 1000 limit;
# calling a class whose __init__ recurses costs two levels per call)
import sys
print(sys.getrecursionlimit())
def recurse(counter):
    try:
        return recurse(counter + 1)
    except RecursionError:
        return counter
print(recurse(1))
class A:
    def __init__(self, n):
        self.n = n
        self.child = A(n + 1)
try:
    A(1)
except RecursionError as e:
    print(e)
depth = 0
class B:
    def __init__(self):
        global depth
        depth += 1
        B()
try:
    B()
except RecursionError:
    print(depth)
