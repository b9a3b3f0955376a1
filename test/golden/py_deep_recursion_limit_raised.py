# After sys.setrecursionlimit(10000), recursion 5000 deep must work
import sys
sys.setrecursionlimit(10000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(5000))
from functools import lru_cache
@lru_cache(maxsize=None)
def count(n):
    return 1 if n <= 1 else count(n - 1) + count(n - 2) % 7
print(count(2500))
