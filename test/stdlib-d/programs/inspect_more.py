import inspect, asyncio
def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
async def co(): pass
def gen(): yield 1
async def agen(): yield 1
class A:
    """Doc of A.

        indented
    """
    x = 1
    def m(self, y): return y
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls, z=1): pass
print(inspect.signature(f))
print(inspect.signature(A.m), inspect.signature(A().m), inspect.signature(A.c), inspect.signature(lambda *a, **k: 0))
sig = inspect.signature(f)
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is p.empty)
b = sig.bind(1, d=4)
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind()
except TypeError as e:
    print('TypeError', e)
print(inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(gen), inspect.isasyncgenfunction(agen), inspect.isfunction(A.m), inspect.ismethod(A().m), inspect.isclass(A))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgenerator(gen()))
c.close()
print(inspect.getdoc(A))
print(inspect.cleandoc('  a\n    b\n  c'))
print([n for n, v in inspect.getmembers(A) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)
p = inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=None, annotation=int)
print(p, inspect.Signature([p], return_annotation=str))
print(inspect.signature(f).replace(return_annotation=int))
print(inspect.getfullargspec(f))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect), inspect.getmro(bool))
