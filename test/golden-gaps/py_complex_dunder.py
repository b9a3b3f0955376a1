# complex() uses __complex__ (and falls back to __float__ / __index__)
class Num:
    def __complex__(self):
        return 1j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(complex(Num()), complex(F()), complex(I()), complex(F(), F()))
