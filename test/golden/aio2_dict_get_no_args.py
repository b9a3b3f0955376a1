d = {"a": 1}
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
print("end")
