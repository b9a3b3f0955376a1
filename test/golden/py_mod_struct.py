# struct module
import struct
b = struct.pack('>IhB', 1, -2, 3)
print(b, len(b), struct.unpack('>IhB', b), struct.calcsize('<qd'))
print(struct.pack('<f', 1.5), struct.unpack('<d', struct.pack('<d', 0.1))[0])
