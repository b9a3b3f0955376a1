a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = "hello"
print(first, rest)
i = j = 5
i += 1
print(i, j)
data = {"k": [1, 2, 3]}
data["k"][1] *= 10
data["n"] = data.get("n", 0) + 1
print(data)
lst = list(range(10))
print(lst[::2], lst[::-1], lst[2:8:3], lst[-3:], lst[:-7], lst[5:2], lst[-100:100])
lst[2:5] = ["a", "b"]
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
if (n := len(lst)) > 3:
    print("walrus", n)
print([y for x in range(5) if (y := x * x) > 3])
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, "a" < "b" <= "b")
print("yes" if 0 else "no", not 1, 5 and 0, 0 or "x", None or [] or "last")
for k in range(3):
    if k == 5:
        break
else:
    print("no break")
w = 0
while w < 10:
    w += 1
    if w % 2:
        continue
    if w > 6:
        break
else:
    print("not printed")
print("w", w)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)

def tryer(v):
    try:
        if v == 0:
            raise ValueError("zero")
        if v == 1:
            return "returned"
    except ValueError as e:
        print("handled", e)
        return "from except"
    else:
        print("else runs")
    finally:
        print("finally", v)
    return "end"
print(tryer(0), tryer(1), tryer(2))

def finally_wins():
    try:
        return 1
    finally:
        return 2
print(finally_wins())

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as A, CM("b", suppress=True) as B:
    print("body", A, B)
    raise KeyError("k")
print("after with")

def classify(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *others]:
            return f"list head {x} rest {others}"
        case {"type": "point", "x": px, **extra}:
            return f"point {px} {extra}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"str {s}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case _:
            return "other"
for v in (0, [1, 2], [1, 2, 3], {"type": "point", "x": 5, "c": 1}, "abcdef", "ab", 500, 5.5):
    print(classify(v))

from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
match P(1, 2):
    case P(x=1, y=yy):
        print("P matched", yy)
print(__name__, type(__builtins__).__name__)
x: int = 5
print(__annotations__)
