from collections import defaultdict, Counter, OrderedDict, namedtuple, ChainMap
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dict(dd), 'zz' in dd, dd.get('q'))
print(defaultdict(int), defaultdict(None, {1: 2}), defaultdict(lambda: 5)['x'])
d2 = defaultdict(int, a=1); d2['b'] += 2; print(d2, d2.default_factory, isinstance(d2, dict))
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)
print(d2.copy(), type(d2.copy()).__name__)
c = Counter('mississippi')
print(c)
print(c.most_common(), c.most_common(2), c['zzz'])
print(sorted(c.elements()))
c.update('ssx'); print(c)
c.subtract({'s': 10}); print(c)
print(+c, -c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b)
print(Counter(), Counter({'x': 0}), Counter(a=2).total())
print(Counter('aab') == Counter('aba'), list(Counter('hello')))
od = OrderedDict()
od['z'] = 1; od['a'] = 2; od['m'] = 3
print(od, list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('z'); print(od)
od.move_to_end('m', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict())
print(list(reversed(OrderedDict(a=1, b=2))))
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x + p.y, p[0], len(p), tuple(p), list(p))
print(Point._fields, Point._make((5, 6)), p._replace(y=10), p._asdict())
x, y = p; print(x, y)
print(p == (3, 4), p == Point(3, 4), hash(p) == hash((3, 4)), p < Point(4, 0))
print(Point.__name__, Point.__doc__, Point.x.__doc__ if hasattr(Point.x, '__doc__') else '')
P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(9), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc'], rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2), lambda: namedtuple('Q', ['_a']), lambda: namedtuple('Q', ['a', 'a']), lambda: namedtuple('Q', ['class']), lambda: p._replace(z=1), lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Card(namedtuple('Card', 'rank suit')):
    __slots__ = ()
    @property
    def label(self):
        return f'{self.rank}{self.suit}'
print(Card('A', 'S'), Card('A', 'S').label, isinstance(Card('1', '2'), tuple))
match p:
    case Point(x, y):
        print('matched', x, y)
cm = ChainMap({'a': 1}, {'a': 10, 'b': 20})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), cm.get('c', 'no'))
cm['c'] = 3; print(cm.maps)
child = cm.new_child({'b': 99}); print(child['b'], child.parents)
print(dict(ChainMap({1: 'a'}, {2: 'b'})))
