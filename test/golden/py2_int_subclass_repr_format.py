# an int subclass overriding only __repr__: str() and format(x, '') use it too
# (int has no __str__ of its own), but a non-empty format spec does not
class N(int):
    def __repr__(self):
        return f"N({int(self)})"
n = N(3)
print(n, repr(n), str(n), f"{n}", format(n), "{}".format(n), f"{n:d}", f"{n:>4}", "%d" % n, "%s" % n)
