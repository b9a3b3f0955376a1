# struct for pyasync: CPython 3.11's struct module (C _struct) written in
# Python, with its format characters, byte orders, alignment and error
# messages; floats are packed natively by _d_support. Native mode ('@') uses
# the sizes and alignments of CPython on x86-64 Linux.
"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.
"""

import _d_support

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]


class error(Exception):
    __module__ = 'struct'


# code: (standard size, native size, native alignment)
_SIZES = {
    'x': (1, 1, 1), 'c': (1, 1, 1), 'b': (1, 1, 1), 'B': (1, 1, 1),
    '?': (1, 1, 1), 'h': (2, 2, 2), 'H': (2, 2, 2), 'i': (4, 4, 4),
    'I': (4, 4, 4), 'l': (4, 8, 8), 'L': (4, 8, 8), 'q': (8, 8, 8),
    'Q': (8, 8, 8), 'e': (2, 2, 2), 'f': (4, 4, 4), 'd': (8, 8, 8),
    's': (1, 1, 1), 'p': (1, 1, 1), 'n': (None, 8, 8), 'N': (None, 8, 8),
    'P': (None, 8, 8),
}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQNP'


def _parse(fmt):
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    s = fmt
    order = '@'
    if s and s[0] in '@=<>!':
        order = s[0]
        s = s[1:]
    native = order == '@'
    little = order == '<' or (order in '@=' and True)  # x86-64 is little-endian
    items = []  # (code, count, offset, size)
    offset = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch.isspace():
            i += 1
            continue
        count = 1
        if '0' <= ch <= '9':
            j = i
            while j < n and '0' <= s[j] <= '9':
                j += 1
            count = int(s[i:j])
            if j >= n:
                raise error('repeat count given without format specifier')
            i = j
            ch = s[i]
        if ch not in _SIZES:
            raise error('bad char in struct format')
        std, nat, align = _SIZES[ch]
        if native:
            size = nat
            if align > 1:
                offset = (offset + align - 1) // align * align
        else:
            if std is None:
                raise error('bad char in struct format')
            size = std
        if ch in 'sp':
            items.append((ch, count, offset, count))
            offset += count
        elif ch == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((ch, 1, offset, size))
                offset += size
        i += 1
    return fmt, little, items, offset


def _int_arg(v, code):
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise error('required argument is not an integer')
        v = index(v)
    return v


_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _range_error(code, size):
    # CPython's messages: named for the 1- and 2-byte codes, the bounds for
    # 4-byte signed codes, 'argument out of range' otherwise.
    if code in _NAMED:
        if code in _UNSIGNED:
            return error('%s format requires 0 <= number <= %d'
                         % (_NAMED[code], (1 << (size * 8)) - 1))
        return error('%s format requires %d <= number <= %d'
                     % (_NAMED[code], -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1))
    if code in _SIGNED and size == 4:
        return error("'%s' format requires %d <= number <= %d"
                     % (code, -(1 << 31), (1 << 31) - 1))
    return error('argument out of range')


class Struct:
    """Struct(fmt) --> compiled struct object

    """
    __module__ = '_struct'

    def __init__(self, format):
        self.format, self._little, self._items, self.size = _parse(format)
        self._native = self.format[:1] not in ('=', '<', '>', '!')

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)

    def _nargs(self):
        return len(self._items)

    def pack(self, *args):
        buf = [0] * self.size
        self._pack_into(buf, 0, args)
        return bytes(buf)

    def pack_into(self, buffer, offset, *args):
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for '
                        'packing %d bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(buffer)))
        buf = [0] * self.size
        self._pack_into(buf, 0, args)
        # pyasync: item by item, as bytearray slice assignment takes no bytes
        for k, x in enumerate(buf):
            buffer[offset + k] = x

    def _pack_into(self, buf, base, args):
        if len(args) != len(self._items):
            raise error('pack expected %d items for packing (got %d)'
                        % (len(self._items), len(args)))
        little = self._little
        for (code, count, off, size), v in zip(self._items, args):
            off += base
            if code == 's' or code == 'p':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    data = bytes(v[:count])
                else:
                    n = min(len(v), count - 1, 255)
                    data = bytes([n]) + bytes(v[:n]) if count else b''
                    data = data[:count]
                buf[off:off + len(data)] = list(data)
            elif code == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                buf[off] = v[0]
            elif code == '?':
                buf[off] = 1 if v else 0
            elif code in 'efd':
                if not isinstance(v, (int, float)):
                    f = getattr(type(v), '__float__', None)
                    if f is None:
                        index = getattr(type(v), '__index__', None)
                        if index is None:
                            raise error('required argument is not a float')
                        v = index(v)
                    else:
                        v = f(v)
                v = float(v)
                if code == 'f' and _d_support.float32_overflows(v):
                    raise OverflowError('float too large to pack with f format')
                buf[off:off + size] = list(_d_support.pack_float(v, size, little))
            else:
                v = _int_arg(v, code)
                if code in _UNSIGNED:
                    if v < 0 or v >= 1 << (size * 8):
                        raise _range_error(code, size)
                else:
                    if not -(1 << (size * 8 - 1)) <= v < 1 << (size * 8 - 1):
                        raise _range_error(code, size)
                    v &= (1 << (size * 8)) - 1
                buf[off:off + size] = list(v.to_bytes(size, 'little' if little else 'big'))

    def unpack(self, buffer):
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_from(bytes(buffer), 0)

    def unpack_from(self, buffer, offset=0):
        n = len(buffer)
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for '
                        'unpacking %d bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, n))
        return self._unpack_from(bytes(buffer), offset)

    def _unpack_from(self, data, base):
        little = self._little
        out = []
        for code, count, off, size in self._items:
            off += base
            chunk = data[off:off + size]
            if code == 's':
                out.append(chunk)
            elif code == 'p':
                n = min(chunk[0], count - 1) if count else 0
                out.append(chunk[1:1 + n])
            elif code == 'c':
                out.append(chunk)
            elif code == '?':
                out.append(chunk != b'\x00')
            elif code in 'efd':
                out.append(_d_support.unpack_float(chunk, little))
            else:
                out.append(int.from_bytes(chunk, 'little' if little else 'big',
                                          signed=code in _SIGNED))
        return tuple(out)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        data = bytes(buffer)
        return (self._unpack_from(data, i) for i in range(0, len(data), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, /, *args):
    """pack(format, v1, v2, ...) -> bytes

    Return a bytes object containing the values v1, v2, ... packed according
    to the format string.  See help(struct) for more on format strings.
    """
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    """Pack the values v1, v2, ... according to the format string and write
    the packed bytes into the writable buffer buf starting at offset.
    """
    return _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    """Return a tuple containing values unpacked according to the format string.
    """
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Return a tuple containing values unpacked according to the format string.
    """
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes.
    """
    return _struct(format).iter_unpack(buffer)
