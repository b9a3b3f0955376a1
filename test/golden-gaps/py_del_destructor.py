# __del__ runs when the last reference goes away, and at exit for globals
class R:
    def __init__(self, n):
        self.n = n
        print("init", n)
    def __del__(self):
        print("del", self.n)
r = R(1)
del r
print("x")
r2 = R(2)
r2 = R(3)
print("y")
def f():
    t = R(4)
f()
print("end")
