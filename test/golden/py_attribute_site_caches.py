# One attribute or method site seen with many receivers: the site's cache must
# follow class changes, instance shadowing and descriptors added later.


class Base:
    default = "class-default"

    def hello(self):
        return "Base.hello"


def read(o):
    return o.default


def write(o, v):
    o.default = v


def bump(o):
    o.count += 1


def greet(o):
    return o.hello()


b = Base()
for _ in range(3):
    print(read(b), greet(b))
write(b, "instance")
print(read(b), Base.default)
del b.default
print(read(b))

# An instance attribute shadows the method at the same site.
b.hello = lambda: "instance hello"
print(greet(b))
del b.hello
print(greet(b))

# A property added to the class later takes over both reads and writes.
Base.default = property(lambda self: "from property", lambda self, v: print("setter got", v))
print(read(b))
write(b, 42)
print(b.__dict__)

# __setattr__ and __getattribute__ added to a class after sites warmed up.
class Counter:
    def __init__(self):
        self.count = 0


c = Counter()
for _ in range(3):
    bump(c)
print(c.count)


def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Counter.__setattr__ = logging_setattr
bump(c)
Counter.__getattribute__ = lambda self, name: 100 if name == "count" else object.__getattribute__(self, name)
bump(c)
print(c.__dict__)

# Builtin receivers at the same method site; a subclass overriding the method.
class MyList(list):
    def append(self, x):
        super().append(x * 10)


def add(seq, x):
    seq.append(x)


for seq in ([], MyList(), [], MyList()):
    add(seq, 1)
    add(seq, 2)
    print(type(seq).__name__, seq)


def split_all(s):
    return s.split()


print(split_all("a b  c"), split_all(" x "))

# A class-level default read through many instances, then one writes its own.
class Node:
    parent = None


nodes = [Node() for _ in range(3)]
nodes[1].parent = nodes[0]
print([n.parent is None for n in nodes])

# Comparison fast paths keep Python's int/float/bool semantics.
for a, b2 in [(1, 2), (2, 2), (3, 2), (1.5, 1), (True, 1), (2**60, 2**60 + 1), ("a", "b")]:
    print(a < b2, a <= b2, a > b2, a >= b2, a == b2, a != b2)
