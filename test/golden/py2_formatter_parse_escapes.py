# string.Formatter().parse splits literal text at each escaped brace ({{ / }})
import string
f = string.Formatter()
print(list(f.parse("a{b:>3}c{{d}}")))
print(list(f.parse("{{}}")))
print(list(f.parse("x{{y}}z{0!r}")))
print(list(f.parse("plain")))
