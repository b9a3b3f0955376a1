# Generator expressions: one and several levels, conditions, laziness and
# short-circuiting, closures over the loop variable, errors and their lines.
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i


g = (x * 2 for x in noisy(3) if x != 1)
print(type(g).__name__, g.__name__)
print(next(g))
print(list(g))
print(any(x > 0 for x in noisy(5)))
print(all(x < 2 for x in noisy(5)))
pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2 == 1)
print(list(pairs))
print(sum(x * y for x in range(4) if x for y in range(x) if y))
fns = list((lambda: i) for i in range(3))
print([f() for f in fns])
adders = list((lambda y, i=i: i + y) for i in range(3))
print([f(10) for f in adders])
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(max(len(w) for w in "the quick brown fox".split()))
print(sorted((-x for x in {3, 1, 2})))
g2 = (1 / x for x in [1, 2, 0, 4])
print(next(g2), next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, "line", e.__traceback__.tb_next.tb_lineno)
print(list(g2))
g3 = (x for x in range(3))
print(g3.send(None), next(g3), list(g3), list(g3))
outer = 10
print(list(x + outer for x in range(3)))
print(list(x for x in range(3) if x in (y for y in range(1, 3))))
