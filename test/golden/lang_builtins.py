print(len("héllo"), len([1, 2]), len({1: 2}), len(range(0, 10, 3)))
print(abs(-5), abs(-2.5), min(3, 1, 2), max([1, 5, 3]), min("bca"), max([], default="d"), min([3, 1], key=lambda x: -x))
print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2]], []), round(2.5), round(3.5), round(2.675, 2), round(1234, -2))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, 'b'), (1, 'a')]), list(reversed([1, 2, 3])))
print(list(enumerate("ab", 1)), list(zip("ab", [1, 2, 3])), list(map(str, [1, 2])), list(filter(None, [0, 1, "", 2])))
print(any([0, 1]), all([]), all([1, 0]), isinstance(True, int), isinstance(1, (str, int)), issubclass(bool, int))
print(hex(255), oct(8), bin(5), chr(65), ord("a"), divmod(7, -2), divmod(-7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5))
print(int("42"), int("-0x1f", 16), int("1_000"), int(3.9), int(-3.9), float("1e3"), float("inf"), float(" 2.5 "), str(12), repr("a'b"))
print(bool([]), bool([0]), list("ab"), tuple([1]), dict(a=1, b=2), set([2, 1, 2]), frozenset("aa"), dict([(1, 2)]))
print(type(1), type(1.0), type("s"), type(None), type([]), type(print), callable(len), callable(1))
print(hash(1) == hash(1.0), hash("a") == hash("a"), id(len) == id(len), getattr(1, "real"), format(3.14159, ".2f"), format(42, "08b"))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 0.5, 10 / 4, 1e16, 1.5e-7, 0.1 + 0.2, 3 * 1.1, 2 ** 64, -(2 ** 63))
print(1 / 3, 2 / 3, 100.0, 1e22, 123456789.123456789, float(2 ** 53 + 1), 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -16 >> 2)
print(True + True, True * 3, 3 == 3.0, 0.1 * 3 == 0.3, float("nan") == float("nan"), [1, 2] < [1, 3], (1, 2) == (1, 2))
print(str(b"ab"), bytes([65, 66]), "abc".encode(), b"x" * 3, bytearray(b"hi"), list(b"ab"))
print("%s is %d years, %.2f%% sure, %r %5s|%-5s|" % ("Al", 30, 99.5, "x", "r", "l"))
print("{} {:>5} {:<5}| {:^7} {:+d} {:,} {:.3e} {!r}".format(1, "r", "l", "c", 5, 1234567, 12345.678, "q"))
print(f"{3.14159:.3f} {42:5d} {'x':*^9} {1e-5} {1/3:.10f} {255:#x} {0.5:%} {12345.6789:,.2f}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}] [{'hi'!r:>6}] {width=} {2 + 3 = }")
print(str(1.0), str(-0.0), repr(1e100), 1.0 == 1, int("  7  "), float(7), 0.30000000000000004)
print(vars(type("T", (), {"a": 1}))["a"], dir([])[:3], isinstance([], list), list(range(5))[-1])
s = {3, 1, 2}
print(s, {5, 10, 1}, sorted({"b", "a"}), {1: "a", 2: "b"}.items(), list({1: 2}.keys()))
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    undefined_thing
except NameError as e:
    print("NameError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
