# CPython's re rejects variable-width look-behind
import re
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print('error:', e)
try:
    re.compile(r'(?<=ab|c)d')
except re.error as e:
    print('error:', e)
print(re.findall(r'(?<=ab|cd)e', 'abe cde'))
