# re conditional groups (?(1)yes|no) - from the re docs (email in optional brackets)
import re
pat = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
print(pat.match('<user@host.com>').group(2))
print(pat.match('user@host.com').group(2))
print(pat.match('<user@host.com'), pat.match('user@host.com>'))
