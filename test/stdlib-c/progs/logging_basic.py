import logging, sys
logging.warning("last resort %s", "msg")
log = logging.getLogger("app.db")
print(log, logging.getLogger(), logging.getLogger("app"), log.parent)
log.info("not shown")
log.error("error %d", 5)
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(name)s %(levelname)s %(message)s", stream=sys.stdout)
log.debug("debug %s", {"a": 1})
logging.info("root info")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15), log.getEffectiveLevel(), log.isEnabledFor(5))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}|{msecs:.0f}|{created}", style="{"))
h.setLevel(logging.WARNING)
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.warning("w1")
other.info("hidden")
print(h, other.handlers)
class F(logging.Filter):
    def filter(self, r):
        return "secret" not in r.getMessage()
other.addFilter(F())
other.warning("secret stuff"); other.warning("public")
logging.basicConfig(format="%(levelname)s:%(message)s", force=True, stream=sys.stdout, datefmt="%H:%M", level="INFO")
logging.info("after force")
logging.disable(logging.WARNING)
logging.warning("disabled"); logging.error("err shown")
logging.disable(logging.NOTSET)
fmt = logging.Formatter("%(asctime)s|%(msecs)d|%(relativeCreated)d|%(threadName)s|%(process)s|%(module)s|%(filename)s", datefmt="%Y/%m/%d")
r = logging.LogRecord("n", 20, "/x/y.py", 3, "m", (), None)
print(fmt.format(r).split("|")[0], fmt.format(r).split("|")[3])
try:
    logging.Formatter("%(x)")
except ValueError as e:
    print(e)
try:
    log.setLevel("BAD")
except ValueError as e:
    print(e)
try:
    raise ValueError("boom")
except ValueError as e:
    logging.getLogger("z").error("failed", exc_info=e)
log2 = logging.getLogger("a.b.c"); parent = logging.getLogger("a.b"); print(log2.parent.name, logging.getLogger("a.b.c") is log2)
print(logging.root, logging.getLogger("root") is logging.root, logging.WARNING, logging.FATAL)
adapter = logging.LoggerAdapter(logging.getLogger("ad"), {"k": 1}); adapter.warning("adapted")
