"""io: in-memory text and binary streams (StringIO, BytesIO)."""

__all__ = ["StringIO", "BytesIO", "IOBase", "TextIOBase", "BufferedIOBase", "RawIOBase",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, "_closed", False)

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def fileno(self):
        raise UnsupportedOperation("fileno")


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


IOBase.__module__ = RawIOBase.__module__ = BufferedIOBase.__module__ = TextIOBase.__module__ = "_io"
IOBase.__qualname__ = IOBase.__name__ = "_IOBase"
RawIOBase.__qualname__ = RawIOBase.__name__ = "_RawIOBase"
BufferedIOBase.__qualname__ = BufferedIOBase.__name__ = "_BufferedIOBase"
TextIOBase.__qualname__ = TextIOBase.__name__ = "_TextIOBase"


class StringIO(TextIOBase):
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        self._chunks = []
        self._buf = self._translate(initial_value)
        self._end = len(self._buf)
        self._pos = 0
        self._closed = False

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl in ("\r", "\r\n"):
            return s.replace("\n", nl)
        return s

    def _value(self):
        if self._chunks:
            self._buf = self._buf + "".join(self._chunks)
            self._chunks = []
        return self._buf

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if self._pos == self._end:
            self._chunks.append(s)
            self._end += len(s)
            self._pos += len(s)
            return n
        buf = self._value()
        if self._pos > len(buf):
            buf = buf + "\0" * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._end = len(self._buf)
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._checkClosed()
        buf = self._value()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        start = min(self._pos, len(buf))
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._value()
        start = self._pos
        if start >= len(buf):
            return ""
        i = buf.find("\n", start)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        buf = self._value()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = buf[:size]
        self._end = len(self._buf)
        return size

    def close(self):
        self._closed = True

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return self._buf

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        if self._pos > len(self._buf):
            self._buf.extend(b"\0" * (self._pos - len(self._buf)))
        # pyasync: bytearray slice assignment is not supported yet
        self._buf = bytearray(bytes(self._buf[:self._pos]) + b + bytes(self._buf[self._pos + n:]))
        self._pos += n
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        start = self._pos
        if start >= len(self._buf):
            return b""
        i = self._buf.find(b"\n", start)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._buf = bytearray(bytes(self._buf[:size]))
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"
