results = []
try:
    results.append("task", 1)
except TypeError as e:
    print("TypeError:", e)
print(results)
d = {}
try:
    d.update({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    print(d.get("a", 0, 1))
except TypeError as e:
    print("TypeError:", e)
try:
    print(d.keys(1))
except TypeError as e:
    print("TypeError:", e)
