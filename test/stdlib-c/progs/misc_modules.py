import os, os.path, sys
print(os.name, os.sep, repr(os.linesep), type(os.getpid()), os.cpu_count() > 0, len(os.urandom(8)))
print(os.path.join("a", "b", "/c", "d"), os.path.basename("/x/y.txt"), os.path.dirname("/x/y.txt"), os.path.splitext("a/b.tar.gz"), os.path.exists("/nonexist"), os.path.abspath("/a/../b/./c"))
print(os.path.split("/a/b/"), os.path.normpath("a//b/../c/"), os.path.isabs("/x"), os.path.relpath("/a/b/c", "/a"), os.path.splitext(".bashrc"))
print(os.environ.get("PYASYNC_NOPE"), os.getenv("PYASYNC_NOPE", "dflt"), "PYASYNC_NOPE" in os.environ)
os.environ["FOO"] = "bar"; print(os.environ["FOO"], os.getenv("FOO"))
try:
    os.environ["NOPE_X"]
except KeyError as e:
    print("KeyError", e)
import warnings
warnings.simplefilter("ignore", UserWarning); warnings.warn("first")
warnings.warn("dep", PendingDeprecationWarning)
warnings.simplefilter("ignore")
warnings.warn("ignored")
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    print(len(w), w[0].category.__name__, w[0].message)
warnings.filterwarnings("error", category=UserWarning)
try:
    warnings.warn("as error")
except UserWarning as e:
    print("raised", e)
import atexit
def bye(x): print("bye", x)
atexit.register(bye, 1)
@atexit.register
def bye2(): print("bye2")
import signal
print(signal.SIGINT, signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.signal(signal.SIGTERM, lambda s, f: None))
import threading
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), type(threading.get_ident()))
lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print(lock.locked())
res = []
t = threading.Thread(target=lambda: res.append(threading.current_thread().name), name="worker"); t.start(); t.join(); print(res)
import platform
print(platform.system(), platform.python_implementation())
import locale
print(locale.getpreferredencoding())
import pprint
data = {"name": "x" * 30, "items": list(range(30)), "nested": {"a": [1, 2, {"b": "c" * 50}], "z": (1, 2)}, "s": {3, 1, 2}}
pprint.pprint(data)
print(pprint.pformat(list(range(5))), pprint.pformat(data, width=40, compact=True))
pprint.pprint([("a" * 20, i) for i in range(6)])
import uuid
u = uuid.uuid4(); print(u.version, len(str(u)), repr(uuid.UUID("12345678-1234-5678-1234-567812345678")), uuid.UUID(int=5).hex)
import secrets
print(len(secrets.token_hex(16)), len(secrets.token_urlsafe(16)), secrets.choice([7]))
import shlex
print(shlex.split('a "b c" d\\ e \'f g\''), shlex.quote("it's"), shlex.join(["a b", "c"]))
print("end")
