"""_py_abc: the pure-Python ABCMeta. pyasync's abc module is already that
implementation (adapted where marked), so this module re-exports it rather
than keeping a second copy."""
from abc import ABCMeta, get_cache_token
