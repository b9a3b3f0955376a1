import traceback, sys
def inner(x):
    raise KeyError(x)
def outer():
    try:
        inner('k')
    except KeyError as e:
        raise ValueError('bad') from e
try:
    outer()
except ValueError as e:
    exc = e
print(''.join(traceback.format_exception(exc)), end='')
print(traceback.format_exception_only(exc))
tb = exc.__traceback__
fs = traceback.extract_tb(tb)
print(len(fs), fs[0].name, fs[-1].lineno, fs[-1].line, repr(fs[0]).replace(fs[0].filename, 'F'))
print(traceback.format_tb(tb))
for f in traceback.extract_tb(exc.__cause__.__traceback__):
    print(f.filename, f.lineno, f.name, f.line, tuple(f))
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te))
print(list(te.format(chain=False))[-1], end='')
traceback.print_exception(exc, limit=1, file=sys.stdout)
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(SyntaxError, SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 2\n'))))
print(repr(traceback.format_exc()))
