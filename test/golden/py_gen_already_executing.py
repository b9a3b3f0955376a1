# Re-entering a running generator raises ValueError (not RuntimeError)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
