# Generator objects have __name__ and __qualname__
def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__)
class A:
    def m(self):
        yield 1
print(A().m().__qualname__)
