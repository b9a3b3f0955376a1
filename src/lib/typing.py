"""typing: importable names for annotations; pyasync does no type checking."""

class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        if args:
            return args[0]
        return None

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


Any = _Special("Any")
Optional = _Special("Optional")
Union = _Special("Union")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Type = _Special("Type")
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
AsyncGenerator = _Special("AsyncGenerator")
AsyncIterator = _Special("AsyncIterator")
AsyncIterable = _Special("AsyncIterable")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
NoReturn = _Special("NoReturn")
Self = _Special("Self")
TypeAlias = _Special("TypeAlias")
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
Counter = _Special("Counter")
TYPE_CHECKING = False


def final(f):
    return f


def overload(f):
    return f


def cast(typ, val):
    return val


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _Special(name)


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None):
    return dict(getattr(obj, "__annotations__", {}))


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol:
    def __class_getitem__(cls, params):
        return cls


def NamedTuple(typename, fields=None, **kwargs):
    import collections
    return collections.namedtuple(typename, [f[0] for f in fields or ()])


class TypedDict(dict):
    pass
