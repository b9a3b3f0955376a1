# traceback module: formatting a caught exception
import traceback
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print(lines[-1])
