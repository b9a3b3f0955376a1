"""signal for pyasync: constants, and handlers that are recorded but never called."""

SIG_DFL = 0
SIG_IGN = 1
SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGCHLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGWINCH = 28
NSIG = 65


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


_handlers = {SIGINT: default_int_handler}


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError("signal number out of range")


def getsignal(signalnum):
    _check(signalnum)
    return _handlers.get(signalnum, SIG_DFL)


def signal(signalnum, handler):
    _check(signalnum)
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, "Invalid argument")
    if not callable(handler) and handler not in (SIG_DFL, SIG_IGN) and not isinstance(handler, type(_check)):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old


def raise_signal(signalnum):
    _check(signalnum)
    h = _handlers.get(signalnum, SIG_DFL)
    if h == SIG_IGN:
        return
    if h == SIG_DFL:
        if signalnum == SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + signalnum)
    h(signalnum, None)


def alarm(seconds):
    return 0


def pause():
    pass


def strsignal(signalnum):
    names = {SIGINT: "Interrupt", SIGTERM: "Terminated", SIGKILL: "Killed", SIGHUP: "Hangup",
             SIGALRM: "Alarm clock", SIGUSR1: "User defined signal 1", SIGUSR2: "User defined signal 2"}
    return names.get(signalnum)


def valid_signals():
    return set(range(1, NSIG))


class Signals(int):
    pass
