# Duplicate keyword via ** unpacking: CPython's message uses the qualified name
def kw(a, c=0):
    return a + c
try:
    kw(1, c=1, **{'c': 2})
except TypeError as e:
    print(e)
opts = {'sep': '-'}
try:
    print('a', 'b', sep='+', **opts)
except TypeError as e:
    print(e)
