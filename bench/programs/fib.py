# fib: recursive fib(27), repeated.  Measures plain function calls, integer
# arithmetic and comparisons: no asyncio at all.
REPEAT = 20


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for _ in range(REPEAT):
    total += fib(27)
print(f"checksum: {total}")
