# weakref (Fluent Python ch. 6)
import weakref
class Cheese:
    def __init__(self, kind):
        self.kind = kind
    def __repr__(self):
        return f'Cheese({self.kind!r})'
stock = weakref.WeakValueDictionary()
catalog = [Cheese('Red Leicester'), Cheese('Tilsit'), Cheese('Brie')]
for cheese in catalog:
    stock[cheese.kind] = cheese
print(sorted(stock.keys()))
c = Cheese('Gouda')
r = weakref.ref(c)
print(r() is c, r())
