import struct
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('iq'), struct.calcsize('3s2x'))
print(struct.pack('<hHiIqQ', -1, 65535, -2**31, 2**32-1, -2**63, 2**64-1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -1, 65535, -2**31, 2**32-1, -2**63, 2**64-1)))
print(struct.pack('5s', b'hi'), struct.pack('3p', b'hello'), struct.unpack('3p', b'\x02hi'), struct.pack('?c', 3, b'x'))
print(struct.pack('!d', 3.5), struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x3e'))
s = struct.Struct('<2i')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00\x00\x00'), list(s.iter_unpack(bytes(16))))
buf = bytearray(8)
struct.pack_into('<i', buf, 4, 7)
print(buf, struct.unpack_from('<i', buf, 4))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('<B', -1), lambda: struct.pack('i', 1, 2), lambda: struct.unpack('i', b'ab'), lambda: struct.pack('z', 1), lambda: struct.pack('<h', 40000), lambda: struct.pack('<i', 2**40), lambda: struct.pack('<I', -1), lambda: struct.pack('H', -1), lambda: struct.pack('q', 2**64), lambda: struct.pack('b', 'x')]:
    try:
        bad()
    except struct.error as e:
        print('error:', e)
