import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(repr(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes $what, ${who}s cost $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}))
print(string.Template("$a and $b").safe_substitute(a=1))
for tpl, kw in [("$x $y", {"x": 1}), ("cost $ 5", {}), ("${bad", {})]:
    try:
        print(string.Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("$a $b $a").get_identifiers(), string.Template("$ok").is_valid(), string.Template("$").is_valid())
f = string.Formatter()
print(f.format("{0} {name!r} {1:>5} {x[0]} {{}}", "a", 3.5, name="n", x=[9]))
print(list(f.parse("a{0}b{x:>3}c")))
import __future__
print(__future__.annotations, __future__.all_feature_names[-1])
