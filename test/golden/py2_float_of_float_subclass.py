# float()/int()/str() of an instance of a float/int/str subclass return the exact base type
class F(float):
    pass
x = F(1.5)
print(float(x), type(float(x)).__name__)
class I(int):
    pass
print(int(I(3)), type(int(I(3))).__name__)
class S(str):
    pass
print(str(S("a")), type(str(S("a"))).__name__)
class Celsius(float):
    def __repr__(self):
        return f"Celsius({float(self)})"
print(Celsius(21.5), repr(Celsius(-3.0)))
