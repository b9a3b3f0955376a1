# != with the default __ne__: left __ne__ (-> __eq__) then reflected right __ne__ (-> __eq__)
class R:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"R{self.v}.__eq__")
        return NotImplemented
a = R(3)
print(a != a)
print(R(1) != R(2))
