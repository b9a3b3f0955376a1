"""Event loop mixins."""
# Adapted from CPython 3.11 Lib/asyncio/mixins.py (PSF licence): pyasync runs
# one thread, so the global lock is gone.

from . import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()

        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
