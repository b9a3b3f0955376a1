"""Support for regular expressions (RE), with CPython 3.11's interface.

Matching is done by the JavaScript engine (the _c_re module translates
Python's syntax); this module provides Pattern and Match objects, sub/split
and friends with CPython's semantics for empty matches, and re.error."""

import _c_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


def _str(v):
    return "%s" % (v,)


class _C:
    def m(self):
        pass


_CALLABLE_TYPES = (type(_str), type(len), type(_C().m), type)


def _callable(v):
    # callable() without relying on the builtin (it misses Python functions here).
    return isinstance(v, _CALLABLE_TYPES) or callable(v)


_FLAG_NAMES = [
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
]


class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in sorted(_FLAG_NAMES, key=lambda p: p[1]):
            if v & bit and name != "TEMPLATE":
                parts.append("re." + name)
                v &= ~bit
        if v & 1:
            parts.append("re.TEMPLATE")
            v &= ~1
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __eq__(self, other):
        return int(self) == other

    def __ne__(self, other):
        return int(self) != other

    def __hash__(self):
        return hash(int(self))

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)

    @property
    def name(self):
        for n, bit in _FLAG_NAMES:
            if bit == int(self):
                return n
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _flag_repr(flags):
    parts = []
    for name, bit in _FLAG_NAMES:
        if flags & bit:
            parts.append("re." + name)
            flags &= ~bit
    if flags:
        parts.append(hex(flags))
    return "|".join(parts)


class Pattern:
    __slots__ = ("pattern", "flags", "groups", "groupindex", "_h", "_parents", "_bytes")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        flags = self.flags
        if not self._bytes:
            flags &= ~32
        if flags:
            return "re.compile(%s, %s)" % (r, _flag_repr(flags))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if not isinstance(string, (bytes, bytearray)):
                raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
            return bytes(string).decode("latin-1")
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _exec(self, s, pos, endpos, mode):
        return _c_re.exec(self._h, s, pos, endpos, mode)

    def _do(self, string, pos, endpos, mode):
        s = self._check(string)
        n = len(s)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        if endpos < 0:
            endpos = 0
        r = self._exec(s, pos, endpos, mode)
        if r is None:
            return None
        return _make_match(self, string, s, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 0)

    def _iter(self, string, pos=0, endpos=None):
        s = self._check(string)
        n = len(s)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        must_advance = False
        while pos <= endpos:
            r = self._exec(s, pos, endpos, 0)
            if r is None:
                return
            if must_advance and r[0] == r[1] == pos:
                if pos >= endpos:
                    return
                r = self._exec(s, pos + 1, endpos, 0)
                if r is None:
                    return
            yield _make_match(self, string, s, pos, endpos, r)
            must_advance = r[0] == r[1]
            pos = r[1]

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        g = self.groups
        for m in self._iter(string, pos, endpos):
            if g == 0:
                out.append(m.group(0))
            elif g == 1:
                out.append(m.group(1) or m.string[:0])
            else:
                empty = m.string[:0]
                out.append(tuple(x if x is not None else empty for x in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        s = self._check(string)
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        if _callable(repl):
            fn = repl
        else:
            if self._bytes:
                if not isinstance(repl, (bytes, bytearray)):
                    raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
                trepl = bytes(repl).decode("latin-1")
            else:
                if not isinstance(repl, str):
                    raise TypeError("expected str instance, %s found" % type(repl).__name__)
                trepl = repl
            if "\\" not in trepl:
                literal = repl
                fn = lambda m: literal
            else:
                tpl = _parse_template(trepl, self)
                if len(tpl) == 1 and isinstance(tpl[0], str):
                    literal = tpl[0] if not self._bytes else tpl[0].encode("latin-1")
                    fn = lambda m: literal
                else:
                    fn = lambda m: _expand_template(tpl, m)
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            r = fn(m)
            if r is not None:
                if self._bytes:
                    if not isinstance(r, (bytes, bytearray)):
                        raise TypeError("expected a bytes-like object, %s found" % type(r).__name__)
                elif not isinstance(r, str):
                    raise TypeError("expected str instance, %s found" % type(r).__name__)
                pieces.append(r)
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported")


class Match:
    __slots__ = ("re", "string", "pos", "endpos", "_spans", "_s")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            g = int(g)
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
            raise IndexError("no such group")
        if hasattr(type(g), "__index__"):
            return self._index(type(g).__index__(g))
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a = self._spans[2 * i]
        if a < 0:
            return default
        return self.string[a:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        parents = self.re._parents
        for i in range(1, self.re.groups + 1):
            a = self._spans[2 * i]
            if a < 0:
                continue
            e = self._spans[2 * i + 1]
            if e > best_end:
                best, best_end = i, e
            elif e == best_end:
                # Same end: the enclosing group closes last; otherwise the later one.
                p = parents[i]
                inside = False
                while p:
                    if p == best:
                        inside = True
                        break
                    p = parents[p]
                if not inside:
                    best = i
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        if self.re._bytes:
            t = bytes(template).decode("latin-1")
        else:
            t = template
        return _expand_template(_parse_template(t, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._spans[0], self._spans[1], self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _make_match(pattern, string, s, pos, endpos, spans):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m.pos = pos
    m.endpos = endpos
    m._spans = spans
    m._s = s
    return m


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCT = "01234567"


def _parse_template(t, pattern):
    """A list of literal strings and group numbers."""
    out = []
    lit = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", t, start)
        c = t[i]
        i += 1
        if c == "g":
            if i >= n or t[i] != "<":
                raise error("missing <", t, i)
            j = t.find(">", i + 1)
            if j < 0:
                raise error("missing >, unterminated name", t, i + 1)
            name = t[i + 1:j]
            if not name:
                raise error("missing group name", t, i + 1)
            if name.isdigit() and name.isascii():
                idx = int(name)
                if idx > pattern.groups:
                    raise error("invalid group reference %d" % idx, t, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                idx = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, t, i + 1)
            i = j + 1
            if lit:
                out.append("".join(lit))
                lit = []
            out.append(idx)
        elif c == "0":
            s = "0"
            while i < n and len(s) < 3 and t[i] in _OCT:
                s += t[i]
                i += 1
            lit.append(chr(int(s, 8)))
        elif c in _DIGITS:
            s = c
            if i < n and t[i] in _DIGITS:
                if c in _OCT and t[i] in _OCT and i + 1 < n and t[i + 1] in _OCT:
                    s += t[i] + t[i + 1]
                    i += 2
                    v = int(s, 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % s, t, start)
                    lit.append(chr(v))
                    continue
                s += t[i]
                i += 1
            idx = int(s)
            if idx > pattern.groups:
                raise error("invalid group reference %d" % idx, t, start + 1)
            if lit:
                out.append("".join(lit))
                lit = []
            out.append(idx)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\%s" % c, t, start)
        else:
            lit.append("\\" + c)
    if lit:
        out.append("".join(lit))
    return out


def _expand_template(tpl, m):
    parts = []
    for item in tpl:
        if isinstance(item, str):
            parts.append(item)
        else:
            g = m._get(item)
            if g is not None:
                parts.append(g if not m.re._bytes else g.decode("latin-1"))
    s = "".join(parts)
    if m.re._bytes:
        return s.encode("latin-1")
    return s


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, (bytes, bytearray)):
        src = bytes(pattern).decode("latin-1")
        is_bytes = True
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        cflags = flags | 256
    elif isinstance(pattern, str):
        src = pattern
        is_bytes = False
        cflags = flags
    else:
        raise TypeError("first argument must be string or compiled pattern")
    r = _c_re.compile(src, cflags)
    if r[0] is None:
        if r[1] == "ASCII and UNICODE flags are incompatible" or r[1].startswith("cannot use LOCALE"):
            raise ValueError(r[1])
        raise error(r[1], pattern, r[2])
    p = object.__new__(Pattern)
    p.pattern = pattern
    fl = r[3]
    if is_bytes:
        fl = (fl & ~256 & ~32) | (flags & 256)
    p.flags = fl
    p.groups = r[1]
    p.groupindex = r[2]
    p._h = r[0]
    p._parents = r[4]
    p._bytes = is_bytes
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, "latin1")
        return pattern.translate(_special_chars_map).encode("latin1")
