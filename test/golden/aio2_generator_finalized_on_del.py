def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


g = gen()
print(next(g))
del g
print("after del")
h = gen()
print(next(h))
print("end")
