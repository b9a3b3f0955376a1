from collections import deque
d = deque()
print(d, bool(d), len(d))
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, d[0], d[-1], d[2])
d[1] = 'x'; print(d)
del d[1]; print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(5), d.index(5), 5 in d, 99 in d)
d.remove(5); print(d)
d.insert(1, 'ins'); print(d)
d.reverse(); print(d)
c = d.copy(); print(c == d, c is d, c)
d.clear(); print(d, bool(d))
m = deque(range(10), maxlen=3); print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(0); print(m)
m.extend([20, 21]); print(m)
print(deque([1, 2]) == deque([1, 2]), deque([1]) != deque([2]), deque([1, 2]) < deque([1, 3]))
print(list(reversed(deque('abc'))), list(deque('abc')))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
e = deque([1]); e += deque([2, 3]); print(e)
for exc_test in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1]).index(3), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1), lambda: hash(deque())]:
    try:
        exc_test()
    except Exception as e:
        print(type(e).__name__, e)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
r = deque(); r.append(r); print(r)
z = deque(maxlen=0); z.append(1); print(z)
big = deque()
for i in range(1000):
    big.append(i)
for i in range(990):
    big.popleft()
print(big, len(big))
print(d.__len__(), deque([3, 4]).__iter__().__next__())
print(repr(deque([1], maxlen=5)), str(deque(['a'])))
print(isinstance(deque(), deque), type(deque()).__name__, deque)
class MyDeque(deque):
    pass
md = MyDeque([1, 2]); md.append(3); print(md, len(md))
print(deque('abc', 2))
print(deque([1, 2, 3]).index(2, 1), deque([1,2,3,2]).count(2))
