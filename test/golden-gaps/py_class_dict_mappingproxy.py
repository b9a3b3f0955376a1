# A class's __dict__ is a read-only mappingproxy
class A:
    x = 1
print(type(A.__dict__).__name__, A.__dict__['x'])
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print(e)
