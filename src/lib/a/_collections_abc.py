# CPython keeps the ABCs here and re-exports them as collections.abc; pyasync
# compiles them as collections.abc (class __module__ comes from the module
# being compiled) and re-exports them here.
from collections.abc import *
from collections.abc import __all__, _check_methods, _type_repr, GenericAlias
