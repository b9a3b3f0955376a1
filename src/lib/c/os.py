"""os for pyasync: the harmless names only (no file system, no processes)."""

import sys
import _c_support
import posixpath as path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

_PID = 4242

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % (k, v) for k, v in self._data.items())

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_c_support.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    pass


def unsetenv(key):
    pass


def getpid():
    return _PID


def getppid():
    return _PID - 1


def getuid():
    return 1000


def geteuid():
    return 1000


def getgid():
    return 1000


def getcwd():
    return "/"


def getcwdb():
    return b"/"


def getlogin():
    return environ.get("USER", "user")


def cpu_count():
    return 4


def urandom(size):
    if size < 0:
        raise ValueError("negative argument not allowed")
    return _c_support.random_bytes(size)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    try:
        f = t.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    return f(p)


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


def strerror(code):
    return "Unknown error %d" % code


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % (self[0], self[1])


def _no_fs(*args, **kwargs):
    raise PermissionError(1, "Operation not permitted (pyasync has no file system)")


listdir = scandir = mkdir = makedirs = remove = unlink = rmdir = rename = replace = stat = chdir = walk = _no_fs
error = OSError
