"""timeit: timing small pieces of code on the interpreter's clock (a subset of CPython's module)."""

import time

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _callable(stmt, globals):
    if callable(stmt):
        return stmt
    ns = dict(globals or {})
    src = "def __timeit_inner():\n" + "".join("    " + line + "\n" for line in str(stmt).split("\n"))
    exec(src, ns)
    return ns["__timeit_inner"]


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._globals = dict(globals or {})
        if callable(setup):
            setup()
        elif setup != "pass":
            exec(setup, self._globals)
        self._inner = _callable(stmt, self._globals)

    def timeit(self, number=default_number):
        inner = self._inner
        t0 = self.timer()
        for _ in range(number):
            inner()
        return self.timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
