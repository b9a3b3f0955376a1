# CPython emits a SyntaxWarning on stderr at compile time for "is" with a literal
x = 5
if x is 5:
    print("five")
print("done")
