"""typing: the names programs import, subscriptable, with CPython 3.11's reprs.

pyasync does no type checking: these objects only need to exist, subscript,
print like CPython's, and serve as base classes (Generic, Protocol,
NamedTuple, TypedDict).
"""

import sys
import types as _types

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container", "ContextManager",
    "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
    "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
    "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes",
    "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO", "Match",
    "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin", "get_overloads",
    "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType", "no_type_check",
    "no_type_check_decorator", "NoReturn", "NotRequired", "overload", "ParamSpecArgs",
    "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self", "Text",
    "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack",
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _type_check(arg, msg=None):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases=None):
        raise TypeError(f"Cannot subclass {self!r}")


class _BaseGenericAlias(_Final):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases=None):
        res = []
        if self.__origin__ not in (bases or ()):
            res.append(self.__origin__)
        if bases is not None:
            i = bases.index(self) if self in bases else -1
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                if res and res[0] is not Generic and isinstance(res[0], type) and not issubclass(res[0], Generic):
                    res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'} arguments for {self}; actual {len(args)}, expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, args))
        new_args = tuple(_subst(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"


def _subst(a, subst):
    if isinstance(a, TypeVar):
        return subst.get(a, a)
    if isinstance(a, _GenericAlias) and a.__parameters__:
        return a.copy_with(tuple(_subst(x, subst) for x in a.__args__))
    if isinstance(a, list):
        return [_subst(x, subst) for x in a]
    return a


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar) or isinstance(t, ParamSpec):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for x in _collect_parameters(tuple(t)):
                if x not in params:
                    params.append(x)
        else:
            for x in getattr(t, "__parameters__", ()) if isinstance(t, _GenericAlias) else ():
                if x not in params:
                    params.append(x)
    return tuple(params)


class _SpecialGenericAlias(_BaseGenericAlias):
    """List, Dict, ... unsubscripted."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return f"typing.Callable[..., {_type_repr(self.__args__[1])}]"
        return f"typing.Callable[[{', '.join(_type_repr(a) for a in self.__args__[:-1])}], {_type_repr(self.__args__[-1])}]"

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (*tuple(_type_check(a) for a in args), _type_check(result))
        elif args is ...:
            params = (..., _type_check(result))
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params[:-1]) + (_TypingEllipsis,), name=self._name, inst=self._inst)
        return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params), name=self._name, inst=self._inst)


class _TypingEllipsis:
    pass


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, type) and issubclass(cls, arg):
                return True
        return False


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            ps = p.__args__
        else:
            ps = (p,)
        for x in ps:
            if x not in flat:
                flat.append(x)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), name="Union")


def _optional_getitem(self, parameters):
    arg = _type_check(parameters)
    return Union[arg, type(None)]


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, name="Literal")


def _one_arg(name):
    def getitem(self, parameters):
        if isinstance(parameters, tuple) and len(parameters) != 1:
            raise TypeError(f"{self} accepts only single type.")
        if isinstance(parameters, tuple):
            parameters = parameters[0]
        return _GenericAlias(self, (_type_check(parameters),), name=name)
    return getitem


def _any_args(name):
    def getitem(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _GenericAlias(self, parameters, name=name)
    return getitem


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _one_arg("ClassVar"))
Final = _SpecialForm("Final", _one_arg("Final"))
TypeGuard = _SpecialForm("TypeGuard", _one_arg("TypeGuard"))
Required = _SpecialForm("Required", _one_arg("Required"))
NotRequired = _SpecialForm("NotRequired", _one_arg("NotRequired"))
Unpack = _SpecialForm("Unpack", _one_arg("Unpack"))
Concatenate = _SpecialForm("Concatenate", _any_args("Concatenate"))
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(_type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


Annotated = _AnnotatedForm("Annotated")


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t) for t in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            self.__module__ = "typing"

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return arg


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


class Generic:
    """Abstract base class for generic types."""

    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if cls in (Generic, Protocol):
            if not params and cls is not Protocol:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if "__parameters__" not in cls.__dict__:
            cls.__parameters__ = tuple(tvars)


Generic.__module__ = "typing"


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if type.__instancecheck__(cls, instance):
                return True
            for attr in _get_protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if attr in cls.__dict__ and callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if type.__subclasscheck__(cls, other):
                return True
            for attr in _get_protocol_attrs(cls):
                if not any(attr in getattr(b, "__dict__", {}) for b in other.__mro__):
                    return False
            return True
        return type.__subclasscheck__(cls, other)


_SPECIAL_NAMES = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
    "__parameters__", "__orig_bases__", "__qualname__", "_is_protocol", "_is_runtime_protocol",
    "__protocol_attrs__", "__init_subclass__", "__match_args__", "__abstractmethods__",
    "_abc_impl", "__non_callable_proto_members__",
})


def _get_protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _SPECIAL_NAMES and attr not in attrs:
                attrs.append(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


Protocol.__module__ = "typing"


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    def __int__(self): ...


class SupportsFloat(Protocol):
    def __float__(self): ...


class SupportsComplex(Protocol):
    def __complex__(self): ...


class SupportsBytes(Protocol):
    def __bytes__(self): ...


class SupportsIndex(Protocol):
    def __index__(self): ...


class SupportsAbs(Protocol):
    def __abs__(self): ...


class SupportsRound(Protocol):
    def __round__(self, ndigits=0): ...


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True
    _p.__module__ = "typing"


# ---------------------------------------------------------------- aliases of concrete classes

def _abc(name):
    try:
        import collections.abc as cabc
        c = getattr(cabc, name, None)
        if c is not None:
            return c
    except Exception:
        pass
    c = _abc_standins.get(name)
    if c is None:
        c = type(name, (), {"__module__": "collections.abc"})
        _abc_standins[name] = c
    return c


_abc_standins = {}


class _StandinIterable:
    __module__ = "collections.abc"

    def __iter__(self):
        while False:
            yield None


class _StandinIterator(_StandinIterable):
    __module__ = "collections.abc"

    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


_StandinIterable.__name__ = _StandinIterable.__qualname__ = "Iterable"
_StandinIterator.__name__ = _StandinIterator.__qualname__ = "Iterator"
_abc_standins["Iterable"] = _StandinIterable
_abc_standins["Iterator"] = _StandinIterator


def _alias(origin, nparams, name=None, inst=True):
    return _SpecialGenericAlias(origin, nparams, name=name, inst=inst)


Hashable = _alias(_abc("Hashable"), 0)
Awaitable = _alias(_abc("Awaitable"), 1)
Coroutine = _alias(_abc("Coroutine"), 3)
AsyncIterable = _alias(_abc("AsyncIterable"), 1)
AsyncIterator = _alias(_abc("AsyncIterator"), 1)
Iterable = _alias(_abc("Iterable"), 1)
Iterator = _alias(_abc("Iterator"), 1)
Reversible = _alias(_abc("Reversible"), 1)
Sized = _alias(_abc("Sized"), 0)
Container = _alias(_abc("Container"), 1)
Collection = _alias(_abc("Collection"), 1)
Callable = _CallableType(_abc("Callable"), 2, name="Callable")
AbstractSet = _alias(_abc("Set"), 1, name="AbstractSet")
MutableSet = _alias(_abc("MutableSet"), 1)
Mapping = _alias(_abc("Mapping"), 2)
MutableMapping = _alias(_abc("MutableMapping"), 2)
Sequence = _alias(_abc("Sequence"), 1)
MutableSequence = _alias(_abc("MutableSequence"), 1)
ByteString = _alias(_abc("ByteString"), 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = None  # set below with the other collections aliases
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(_abc("MappingView"), 1)
KeysView = _alias(_abc("KeysView"), 1)
ItemsView = _alias(_abc("ItemsView"), 2)
ValuesView = _alias(_abc("ValuesView"), 1)
Dict = _alias(dict, 2, inst=False, name="Dict")
Generator = _alias(_abc("Generator"), 3)
AsyncGenerator = _alias(_abc("AsyncGenerator"), 2)
Type = _alias(type, 1, inst=False, name="Type")
ContextManager = _alias(_abc("AbstractContextManager"), 1, name="ContextManager")
AsyncContextManager = _alias(_abc("AbstractAsyncContextManager"), 1, name="AsyncContextManager")


def _collections(name, fallback):
    try:
        import collections
        return getattr(collections, name, fallback)
    except Exception:
        return fallback


Deque = _alias(_collections("deque", list), 1, name="Deque")

DefaultDict = _alias(_collections("defaultdict", dict), 2, name="DefaultDict")
OrderedDict = _alias(_collections("OrderedDict", dict), 2, name="OrderedDict")
Counter = _alias(_collections("Counter", dict), 1, name="Counter")
ChainMap = _alias(_collections("ChainMap", dict), 2, name="ChainMap")
Pattern = _alias(type("Pattern", (), {"__module__": "re"}), 1)
Match = _alias(type("Match", (), {"__module__": "re"}), 1)
Text = str


class IO(Generic[AnyStr]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


# ---------------------------------------------------------------- NamedTuple

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _namedtuple(name, fields, defaults=defaults, module=module)
    _set_annotations(nm_tpl, dict(types))
    return nm_tpl


def _set_annotations(cls, ann):
    try:
        cls.__annotations__ = ann
    except AttributeError:
        # pyasync: __annotations__ of a class cannot be assigned yet
        pass


def _namedtuple(typename, field_names, *, defaults=(), module=None):
    try:
        from collections import namedtuple
    except Exception:
        namedtuple = None
    if namedtuple is not None:
        return namedtuple(typename, field_names, defaults=defaults, module=module)
    return _simple_namedtuple(typename, field_names, defaults, module)


def _simple_namedtuple(typename, field_names, defaults, module):
    field_names = tuple(field_names)
    num_fields = len(field_names)
    defaults = tuple(defaults or ())
    field_defaults = dict(zip(field_names[num_fields - len(defaults):], defaults))
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        if len(args) > num_fields:
            raise TypeError(f"{typename}.__new__() takes {num_fields + 1} positional arguments but {len(args) + 1} were given")
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in field_names[len(values):] if n not in kwargs and n not in field_defaults]
                s = "s" if len(missing) > 1 else ""
                names = ", ".join(repr(n) for n in missing)
                if len(missing) > 1:
                    names = ", ".join(repr(n) for n in missing[:-1]) + " and " + repr(missing[-1])
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{s}: {names}")
        if kwargs:
            k = next(iter(kwargs))
            if k in field_names:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{k}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{k}'")
        return tuple_new(_cls, values)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(n, v) for n, v in zip(field_names, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(f"{n}={v!r}" for n, v in zip(field_names, self)) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": staticmethod(__new__),
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        ns[name] = property(lambda self, _i=index: self[_i], doc=f"Alias for field number {index}")
    result = type(typename, (tuple,), ns)
    result.__module__ = module if module is not None else _caller_module()
    return result


def _caller_module():
    try:
        return sys._getframe(3).f_globals.get("__name__", "__main__")
    except Exception:
        return "__main__"


class _NamedTupleBase(tuple):
    """What `class X(NamedTuple)` inherits from: its __init_subclass__ turns
    the new class into a named tuple in place."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if "_fields" in cls.__dict__:
            return
        ns = dict(cls.__dict__)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        nm_tpl = _make_nmtuple(cls.__name__, list(types.items()), ns.get("__module__", "__main__"),
                               defaults=[ns[n] for n in default_names])
        for key, value in nm_tpl.__dict__.items():
            if key in ("__module__", "__qualname__", "__dict__", "__weakref__", "__annotations__"):
                continue
            if key == "__doc__" and ns.get("__doc__") is not None:
                continue
            if key in ns and key not in types and key != "__doc__":
                continue
            try:
                setattr(cls, key, value)
            except AttributeError:
                # pyasync: some type attributes (__doc__) cannot be assigned yet
                pass
        _set_annotations(cls, dict(types))


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})


class _NamedTupleFactory:
    """typing.NamedTuple: a function (functional syntax) usable as a base class."""

    __name__ = "NamedTuple"
    __qualname__ = "NamedTuple"

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, list(fields), _caller_module_1())

    def __mro_entries__(self, bases=None):
        return (_NamedTupleBase,)

    def __repr__(self):
        return "<function NamedTuple>"


def _caller_module_1():
    try:
        return sys._getframe(2).f_globals.get("__name__", "__main__")
    except Exception:
        return "__main__"


NamedTuple = _NamedTupleFactory()




# ---------------------------------------------------------------- TypedDict

class _TypedDict:
    """What `class X(TypedDict)` inherits from: calling X builds a plain dict."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        annotations = {}
        required_keys = set()
        optional_keys = set()
        for base in cls.__bases__:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        own_annotations = cls.__dict__.get("__annotations__", {})
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        _set_annotations(cls, annotations)
        cls.__required_keys__ = frozenset(required_keys)
        cls.__optional_keys__ = frozenset(optional_keys)
        cls.__total__ = total


class _TypedDictFactory:
    __name__ = "TypedDict"
    __qualname__ = "TypedDict"

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {"__annotations__": dict(fields), "__module__": _caller_module_1()}
        return type(typename, (_TypedDict,), ns, total=total)

    def __mro_entries__(self, bases=None):
        return (_TypedDict,)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictFactory()


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, _TypedDict) and tp is not _TypedDict


# ---------------------------------------------------------------- functions

def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-ed.")


def overload(func):
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module_1()

    def __mro_entries__(self, bases=None):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# `list[int]` builds the interpreter's native alias, which types.GenericAlias
# (a Python class) does not cover; typing's introspection accepts both.
_NativeGenericAlias = type(list[int])


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _types.GenericAlias, _NativeGenericAlias)):
        if isinstance(tp, _GenericAlias) and isinstance(tp.__origin__, _SpecialForm):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _NativeGenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


# A tiny evaluator for string annotations (no eval() in pyasync).

def _eval_str(s, globalns, localns):
    toks = _tokenize(s)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def atom():
        t = take()
        if t == "[":
            items = []
            while peek() != "]":
                items.append(expr())
                if peek() == ",":
                    take()
            take()
            return items
        if t == "(":
            items = []
            while peek() != ")":
                items.append(expr())
                if peek() == ",":
                    take()
            take()
            return tuple(items)
        if t == "...":
            return ...
        if t[0] in "'\"":
            return t[1:-1]
        if t[0].isdigit() or t[0] == "-":
            return int(t)
        if t == "None":
            return None
        if t == "True":
            return True
        if t == "False":
            return False
        if localns is not None and t in localns:
            v = localns[t]
        elif t in globalns:
            v = globalns[t]
        else:
            import builtins
            if hasattr(builtins, t):
                v = getattr(builtins, t)
            else:
                raise NameError(f"name '{t}' is not defined")
        return v

    def postfix():
        v = atom()
        while peek() in (".", "["):
            if take() == ".":
                v = getattr(v, take())
            else:
                items = []
                while peek() != "]":
                    items.append(expr())
                    if peek() == ",":
                        take()
                take()
                v = v[items[0] if len(items) == 1 else tuple(items)]
        return v

    def expr():
        v = postfix()
        while peek() == "|":
            take()
            w = postfix()
            v = Union[v, w]
        return v

    result = expr()
    return result


def _tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
        elif c in "[](),|":
            toks.append(c)
            i += 1
        elif s.startswith("...", i):
            toks.append("...")
            i += 3
        elif c == ".":
            toks.append(".")
            i += 1
        elif c in "'\"":
            j = s.index(c, i + 1)
            toks.append(s[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < n and (s[j].isalnum() or s[j] in "_-"):
                j += 1
            if j == i:
                raise SyntaxError(f"invalid annotation {s!r}")
            toks.append(s[i:j])
            i = j
    return toks


def _resolve(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return _resolve(_eval_str(value, globalns, localns), globalns, localns)
    if isinstance(value, ForwardRef):
        return _resolve(value.__forward_arg__, globalns, localns)
    if isinstance(value, _GenericAlias) and any(isinstance(a, (str, ForwardRef)) for a in value.__args__):
        return value.copy_with(tuple(_resolve(a, globalns, localns) for a in value.__args__))
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    def strip(t):
        if not include_extras and isinstance(t, _AnnotatedAlias):
            return t.__origin__
        return t

    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, "__dict__", {}) if mod is not None else {}
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = strip(_resolve(value, base_globals, base_locals))
        return hints
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            mod = sys.modules.get(getattr(obj, "__module__", None))
            globalns = getattr(mod, "__dict__", {}) if mod is not None else {}
    hints = dict(getattr(obj, "__annotations__", None) or {})
    return {k: strip(_resolve(v, globalns, localns)) for k, v in hints.items()}
