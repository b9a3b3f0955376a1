# str, dict and list methods that compiled calls invoke directly on exact
# instances: their results and errors, and subclasses or objects that
# define methods of the same names.

# --- str: case mapping beyond ASCII
for s in ["Hello", "straße", "İstanbul", "ΣΊΣΥΦΟΣ", "ǅ", "ﬁ", "", "123"]:
    print(repr(s.lower()), repr(s.upper()))

# --- str: strip, split, join
print(repr("  a b \t\n".strip()), repr("\u2003x\u2003".strip()), repr("..a,b,.".strip(".,")))
print(repr("xxaxx".lstrip("x")), repr("xxaxx".rstrip("x")), repr("  a  ".lstrip()), repr("  a  ".rstrip()))
print(repr("😀a😀".strip("😀")), repr("abc".strip("")), repr("ab".strip(None)))
print("a b\u3000c\x1cd".split(), "".split(), "  ".split())
print("a,b,,c".split(","), "a::b".split("::"), "abc".split("x"), "".split(","))
print("a b".split(None), "a😀b😀".split("😀"))
print("-".join(["a", "b", "c"]), "".join([]), "+".join("xyz"), ", ".join(("p", "q")))
print(":".join(k for k in ["g", "h"]), "/".join({"k1": 1, "k2": 2}))
print("abc".startswith("ab"), "abc".startswith(""), "abc".endswith("bc"), "abc".endswith("x"))
print("abc".startswith(("x", "a")), "a😀".endswith("😀"))
for call in [
    lambda: "a".split(""),
    lambda: "a".split(1),
    lambda: "a".strip(1),
    lambda: "a".lstrip(b"a"),
    lambda: ",".join(["a", 1]),
    lambda: ",".join(5),
    lambda: "a".startswith(1),
    lambda: "a".join(),
    lambda: "a".lower(1),
    lambda: "a".split(",", "x"),
]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Shout(str):
    def lower(self):
        return "lower overridden"

    def join(self, items):
        return "join overridden"


print(Shout("ABC").lower(), Shout("-").join(["a"]), Shout("AbC").upper(), Shout(" x ").strip())

# --- dict.get
d = {"a": 1, 1: "one", (1, 2): "tuple"}
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.get(1.0), d.get(True), d.get((1, 2), "-"))
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
try:
    d.get()
except TypeError as e:
    print("TypeError", e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


class Defaulting(dict):
    def get(self, k, default=None):
        return ("overridden", k, default)


class PlainDict(dict):
    pass


print(Defaulting(a=1).get("a"), Defaulting().get("b", 5), PlainDict(a=1).get("a"), PlainDict().get("x", 9))


class HasGet:
    def __init__(self):
        self.get = lambda k, d=None: ("instance attribute", k, d)

    def append(self, x):
        return ("method", x)


h = HasGet()
print(h.get("k"), h.get("k", 1), h.append(3))

# --- list.append
xs = []
r = xs.append(1)
xs.append(xs)
print(r, xs)
try:
    xs.append()
except TypeError as e:
    print("TypeError", e)


class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)


lg = Logged()
lg.append(1)
print(lg)

# --- counting words the way the benchmark does
counts = {}
for word in "the cat The CAT the dog".split():
    key = word.lower()
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))

# --- one-character case mapping
print("".join(chr(c).upper() for c in range(32, 127)))
print("".join(chr(c).lower() for c in range(32, 127)))
print([c.upper() for c in "ßµÿıﬀ"], [c.lower() for c in "İΣÀ"])

# --- len while the name means the builtin, and after it is rebound
import builtins


def lens():
    print(len("a😀b"), len([1, 2]), len({}), len(range(3)))
    try:
        len(5)
    except TypeError as e:
        print("TypeError", e)


lens()
len = lambda x: "shadowed by a global"  # noqa: E731
lens()
del len
lens()
saved = builtins.len
builtins.len = lambda x: "builtins patched"
lens()
builtins.len = saved


def local_len():
    len = lambda x: "local"  # noqa: E731
    return len("abc")


print(local_len())
