# Error messages of a few builtins
s, k, f = 'abc', '1', 1.5
tests = [
    lambda: s[k],
    lambda: s[f],
    lambda: dict([1, 2]),
    lambda: dict(['ab', 'c']),
    lambda: divmod(1, 'a'),
    lambda: int.from_bytes('ab', 'big'),
    lambda: [1].insert(),
    lambda: type('A', 1, {}),
]
for i, t in enumerate(tests):
    try:
        t()
    except Exception as e:
        print(i, type(e).__name__, e)
