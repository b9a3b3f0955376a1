# iterating a list/str/tuple subclass that overrides __getitem__ uses the base
# type's iterator, not the overridden __getitem__
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
l = L([1, 2, 3])
print(l[0], l[-1])
print([x for x in l], list(l), sum(l), max(l), sorted(l))
a, b, c = l
print(a, b, c, *l)

class S(str):
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
s = S("abc")
print(s[0], list(s), "".join(x for x in s))

class T(tuple):
    def __getitem__(self, i):
        return -super().__getitem__(i)
t = T((1, 2))
print(t[1], list(t), *t)
