"""atexit: functions registered here run when the program ends (last
registered first), as in CPython."""

import _c_support

_exithandlers = []


def register(func, *args, **kwargs):
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            _c_support.write_stderr("Exception ignored in atexit callback: %r\n" % (func,))
            _c_support.write_stderr(_c_support.format_exception(e))


_c_support.at_exit(_run_exitfuncs)
