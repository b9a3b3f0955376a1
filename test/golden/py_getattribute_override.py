# Overriding __getattribute__ and delegating to object.__getattribute__ / super()
class Ga:
    def __getattribute__(self, n):
        print("get", n)
        return object.__getattribute__(self, n)
g = Ga()
g.x = 1
print(g.x)
class Gb:
    def __getattribute__(self, n):
        if n == "magic":
            return 42
        return super().__getattribute__(n)
    def __getattr__(self, n):
        return "fallback " + n
h = Gb()
h.y = 2
print(h.magic, h.y, h.z)
