# complex has no __str__ of its own: print()/str() of a complex subclass use its __repr__
class C(complex):
    def __repr__(self):
        return "C" + super().__repr__()
c = C(1, 2)
print(c, str(c), repr(c), [c], f"{c}")
