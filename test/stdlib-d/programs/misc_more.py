import queue, weakref, array, reprlib, keyword, graphlib, cmath, unicodedata, calendar
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print('Full')
print(q.get_nowait(), q.get(), q.empty())
try:
    q.get(timeout=0.5)
except queue.Empty as e:
    print('Empty', repr(e), type(e))
q.put('x'); q.get(); q.task_done(); q.task_done(); q.task_done(); q.join()
sq = queue.SimpleQueue(); sq.put(5); print(sq.get(), sq.qsize(), queue.Queue[int])
class C: pass
c = C()
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, hash(r) == hash(c), weakref.getweakrefcount(c))
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
ws = weakref.WeakSet([c]); print(len(ws), c in ws)
wk = weakref.WeakKeyDictionary(); wk[c] = 1; print(list(wk.values()))
fin = weakref.finalize(c, print, 'finalized')
print(fin.alive)
fin()
print(fin.alive)
p = weakref.proxy(c); c.attr = 3; print(p.attr)
a = array.array('i', [1, 2, 3])
a.append(4); a.extend([5]); a[0] = 10
print(a, a.tolist(), a.typecode, a.itemsize, a[1:3], len(a), a.tobytes()[:8], array.array('d'), array.array('u', 'hi'))
print(a * 2, a + array.array('i', [9]), a.index(2), a.count(2), a.pop(), 3 in a)
try:
    a.append(2**40)
except OverflowError as e:
    print('OverflowError', e)
for tc in 'bBhHiIlLqQ':
    for v in (-2**70, -2**40, -2**16, -200, -1, 200, 2**16, 2**40, 2**70):
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(tc, v, e)
b = array.array('h'); b.frombytes(b'\x01\x00\x02\x00'); print(b, array.array('f', [0.1]))
r2 = reprlib.Repr(); r2.maxstring = 10
print(r2.repr('abcdefghijklmnop'), reprlib.repr({'a': [1, 2, 3, 4, 5, 6, 7]}), reprlib.repr(array.array('i', range(20))))
print(keyword.kwlist[:5], keyword.softkwlist)
ts = graphlib.TopologicalSorter()
ts.add('b', 'a'); ts.add('c', 'b')
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({'a': {'b'}, 'b': {'a'}}).static_order())
except graphlib.CycleError as e:
    print('cycle', e.args[0])
print(cmath.sqrt(2+3j), cmath.log(1j), cmath.log10(100), cmath.sin(1+1j), cmath.cos(1j), cmath.tan(0.5+0.5j))
print(cmath.asin(0.5), cmath.acos(2), cmath.atan(1j/2), cmath.sinh(1+2j), cmath.cosh(1+2j), cmath.tanh(1+2j))
print(cmath.asinh(1+1j), cmath.acosh(1+1j), cmath.atanh(0.5+0.5j), cmath.exp(2+1j), cmath.log(8, 2))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isfinite(1j), cmath.inf, cmath.nanj, cmath.polar(-3-4j), cmath.rect(2, 0.5))
try:
    cmath.log(0)
except ValueError as e:
    print('ValueError', e)
for ch in 'aZ5 ,€\u0301日한😀\t':
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, '?'), unicodedata.east_asian_width(ch), unicodedata.combining(ch), unicodedata.bidirectional(ch))
print(unicodedata.lookup('LATIN SMALL LETTER SHARP S'), unicodedata.lookup('snowman'), unicodedata.digit('²'), unicodedata.decimal('٣'), unicodedata.numeric('Ⅻ'), unicodedata.numeric('x', -1))
print(unicodedata.normalize('NFKC', 'ﬁ①'), unicodedata.decomposition('é'), unicodedata.decomposition('ﬁ'), unicodedata.unidata_version, unicodedata.is_normalized('NFC', 'é'))
try:
    unicodedata.name('\x00')
except ValueError as e:
    print('ValueError', e)
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(calendar.monthcalendar(2024, 2)[0], calendar.day_name[6], list(calendar.Calendar(6).iterweekdays()))
print(calendar.HTMLCalendar().formatmonthname(2024, 5))
