import json
data = {"name": "Ann", "age": 30, "scores": [1.5, 2, 3e20, 1e-7], "ok": True, "none": None, "nested": {"a": [], "b": {}}, "uni": "héllo ☃ 😀", 5: "five"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps([1, [2, {"x": 3}]], indent=4))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps(float("nan")), json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**30))
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__))
try:
    json.dumps(P())
except TypeError as e:
    print(e)
print(json.loads('{"a": [1, 2.5, "x\\n\\u00e9\\ud83d\\ude00", true, false, null], "b": -1e3, "c": 12345678901234567890}'))
print(json.loads("1.0"), json.loads("  [] "), json.loads('"s"'), json.loads("NaN"), json.loads('-0'), json.loads('1E400'))
for bad in ["", "[1,]", "{'a': 1}", '{"a" 1}', "[1 2]", '"abc', "tru", "1 2", '{"a":1,}', '"\\x"', '["a\nb"]', "[", "{", '{"a":']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5]', parse_float=str))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
print(buf.getvalue(), json.load(io.StringIO('{"z": 0}')))
print(json.dumps("tab\tquote\"back\\slash\x01"))
print(json.dumps((1, 2)), json.dumps({True: 1, None: 2, 1.5: 3}))
