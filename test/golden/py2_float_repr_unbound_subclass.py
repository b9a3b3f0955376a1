# float.__repr__/__str__ called unbound on a float-subclass instance
class F(float):
    pass
x = F(2.5)
print(float.__repr__(x), float.__str__(x), int.__repr__(True), str.__repr__("a"), float.__repr__(1.5))
class I(int): pass
print(int.__repr__(I(3)), int.__str__(I(4)))
