# OSError(errno, strerror[, filename]): subclass mapping, str() and args
e = OSError(2, "No such file")
print(type(e).__name__, str(e), e.args, e.errno, e.strerror)
e = OSError(13, "Denied", "f.txt")
print(type(e).__name__, str(e), e.args, e.filename)
print(str(PermissionError(13, "pd", "a")), repr(FileNotFoundError(2, "x")))
raise OSError(2, "No such file or directory", "data.txt")
