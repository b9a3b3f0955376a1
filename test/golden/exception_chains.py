class AppError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad number {s!r}") from e

try:
    parse("x1")
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(repr(e.__context__))

e = ValueError("v")
e.add_note("note 1")
print(e.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as g:
    print("value group", g.exceptions)
except* TypeError as g:
    print("type group", g.exceptions)
parse("y2")
