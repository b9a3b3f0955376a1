# Loops, subscripts and assignments that pyasync runs on fast paths: each
# edge case here must behave exactly as through the generic protocols.

# --- for over a list sees appends, stops early, runs else only when exhausted
xs = [1, 2, 3]
for x in xs:
    if x < 3:
        xs.append(x * 10)
print(xs)
for x in xs:
    if x == 2:
        continue
    if x == 10:
        break
    print("item", x)
else:
    print("not reached")
for x in []:
    print("never")
else:
    print("empty else")
xs = [1, 2, 3, 4]
for x in xs:
    xs.pop()
    print("popping", x, xs)
xs = [5, 6]
for x in xs:
    xs[:] = [7, 8, 9]  # slice assignment replaces the contents
    print("slice", x)


def first_even(items):
    for i in items:
        if i % 2 == 0:
            return i
    return None


print(first_even([1, 3, 4, 6]), first_even([1]))


# --- list/dict/str subclasses keep their own __iter__
class RevList(list):
    def __iter__(self):
        return iter(list.__iter__(self).__class__ and self[::-1])


class PlainList(list):
    pass


print([x for x in RevList([1, 2, 3])])
for x in RevList([1, 2, 3]):
    print("rev", x)
for x in PlainList([4, 5]):
    print("plain", x)


class KeysUpper(dict):
    def __iter__(self):
        return (k.upper() for k in dict.__iter__(self))


for k in KeysUpper(a=1, b=2):
    print("key", k)


class Chars(str):
    def __iter__(self):
        yield "<"
        yield from str.__iter__(self)
        yield ">"


for ch in Chars("ab"):
    print("char", ch)

# --- str loops: code points, not UTF-16 units
for ch in "aé😀z":
    print(repr(ch), ord(ch))
n = 0
for ch in "":
    n += 1
print("empty str", n)

# --- range loops
for i in range(3):
    print("r1", i)
for i in range(10, 0, -3):
    print("r3", i)
for i in range(2, -2, -1):
    print("neg", i)
for i in range(5, 5):
    print("never")
for i in range(True, 3):
    print("bool start", i)
print(sum(i for i in range(2**53 - 3, 2**53 - 1)))
for i in range(0, 10, 4):
    i = i * 100  # rebinding the target does not affect the loop
    print("rebound", i)
try:
    for i in range(0, 3, 0):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for i in range(1.5):
        pass
except TypeError as e:
    print("TypeError", e)
count = 0


def side(v):
    global count
    count += 1
    print("arg evaluated", v)
    return v


for i in range(side(1), side(3)):
    print("side", i)
print("evaluations", count)


def shadowed():
    range = lambda n: ["x"] * n  # noqa: E731
    for i in range(2):
        print("local range", i)


shadowed()


def global_shadow():
    for i in range(2):
        print("global range", i)


range_saved = range
range = lambda n: ["g"] * n  # noqa: E731
global_shadow()
for i in range(1):
    print("module range", i)
range = range_saved
del range_saved
global_shadow()

# --- dict loops: size changes raise, value updates do not
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] = d[k] * 2
print(d)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
for k in {}:
    print("never")
else:
    print("empty dict else")

# --- targets of every kind
pairs = [(1, "one"), (2, "two")]
for n, name in pairs:
    print(n, name)


class Box:
    pass


b = Box()
store = {}
for b.value in [7, 8]:
    pass
for store["k"] in "xy":
    pass
print(b.value, store)
try:
    for a, c in [(1, 2), (3,)]:
        print(a, c)
except ValueError as e:
    print("ValueError", e)


# --- generator left early is closed
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


for v in gen():
    print("gen", v)
    break

# --- subscripts
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3], xs[True])
s = "héllo😀x"
print(s[0], s[1], s[-1], s[5], s[6])
for bad in (3, -4):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    "abc"[3]
except IndexError as e:
    print("IndexError", e)
try:
    fidx = 1.0
    "abc"[fidx]
except TypeError as e:
    print("TypeError", e)
print("abc"[-1], "abc"[False])


class Doubling(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2


print(Doubling([1, 2])[1])

# --- assignments: evaluation order and dict / subclass stores
log = []


def t(tag, v):
    log.append(tag)
    return v


target = {}
t("obj", target)[t("key", "k")] = t("value", 1)
print(log, target)


class Loud(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v)


ld = Loud()
ld["a"] = 1
print(ld)
xs = [0, 0]
xs[-1] = 5
print(xs)
try:
    target[[1]] = 2
except TypeError as e:
    print("TypeError", e)


def local_assign():
    w = ""
    for part in ["ab", "cd"]:
        w += part
    n = 1
    n += 2**53
    print(w, n)
    try:
        w += 1
    except TypeError as e:
        print("TypeError", e)


local_assign()


class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)

    def __radd__(self, other):
        return "radd:" + other


print("a" + S("b"), S("a") + "b", "x" + "y")
acc = "q"
acc += S("r")
print(acc)

# --- str indexing near characters outside the BMP
for s, i in [("😀a", 0), ("a😀", 0), ("a😀b", 1), ("a😀b", 2), ("a😀b", -1), ("x" * 40 + "😀y", 41), ("x" * 40 + "😀y", 40)]:
    print(s[i])


# --- operands read straight from local slots still notice unbound locals
def unbound_operands():
    try:
        print(u + 1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    u = 1
    del u
    try:
        print([0][u])
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        v += "x"
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(w.upper())
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    u = v = w = "ok"
    print(u + v, w.upper(), u == v, 1 < 2.5, "a" < "b")


unbound_operands()

# --- sorting by tuple keys
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0)]))
print(sorted([(2**70, 1), (1.5, 2), (True, 0), (float("inf"), -1)]))
print(sorted({"b": 2, "a": 2, "c": 3}.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)

