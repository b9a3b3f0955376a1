# difflib
import difflib
print(difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
for line in difflib.unified_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'x\n', 'c\n'], 'old', 'new'):
    print(line, end='')
