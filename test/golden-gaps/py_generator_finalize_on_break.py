# A generator abandoned by break / rebinding is finalized at once (refcounting):
# its finally block runs before the next statement
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in gen():
    break
print("after")
g = gen()
next(g)
g = None
print("after2")
