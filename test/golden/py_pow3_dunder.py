# three-argument pow() dispatches to __pow__(self, other, mod)
class ModNum:
    def __init__(self, v):
        self.v = v
    def __pow__(self, e, m=None):
        return f"pow({self.v}, {e}, {m})"
print(ModNum(3) ** 2, pow(ModNum(3), 2), pow(ModNum(3), 2, 5))
