"""shlex for pyasync: split (POSIX rules), quote and join."""

__all__ = ["shlex", "split", "quote", "join"]


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    words = []
    word = []
    have_word = False
    i = 0
    n = len(s)
    state = " "
    while i < n:
        c = s[i]
        if state == " ":
            if c in " \t\r\n":
                if have_word:
                    words.append("".join(word))
                    word = []
                    have_word = False
                i += 1
                continue
            if comments and c == "#" and not have_word:
                while i < n and s[i] != "\n":
                    i += 1
                continue
            if c == "\\" and posix:
                if i + 1 >= n:
                    raise ValueError("No escaped character")
                word.append(s[i + 1])
                have_word = True
                i += 2
                continue
            if c in "'\"":
                state = c
                have_word = True
                if not posix:
                    word.append(c)
                i += 1
                continue
            word.append(c)
            have_word = True
            i += 1
        elif state == "'":
            if c == "'":
                state = " "
                if not posix:
                    word.append(c)
            else:
                word.append(c)
            i += 1
        else:
            if c == '"':
                state = " "
                if not posix:
                    word.append(c)
                i += 1
            elif c == "\\" and posix and i + 1 < n and s[i + 1] in '"\\$`\n':
                word.append(s[i + 1])
                i += 2
            else:
                word.append(c)
                i += 1
    if state != " ":
        raise ValueError("No closing quotation")
    if have_word:
        words.append("".join(word))
    return words


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_")


def quote(s):
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


class shlex:
    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        self._tokens = split(instream or "", posix=posix)
        self.whitespace_split = False

    def __iter__(self):
        return iter(self._tokens)

    def get_token(self):
        return self._tokens.pop(0) if self._tokens else ("" if not True else None)
