"""dataclasses: CPython 3.11's behaviour, with the generated methods built as
closures (pyasync has no exec)."""

import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


_repr_running = set()


def _is_classvar_str(annotation, cls):
    s = annotation.strip()
    for prefix in ('ClassVar', 'typing.ClassVar', 't.ClassVar'):
        if s == prefix or s.startswith(prefix + '['):
            return True
    head = s.split('[', 1)[0].strip()
    if '.' in head:
        mod_name, _, attr = head.rpartition('.')
        if attr == 'ClassVar':
            return True
    return False


def _is_initvar_str(annotation):
    s = annotation.strip()
    head = s.split('[', 1)[0].strip()
    return head in ('InitVar', 'dataclasses.InitVar') or head.endswith('.InitVar')


def _is_classvar(a_type, typing):
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or (getattr(a_type, '__origin__', None) is typing.ClassVar))


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType if hasattr(types, 'MemberDescriptorType') else ()):
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = _typing_module()
    if typing:
        if _is_classvar(a_type, typing) or (isinstance(f.type, str) and _is_classvar_str(f.type, cls)):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        if isinstance(a_type, InitVar) or a_type is InitVar or (isinstance(f.type, str) and _is_initvar_str(f.type)):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        assert f._field_type is _FIELD_CLASSVAR
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _typing_module():
    # pyasync: sys.modules does not list imported modules; import typing lazily.
    typing = sys.modules.get('typing')
    if typing is None:
        try:
            import typing
        except Exception:
            typing = None
    return typing


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        try:
            value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
        except (AttributeError, TypeError):
            pass
    return value


def _plural_names(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f'{names[0]} and {names[1]}'
    return ', '.join(names[:-1]) + f', and {names[-1]}'


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name):
    qual = f'{cls.__qualname__}.__init__'
    all_init = std_fields + kw_only_fields
    names = [f.name for f in all_init]
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_only_fields]
    initvars = [f for f in fields if f._field_type is _FIELD_INITVAR]
    n_pos = len(std_fields)

    seen_default = False
    for f in std_fields:
        if not (f.default is MISSING and f.default_factory is MISSING):
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    def __init__(*args, **kwargs):
        if not args:
            raise TypeError(f"{qual}() missing 1 required positional argument: '{self_name}'")
        self = args[0]
        args = args[1:]
        if len(args) > n_pos:
            takes = n_pos + 1
            required = sum(1 for f in std_fields if f.default is MISSING and f.default_factory is MISSING) + 1
            if required != takes:
                text = f'from {required} to {takes} positional arguments'
            else:
                text = f'{takes} positional argument' + ('' if takes == 1 else 's')
            given = len(args) + 1
            raise TypeError(f"{qual}() takes {text} but {given} {'was' if given == 1 else 'were'} given")
        values = {}
        for name, v in zip(pos_names, args):
            values[name] = v
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError(f"{qual}() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{qual}() got multiple values for argument '{k}'")
            values[k] = v
        missing = [f.name for f in std_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f"{qual}() missing {len(missing)} required positional argument"
                            f"{'s' if len(missing) > 1 else ''}: {_plural_names(missing)}")
        missing = [f.name for f in kw_only_fields if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f"{qual}() missing {len(missing)} required keyword-only argument"
                            f"{'s' if len(missing) > 1 else ''}: {_plural_names(missing)}")
        for f in fields:
            if f._field_type is _FIELD_INITVAR:
                continue
            if f._field_type is not _FIELD:
                continue
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            else:
                if f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            iv = []
            for f in initvars:
                if f.name in values:
                    iv.append(values[f.name])
                else:
                    iv.append(f.default)
            self.__post_init__(*iv)
        return None

    __init__.__name__ = '__init__'
    return __init__


def _make_repr(fields):
    shown = [f for f in fields if f.repr]

    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
            return f'{self.__class__.__qualname__}({parts})'
        finally:
            _repr_running.discard(key)
    return __repr__


def _make_eq(fields):
    flds = [f for f in fields if f.compare]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_str(self, flds) == _tuple_str(other, flds)
        return NotImplemented
    return __eq__


def _make_order(name, op, fields):
    flds = [f for f in fields if f.compare]

    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_str(self, flds), _tuple_str(other, flds))
        return NotImplemented
    method.__name__ = name
    return method


def _make_hash(fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_str(self, flds))
    return __hash__


def _frozen_get_del_attr(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, fields):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return _make_hash(fields)
    if eq and frozen:
        if has_explicit_hash:
            return MISSING
        return _make_hash(fields)
    if eq and not frozen:
        if has_explicit_hash:
            return MISSING
        return None
    return MISSING


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    KW_ONLY_seen = False
    for name, type in cls_annotations.items():
        if (type is KW_ONLY or (isinstance(type, str) and type.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY'))):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                try:
                    delattr(cls, f.name)
                except AttributeError:
                    pass
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                      frozen, has_post_init,
                                      '__dataclass_self__' if 'self' in fields else 'self'))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(field_list))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(field_list))

    if order:
        for name, op in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            if _set_new_attribute(cls, name, _make_order(name, op, field_list)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        fset, fdel = _frozen_get_del_attr(cls, field_list)
        for name, fn in (('__setattr__', fset), ('__delattr__', fdel)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}')

    hash_action = _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, field_list)
    if hash_action is not MISSING:
        if hash_action is not None:
            _set_qualname(cls, hash_action)
        cls.__hash__ = hash_action

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(
                f"{f.name}: {f.type if isinstance(f.type, str) else getattr(f.type, '__name__', repr(f.type))}"
                for f in std_init_fields + kw_only_init_fields) + ')'
        except (AttributeError, TypeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    # As CPython: a new class with __slots__ replaces the decorated one.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names + (('__weakref__',) if weakref_slot else ())
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC = (type(None), bool, int, float, str, bytes, complex, type)


def _deepcopy(obj):
    if isinstance(obj, _ATOMIC) or isinstance(obj, types.FunctionType):
        return obj
    try:
        import copy
        return copy.deepcopy(obj)
    except ImportError:
        return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    ns['__module__'] = module if module is not None else '__main__'
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
