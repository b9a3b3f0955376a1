# dir() without arguments lists the current scope's names
x = 1
def f():
    a = 1
    b = 2
    print(dir())
f()
print('x' in dir(), 'f' in dir())
