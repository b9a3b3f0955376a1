import copy, bisect
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'P({self.x!r})'
p = P([1]); q = copy.copy(p); r = copy.deepcopy(p)
p.x.append(2); print(q, r, q.x is p.x)
class C:
    def __copy__(self):
        return 'copied'
    def __deepcopy__(self, memo):
        return 'deep'
print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C()]))
l = [1]; l.append(l); dl = copy.deepcopy(l); print(dl[1] is dl, dl is not l)
shared = [0]; d = copy.deepcopy([shared, shared]); print(d[0] is d[1])
print(copy.copy((1, 2)), copy.deepcopy({1, 2}), copy.copy({'a': 1}), copy.deepcopy((1, [2])))
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
print(copy.deepcopy(deque([1, [2]])), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(int, a=1)), copy.copy(Counter('aab')))
Pt = namedtuple('Pt', 'x y'); print(copy.deepcopy(Pt(1, [2])), copy.copy(Pt(1, 2)))
s = [1, 2, 4, 4, 8]
print(bisect.bisect_left(s, 4), bisect.bisect_right(s, 4), bisect.bisect(s, 4), bisect.bisect(s, 0), bisect.bisect(s, 9))
bisect.insort(s, 3); bisect.insort_left(s, 4); bisect.insort_right(s, 10); print(s)
data = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(data, 5, key=lambda t: t[1]), bisect.bisect_right([1, 2, 3], 2, lo=2))
bisect.insort(data, ('x', 6), key=lambda t: t[1]); print(data)
try:
    bisect.bisect_left(s, 1, lo=-1)
except ValueError as e:
    print('ValueError', e)
