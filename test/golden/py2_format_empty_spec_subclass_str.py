# f"{x}" / format(x) with an empty spec on a float/str/int subclass uses the subclass's __str__
class F(float):
    def __str__(self): return "F!"
print(f"{F(2.5)}", format(F(2.5)), "{}".format(F(2.5)), f"{F(2.5):.1f}")
class S(str):
    def __str__(self): return "S!"
print(f"{S('x')}", format(S('x')), str(S('x')), S('x'), f"{S('x'):>3}")
class I(int):
    def __str__(self): return "I!"
print(f"{I(7)}", format(I(7)), "{}".format(I(7)), f"{I(7):03d}", I(7))
