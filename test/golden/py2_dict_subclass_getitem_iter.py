# iterating a dict subclass that overrides __getitem__ must use dict iteration (keys),
# not the old sequence protocol (__getitem__(0), __getitem__(1), ...)
from collections import OrderedDict
class D(dict):
    def __getitem__(self, key):
        return super().__getitem__(key)
d = D(a=1, b=2)
for k in d:
    print(k)
print(list(d), sorted(d), next(iter(d)))

class LRU(OrderedDict):
    def __init__(self, maxsize=2):
        self.maxsize = maxsize
        super().__init__()
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]
c = LRU(2)
c['a'] = 1; c['b'] = 2; c['a']; c['c'] = 3
print(c, list(c.keys()))
