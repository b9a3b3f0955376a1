import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.inv(5))
print(operator.lshift(1, 4), operator.rshift(16, 2), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.contains([1, 2], 2), operator.getitem('abc', 1), operator.concat([1], [2]), operator.index(5), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
x = [1]; y = operator.iadd(x, [2]); print(x, y is x, operator.iadd(1, 2), operator.imul('ab', 2))
print(operator.length_hint([1, 2]), operator.length_hint(3, 5), operator.__add__(1, 1))
g = itemgetter(1); print(g('abc'), g, itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}))
class A:
    pass
a = A(); a.b = A(); a.b.c = 42; a.name = 'n'
print(attrgetter('name')(a), attrgetter('b.c')(a), attrgetter('name', 'b.c')(a), attrgetter('b.c'), attrgetter('x', 'y'))
m = methodcaller('replace', 'a', 'b'); print(m('aaa'), m, methodcaller('split', sep=','), methodcaller('upper')('x'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)), sorted(['bb', 'a'], key=len))
for bad in [lambda: operator.concat(1, 2), lambda: itemgetter(5)([1]), lambda: attrgetter('zz')(a), lambda: operator.add(1, 'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(operator.add, operator.itemgetter)
