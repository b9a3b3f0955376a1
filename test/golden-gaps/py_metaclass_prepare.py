# A metaclass's __prepare__ is called to create the class namespace
class TrackingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            print('define', k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return TrackingDict()
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))
class Rec(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def m(self):
        pass
print(Rec.a, Rec.b)
