# __import__ builtin (used in one-liners like __import__('math').factorial)
print(__import__('math').factorial(20))
m = __import__('collections')
print(m.Counter('aab').most_common(1))
