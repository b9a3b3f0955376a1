# locals() builtin inside a function (common with "...".format(**locals()))
def f():
    name = 'Ann'
    age = 30
    print(locals())
    return "{name} is {age}".format(**locals())
print(f())
