# str operations on text with code points beyond the BMP (JS surrogate pairs), short and long.
words = ["a😀b", "😀", "x" * 40 + "😀", "plain", "", "é😀é", "\U0001F600" * 3]
for w in words:
    print(len(w), w[0] if w else "", w[-1] if w else "", w[1:3], w.find("b"), w.upper(), w.split("😀"))
print(sorted(set("a😀a😀b")), "😀" in "x😀y", "x😀y".index("y"))
