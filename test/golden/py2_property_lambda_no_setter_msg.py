# the "has no setter" message names the attribute the property was assigned to
# (set by __set_name__), not its getter's __name__
class Managed:
    over = property(lambda self: "prop")
    def _get(self):
        return 1
    value = property(_get)
m = Managed()
for name in ("over", "value"):
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print(e)
try:
    del m.over
except AttributeError as e:
    print(e)
