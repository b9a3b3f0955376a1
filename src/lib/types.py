"""types: the names pure-Python programs use (a subset of CPython's module)."""

class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        return f"{self.__origin__.__qualname__}[{', '.join(getattr(a, '__qualname__', repr(a)) for a in self.__args__)}]"


class TracebackType:
    pass


def _f(): pass
FunctionType = type(_f)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
MethodType = type(SimpleNamespace().__eq__)
