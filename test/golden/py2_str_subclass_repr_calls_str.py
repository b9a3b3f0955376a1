# Fluent Python: a str subclass whose __repr__ calls str(self) (str.__str__ returns the text)
class Text(str):
    def __repr__(self):
        return 'Text({!r})'.format(str(self))
    def reverse(self):
        return self[::-1]
w = Text('forward')
print(w)
print(repr(w))
print(str(w), type(str(w)).__name__, f"{w}", "%s" % w, [w])
print(w.reverse(), Text.reverse(Text('backward')), type(w.reverse()).__name__)
