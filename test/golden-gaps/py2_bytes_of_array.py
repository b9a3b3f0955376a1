# bytes()/bytearray() of an array use the buffer protocol (raw machine bytes)
from array import array
print(bytes(array('h', [1, 2])))
print(bytes(array('d', [3.0, 4.0])))
print(bytearray(array('b', [1, 2])))
print(bytes([ord('d')]) + bytes(array('d', [1.5])))
