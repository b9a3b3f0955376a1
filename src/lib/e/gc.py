"""gc: pyasync's memory is managed by the JavaScript engine; these are the names programs call."""

_enabled = True
garbage = []
callbacks = []


def collect(generation=2):
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return (700, 10, 10)


def set_threshold(*args):
    pass


def get_objects(generation=None):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bool, type(None)))


def freeze():
    pass


def unfreeze():
    pass
