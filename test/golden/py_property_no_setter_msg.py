# 3.11 messages for assigning / deleting a property without setter / deleter
class Prop:
    @property
    def ro(self):
        return 1
try:
    Prop().ro = 2
except AttributeError as e:
    print(e)
try:
    del Prop().ro
except AttributeError as e:
    print(e)
