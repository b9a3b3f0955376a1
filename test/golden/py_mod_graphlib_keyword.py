# graphlib.TopologicalSorter and keyword
from graphlib import TopologicalSorter
import keyword
ts = TopologicalSorter({'d': {'b', 'c'}, 'c': {'a'}, 'b': {'a'}})
order = list(ts.static_order())
print(order[0], order[-1], len(order))
print(keyword.iskeyword('for'), keyword.iskeyword('foo'), len(keyword.kwlist) > 30, keyword.issoftkeyword('match'))
