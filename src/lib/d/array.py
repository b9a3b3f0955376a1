# array for pyasync: CPython 3.11's array module (C arraymodule.c) written in
# Python over a list of values, with its type codes, range checks, repr and
# sequence methods; the byte conversions go through struct. Item sizes are
# those of CPython on x86-64 Linux.
"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
def _bound(v, lo, hi, name):
    if v < lo:
        raise OverflowError('%s is less than minimum' % name)
    if v > hi:
        raise OverflowError('%s is greater than maximum' % name)


def _range_check(tc, v):
    # The C module's conversions, messages included.
    if tc in 'bBhHil' and not -2**63 <= v < 2**63:
        raise OverflowError('Python int too large to convert to C long')
    if tc == 'b':
        _bound(v, -2**15, 2**15 - 1, 'signed short integer')
        _bound(v, -128, 127, 'signed char')
    elif tc == 'B':
        _bound(v, 0, 255, 'unsigned byte integer')
    elif tc == 'h':
        _bound(v, -2**15, 2**15 - 1, 'signed short integer')
    elif tc == 'H':
        _bound(v, -2**31, 2**31 - 1, 'signed integer')
        _bound(v, 0, 2**16 - 1, 'unsigned short')
    elif tc == 'i':
        _bound(v, -2**31, 2**31 - 1, 'signed integer')
    elif tc in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 2**64:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I':
            _bound(v, 0, 2**32 - 1, 'unsigned int')
    elif tc == 'q':
        if not -2**63 <= v < 2**63:
            raise OverflowError('int too big to convert')
    elif tc == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v >= 2**64:
            raise OverflowError('int too big to convert')


def _check(typecode, v):
    if typecode in 'fd':
        if not isinstance(v, (int, float)):
            f = getattr(type(v), '__float__', None)
            if f is None:
                raise TypeError('must be real number, not %s' % type(v).__name__)
            v = f(v)
        v = float(v)
        if typecode == 'f':
            v = _struct.unpack('<f', _struct.pack('<f', v))[0]
        return v
    if typecode == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
        v = index(v)
    _range_check(typecode, v)
    return int(v)


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the
    appropriate type.
    """
    __module__ = 'array'

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._a = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def _new(self, items):
        r = array(self._tc)
        r._a = items
        return r

    def __repr__(self):
        if not self._a:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._a))
        return 'array(%r, %r)' % (self._tc, self._a)

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(list(self._a))

    def __reversed__(self):
        return reversed(list(self._a))

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        try:
            return self._a[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._a[i] = list(v._a)
            return
        v = _check(self._tc, v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._a[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def _same(self, other):
        if not isinstance(other, array):
            return False
        return True

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a == other._a

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a != other._a

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a < other._a

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a <= other._a

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a > other._a

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a >= other._a

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._a * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= n
        return self

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._a)))

    def append(self, v, /):
        self._a.append(_check(self._tc, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._a.extend(iterable._a)
            return
        tc = self._tc
        for v in iterable:
            self._a.append(_check(tc, v))

    def insert(self, i, v, /):
        self._a.insert(i, _check(self._tc, v))

    def pop(self, i=-1, /):
        if not self._a:
            raise IndexError('pop from empty array')
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        try:
            if stop is None:
                return self._a.index(v, start)
            return self._a.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        items = [_check(self._tc, v) for v in lst]
        self._a.extend(items)

    def _fmt(self, n):
        return '<%d%s' % (n, 'I' if self._tc == 'u' else self._tc)

    def tobytes(self):
        if self._tc == 'u':
            return _struct.pack(self._fmt(len(self._a)), *[ord(c) for c in self._a])
        return _struct.pack(self._fmt(len(self._a)), *self._a)

    def frombytes(self, buffer, /):
        data = bytes(buffer)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(self._fmt(len(data) // size), data)
        if self._tc == 'u':
            values = [chr(c) for c in values]
        self._a.extend(values)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._a)

    def fromunicode(self, s, /):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._a.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._a = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self) & 0xffffffffffff, len(self._a))

    def __sizeof__(self):
        return 64 + len(self._a) * self.itemsize


ArrayType = array
