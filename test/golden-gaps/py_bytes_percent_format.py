# printf-style formatting on bytes (PEP 461)
print(b"%d-%s" % (5, b"x"))
print(b"%05.1f|%x|%c" % (3.14159, 255, 65))
print(b"%(k)s" % {b"k": b"v"})
