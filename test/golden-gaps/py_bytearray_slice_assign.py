# Slice assignment on bytearray (sieve with a bytearray, in-place edits)
b = bytearray(b"hello")
b[1:3] = b"EE"
print(b)
s = bytearray(6)
s[::2] = [1, 1, 1]
print(s)
s[1:3] = [9]
print(s)
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i*i::i] = bytearray(len(flags[i*i::i]))
    return [i for i, f in enumerate(flags) if f]
print(sieve(50))
