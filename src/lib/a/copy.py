"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y

For module specific errors, copy.Error is raised.

pyasync: CPython's algorithm (dispatch tables, __copy__/__deepcopy__, the
memo dictionary), with pickle's __reduce_ex__ protocol replaced by a direct
reconstruction: __getnewargs__ / __getstate__ / __setstate__, the instance
__dict__, and the items of list, dict and set subclasses.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _f():
    pass


_atomic_types = (type(None), int, float, bool, complex, str, bytes, type, range,
                 type(len), type(_f), type(Ellipsis), type(NotImplemented),
                 property, slice)
del _f


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in _atomic_types + (tuple, frozenset):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                y = _reconstruct(x, memo, True)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in _atomic_types:
    d[t] = _deepcopy_atomic
del t


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset(deepcopy(a, memo) for a in x)


d[frozenset] = _deepcopy_frozenset


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray
del d


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    if memo is None:
        memo = {}
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        y = cls.__new__(cls, items)
    elif isinstance(x, frozenset):
        y = cls.__new__(cls, [deepcopy(a, memo) for a in x] if deep else x)
    else:
        try:
            y = cls.__new__(cls)
        except TypeError:
            raise Error("un(deep)copyable object of type %s" % cls)
    if deep:
        memo[id(x)] = y

    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = x.__getstate__()
    else:
        try:
            state = x.__dict__
        except AttributeError:
            state = None
        if state is not None and not state:
            state = None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if isinstance(x, list):
        for item in x:
            if deep:
                item = deepcopy(item, memo)
            list.append(y, item)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        for item in x:
            if deep:
                item = deepcopy(item, memo)
            set.add(y, item)
    return y


def _deepcopy_deque(x, memo):
    y = type(x)((), x.maxlen)
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


try:
    from _collections import deque as _deque
except ImportError:
    pass
else:
    _deepcopy_dispatch[_deque] = _deepcopy_deque
