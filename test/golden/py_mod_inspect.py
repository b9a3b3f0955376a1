# inspect module (Fluent Python: function signatures)
import inspect
def clip(text: str, max_len: int = 80, *, sep=' ') -> str:
    return text[:max_len]
sig = inspect.signature(clip)
print(sig)
for name, param in sig.parameters.items():
    print(param.kind, ':', name, '=', param.default)
print(inspect.isfunction(clip), inspect.isclass(int), inspect.isgeneratorfunction(clip))
