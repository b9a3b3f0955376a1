"""enum: a minimal Enum until the full implementation lands."""

class auto:
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self.value = auto._counter


class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        members = {}
        if any(isinstance(b, EnumMeta) for b in bases):
            for key, value in list(ns.items()):
                if key.startswith("_") or callable(value) or isinstance(value, (staticmethod, classmethod, property)):
                    continue
                if isinstance(value, auto):
                    value = len(members) + 1
                member = object.__new__(cls)
                member._name_ = key
                member._value_ = value
                members[key] = member
                setattr(cls, key, member)
        cls._member_map_ = members
        return cls

    def __iter__(cls):
        return iter(cls._member_map_.values())

    def __len__(cls):
        return len(cls._member_map_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __call__(cls, value, *args, **kwargs):
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")


class Enum(metaclass=EnumMeta):
    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self):
        return hash(self._name_)


class IntEnum(int, Enum):
    pass
