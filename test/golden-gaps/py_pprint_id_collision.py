# pprint tracks containers by id(); ids of live objects must never equal ids of small ints
import pprint
d = {"list": list(range(30)), "n": {"a": [1, 2, {"b": "c" * 40}]}}
pprint.pprint(d)
objs = [[] for _ in range(40)]
ints = list(range(-5, 257))
print(len({id(o) for o in objs} & {id(i) for i in ints}))
