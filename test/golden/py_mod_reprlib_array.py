# reprlib and array (Fluent Python ch. 12 Vector)
import reprlib
from array import array
components = array('d', [float(i) for i in range(10)])
print(reprlib.repr(components))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 50))
print(array('i', [1, 2, 3]), sum(components), components[2], len(components))
