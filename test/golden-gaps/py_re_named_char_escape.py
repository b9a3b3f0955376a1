# \N{name} escapes inside regular expressions (3.8+)
import re
print(re.findall(r'\N{LATIN SMALL LETTER E WITH ACUTE}', 'café é'))
print(re.sub(r'\N{EM DASH}', '-', 'a—b'))
