# random.shuffle works on any mutable sequence (Fluent Python's FrenchDeck with __setitem__)
import random
class Seq:
    def __init__(self): self.items = list(range(10))
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
random.seed(1)
s = Seq()
random.shuffle(s)
print(s.items)
b = bytearray(b'abcdef')
random.shuffle(b)
print(b)
