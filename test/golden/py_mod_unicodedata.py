# unicodedata module (Fluent Python ch. 4: normalization)
import unicodedata
s1 = 'café'
s2 = 'cafe\u0301'
print(s1 == s2, len(s1), len(s2))
print(unicodedata.normalize('NFC', s1) == unicodedata.normalize('NFC', s2))
print(unicodedata.name('A'), unicodedata.name('é'), unicodedata.category('1'), unicodedata.numeric('½'))
print(''.join(c for c in unicodedata.normalize('NFD', 'Ação') if not unicodedata.combining(c)))
