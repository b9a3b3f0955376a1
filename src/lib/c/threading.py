"""threading for pyasync: one thread, the main one. Locks never block;
Thread.start() runs the target to completion at once."""

import time as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 140245234530112
_counter = 0


class ThreadError(RuntimeError):
    pass


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return 4242


class _LockBase:
    def __init__(self):
        self._locked = 0

    def acquire(self, blocking=True, timeout=-1):
        if self._locked and not self._reentrant:
            if not blocking or timeout >= 0:
                return False
            raise RuntimeError("deadlock: the lock is held and there is only one thread")
        self._locked += 1
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock" if not self._reentrant else "cannot release un-acquired lock")
        self._locked -= 1

    def locked(self):
        return self._locked > 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    acquire_lock = acquire
    release_lock = release


class _Lock(_LockBase):
    _reentrant = False

    def __repr__(self):
        return "<%s _thread.lock object at 0x%x>" % ("locked" if self._locked else "unlocked", id(self))


class _RLock(_LockBase):
    _reentrant = True

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at 0x%x>" % (
            "locked" if self._locked else "unlocked", _MAIN_IDENT if self._locked else 0, self._locked, id(self))


def Lock():
    return _Lock()


def RLock(*args, **kwargs):
    return _RLock()


allocate_lock = Lock
LockType = _Lock


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        if timeout is not None:
            _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking or timeout is not None:
            if timeout:
                _time.sleep(timeout)
            return False
        raise RuntimeError("deadlock: the semaphore is exhausted and there is only one thread")

    __enter__ = acquire

    def release(self, n=1):
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag and timeout is not None:
            _time.sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self.parties = parties
        self.n_waiting = 0
        self.broken = False

    def wait(self, timeout=None):
        if self.parties == 1:
            return 0
        raise BrokenBarrierError


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        if kwargs is None:
            kwargs = {}
        if name:
            name = "%s" % (name,)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += " (%s)" % target_name
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = bool(daemon) if daemon is not None else False
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        global _current
        prev = _current
        _current = self
        self._ident = _MAIN_IDENT + 1
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            excepthook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
        finally:
            _current = prev
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = "%s" % (name,)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT
        self._native_id = 4242


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            _time.sleep(self.interval)
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class ExceptHookArgs(tuple):
    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def excepthook(args):
    import _c_support
    name = args.thread.name if args.thread is not None else get_ident()
    _c_support.write_stderr("Exception in thread %s:\n" % name)
    _c_support.write_stderr(_c_support.format_exception(args.exc_value))


__excepthook__ = excepthook

_main_thread = _MainThread()
_current = _main_thread


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main_thread]


class local:
    pass


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0
