# an exception raised by __del__ is reported ("Exception ignored in") and the program goes on
class A:
    def __del__(self):
        raise ValueError("from __del__")
a = A()
del a
print("after del")
