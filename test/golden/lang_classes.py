class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def greet(self):
        return f"hello from {self.name}"
    @staticmethod
    def util(x):
        return x * 2
    @classmethod
    def make(cls, name):
        return cls(name)
    @property
    def upper(self):
        return self.name.upper()
    @upper.setter
    def upper(self, value):
        self.name = value.lower()
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Child(Base):
    def greet(self):
        return super().greet() + " (child)"

class Mixin:
    def greet(self):
        return "mixin:" + super().greet()

class Multi(Mixin, Child):
    pass

c = Child.make("kid")
print(c, c.greet(), Base.util(4), c.upper, Base.count)
c.upper = "LOUD"
print(c.name, isinstance(c, Base), issubclass(Child, Base), type(c) is Child)
m = Multi("m")
print(m.greet(), [k.__name__ for k in Multi.__mro__])
print(Multi.mro() == list(Multi.__mro__), Base.__name__, Child.__qualname__, Base.__doc__)

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __contains__(self, v): return v in (self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __call__(self, k): return self * k
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __str__(self): return f"<{self.x},{self.y}>"

v = Vec(1, 2)
print(v + Vec(3, 4), 2 * v, v * 3, -v, v(5), str(v), len(v), v[1], list(v), 2 in v, bool(Vec(0, 0)))
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), {Vec(1, 2): "a"}[Vec(1, 2)], v == Vec(1, 2), v != Vec(1, 2))
print(max(Vec(1, 1), Vec(0, 9)), f"{v!r} {v!s} {v}")

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"

class Tagged(metaclass=Meta):
    pass

class Sub(Tagged):
    pass

print(Tagged.tag, Sub.tag, Tagged, type(Sub) is Meta)

class Registry:
    items = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.items.append((cls.__name__, key))

class A(Registry, key="a"): pass
class B(Registry): pass
print(Registry.items)

class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class UsesDesc:
    d = Desc()

u = UsesDesc()
u.d = 4
print(u.d, UsesDesc.d.name, vars(u))

class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")

dn = Dyn()
print(dn.xy, getattr(dn, "nope", "default"), hasattr(dn, "q"))
try:
    dn.q
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
try:
    object().foo
except AttributeError as e:
    print("AttributeError:", e)
