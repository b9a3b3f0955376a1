# __del__ runs on `del x`, for a discarded call result, and at exit; a suspended generator is closed at exit
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
a = A(1)
b = A(2)
del b
g = gen(); next(g)
A(3)
print("end")
