# weakref for pyasync, after CPython 3.11's Lib/weakref.py and the C
# _weakref module (PSF licence). pyasync has no garbage-collection hook, so a
# weak reference here is a strong one: ref() always returns its object, the
# weak containers keep their entries, and callbacks (ref callbacks, finalize)
# only run when called explicitly (finalize's __call__ and atexit). The API,
# the TypeError for objects CPython cannot weakly reference, and the reprs
# follow CPython.
"""Weak reference support for Python.

This module is an implementation of PEP 205:

https://peps.python.org/pep-0205/
"""

import sys
from _collections_abc import MutableMapping, MutableSet
import types

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# Types whose instances CPython cannot weakly reference.
_NO_WEAKREF = (int, float, complex, str, bytes, bytearray, tuple, list, dict,
               set, frozenset, bool, type(None), type(NotImplemented),
               type(Ellipsis), range, slice)

_refs = {}  # id(obj) -> [ref, ...] created without callback (to share them)


def _check(obj):
    if isinstance(obj, _NO_WEAKREF) and not _has_weakref_slot(type(obj)):
        raise TypeError("cannot create weak reference to '%s' object"
                        % type(obj).__name__)


def _has_weakref_slot(cls):
    # Subclasses of list, dict, set, ... written in Python can be referenced.
    for klass in cls.__mro__:
        if klass in _NO_WEAKREF:
            return False
        if '__dict__' in getattr(klass, '__dict__', {}) or klass.__module__ != 'builtins':
            return True
    return False


class ReferenceType:
    __module__ = 'weakref'

    def __new__(cls, obj, callback=None, /):
        _check(obj)
        if callback is None and cls is ReferenceType:
            existing = _refs.get(id(obj))
            if existing is not None and existing._obj is obj:
                return existing
        self = object.__new__(cls)
        self._obj = obj
        self.__callback__ = callback
        if callback is None and cls is ReferenceType:
            _refs[id(obj)] = self
        return self

    def __init__(self, obj, callback=None, /):
        pass

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        obj = self._obj
        name = getattr(type(obj), '__name__', '?')
        oname = getattr(obj, '__name__', None)
        if isinstance(oname, str):
            return '<weakref at %#x; to %r at %#x (%s)>' % (
                id(self), name, id(obj), oname)
        return '<weakref at %#x; to %r at %#x>' % (id(self), name, id(obj))

    __class_getitem__ = classmethod(types.GenericAlias)


ReferenceType.__name__ = 'ReferenceType'
ref = ReferenceType


class ProxyType:
    __module__ = 'weakref'

    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_ProxyType__obj', obj)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, '_ProxyType__obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_ProxyType__obj'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_ProxyType__obj'), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_ProxyType__obj')
        return '<weakproxy at %#x; to %r at %#x>' % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(object.__getattribute__(self, '_ProxyType__obj'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_ProxyType__obj'))

    def __len__(self):
        return len(object.__getattribute__(self, '_ProxyType__obj'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_ProxyType__obj'))

    def __getitem__(self, k):
        return object.__getattribute__(self, '_ProxyType__obj')[k]

    def __setitem__(self, k, v):
        object.__getattribute__(self, '_ProxyType__obj')[k] = v

    def __delitem__(self, k):
        del object.__getattribute__(self, '_ProxyType__obj')[k]

    def __contains__(self, k):
        return k in object.__getattribute__(self, '_ProxyType__obj')

    def __eq__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') == other

    def __ne__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') != other

    def __lt__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') < other

    def __le__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') <= other

    def __gt__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') > other

    def __ge__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') >= other

    def __add__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') + other

    def __sub__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') - other

    def __mul__(self, other):
        return object.__getattribute__(self, '_ProxyType__obj') * other

    __hash__ = None


class CallableProxyType(ProxyType):
    __module__ = 'weakref'

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_ProxyType__obj')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    """Create a proxy object that weakly references 'object'."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


def getweakrefcount(obj, /):
    """Return the number of weak references to 'obj'."""
    r = _refs.get(id(obj))
    return 1 if r is not None and r._obj is obj else 0


def getweakrefs(obj, /):
    """Return a list of all weak reference objects pointing to 'obj'."""
    r = _refs.get(id(obj))
    return [r] if r is not None and r._obj is obj else []


class WeakMethod(ref):
    """
    A custom `weakref.ref` subclass which simulates a weak reference to
    a bound method, working around the lifetime problem of bound methods.
    """


    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class WeakValueDictionary(MutableMapping):
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        _check(value)
        self.data[key] = value

    def copy(self):
        return WeakValueDictionary(self.data)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        return self.data.get(key, default)

    def items(self):
        return self.data.items()

    def keys(self):
        return self.data.keys()

    __iter__ = keys

    def itervaluerefs(self):
        for value in list(self.data.values()):
            yield ref(value)

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]

    def values(self):
        return self.data.values()

    def popitem(self):
        return self.data.popitem()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)) or hasattr(other, 'items'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(MutableMapping):
    """ Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key.
    """

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[key]

    def __getitem__(self, key):
        return self.data[key]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def copy(self):
        return WeakKeyDictionary(self.data)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(key, default)

    def __contains__(self, key):
        return key in self.data

    def items(self):
        return self.data.items()

    def keys(self):
        return self.data.keys()

    __iter__ = keys

    def values(self):
        return self.data.values()

    def keyrefs(self):
        return [ref(k) for k in self.data]

    def popitem(self):
        return self.data.popitem()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if len(kwargs):
            self.update(kwargs)

    def __or__(self, other):
        if hasattr(other, 'items'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(MutableSet):
    __module__ = '_weakrefset'
    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), self.__getstate__())

    def add(self, item):
        _check(item)
        self.data[item] = None

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        return self.data.popitem()[0]

    def remove(self, item):
        del self.data[item]

    def discard(self, item):
        self.data.pop(item, None)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                self.data.pop(item, None)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        keep = [item for item in other if item in self.data]
        self.data = dict.fromkeys(k for k in self.data if k in keep)
        return self

    def issubset(self, other):
        return all(item in other for item in self.data)
    __le__ = issubset

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def issuperset(self, other):
        return all(item in self.data for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return len(self) > len(set(other)) and self.issuperset(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self.data) == set(other.data)

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                if item in self.data:
                    del self.data[item]
                else:
                    self.add(item)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __class_getitem__ = classmethod(types.GenericAlias)


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = None
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
            import itertools  # pyasync: range() stops at 2**53
            finalize._index_iter = itertools.count()
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        else:
            return '<%s object at %#x; for %r at %#x>' % \
                (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # Return live finalizers marked for exit, oldest first
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None:
                        pending = cls._select_for_exit()
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
