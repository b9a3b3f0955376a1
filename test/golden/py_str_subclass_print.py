# str() / print() of an instance of a str subclass gives the plain text, not the repr
class V(str):
    pass
class U(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(V('abc'), U('abc'))
print(str(V('x')), [V('y')], f"{V('z')}")
