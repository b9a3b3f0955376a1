# object.__repr__ / object.__hash__ / object.__str__ called explicitly on builtin values
print(object.__repr__(5)[:16])
print(object.__repr__("s").startswith("<str object at 0x"))
print(object.__hash__(1) == hash(1), type(object.__hash__(1)).__name__)
print(object.__str__([1]), object.__format__(7, ""))
class I(int):
    def __repr__(self): return "I:" + super().__repr__()
    def __str__(self): return "s" + super().__str__()
print(repr(I(5)), str(I(5)))
