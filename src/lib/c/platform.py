"""platform for pyasync: a fixed description of a Linux machine running CPython 3.11.2."""



def python_version():
    return "3.11.2"


def python_version_tuple():
    return ("3", "11", "2")


def python_implementation():
    return "CPython"


def python_build():
    return ("main", "Mar 13 2023 12:18:29")


def python_compiler():
    return "GCC 12.2.0"


def python_branch():
    return ""


def python_revision():
    return ""


def system():
    return "Linux"


def node():
    return "localhost"


def release():
    return "6.1.0"


def version():
    return "#1 SMP PREEMPT_DYNAMIC"


def machine():
    return "x86_64"


def processor():
    return ""


def architecture(executable=None, bits="", linkage=""):
    return ("64bit", "ELF")


def platform(aliased=False, terse=False):
    if terse:
        return "Linux-6.1.0"
    return "Linux-6.1.0-x86_64-with-glibc2.36"


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    return ("glibc", "2.36")


def freedesktop_os_release():
    return {"NAME": "Debian GNU/Linux", "ID": "debian", "PRETTY_NAME": "Debian GNU/Linux 12 (bookworm)"}


class uname_result(tuple):
    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    @property
    def processor(self):
        return ""

    def __repr__(self):
        return "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(self)


def uname():
    return uname_result(system(), node(), release(), version(), machine())
