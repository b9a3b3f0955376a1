# Plain functions reuse their frames between calls: each call must still
# start with unbound locals, its own closure cells, and frames held by
# tracebacks must keep what they held.
import traceback


def maybe(flag):
    if flag:
        value = "set"
    return value


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(maybe(True))


def make_counter(start):
    count = start

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


a, b = make_counter(0), make_counter(100)
print(a(), a(), b(), a(), b())


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print([fact(i) for i in range(8)], fact(70) % 1_000_003)


saved = []


def fail(n):
    local_marker = n * 2
    try:
        raise ValueError(f"fail {n}")
    except ValueError as e:
        saved.append(e)
    return local_marker


print([fail(i) for i in range(3)])
for e in saved:
    print("".join(traceback.format_exception(e)).rstrip())


def lookup(k):
    counter_value = k
    try:
        return counter_valu
    except NameError as e:
        return e


errors = [lookup(i) for i in range(3)]
print(lookup(5), errors[0] is not errors[1])
print("".join(traceback.format_exception(errors[0])).rstrip().splitlines()[-1])


def gen_in_plain(n):
    total = n
    return (total + i for i in range(3))


g1, g2 = gen_in_plain(10), gen_in_plain(20)
print(list(g1), list(g2))


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)


for _ in range(2):
    try:
        deep(70)
    except RuntimeError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(len(tb), tb[-1].name, tb[-1].line)


def kw_and_defaults(a, b=2, *rest, c=3, **more):
    return a, b, rest, c, sorted(more)


print(kw_and_defaults(1), kw_and_defaults(1, 5, 6, 7, c=8, z=9), kw_and_defaults(a=0))
