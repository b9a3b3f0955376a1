from abc import ABC, ABCMeta, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Sq):
    def perimeter(self): return 4 * self.s
for cls in (Shape, Sq):
    try:
        cls(1) if cls is Sq else cls()
    except TypeError as e:
        print(e)
print(Full(2).area(), isinstance(Full(2), Shape), sorted(Shape.__abstractmethods__))
class Base(metaclass=ABCMeta):
    pass
Base.register(int)
print(isinstance(3, Base), issubclass(int, Base), issubclass(str, Base))
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
try:
    P()
except TypeError as e:
    print(e)

from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, asynccontextmanager, AsyncExitStack
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError):
    {}['x']
print("after suppress")
class Res:
    def close(self): print("closed")
with closing(Res()):
    pass
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cb", i)
    stack.enter_context(tag("s"))
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden", 1)
    print("line2")
print(repr(buf.getvalue()))
s = io.StringIO("a\nb\nc")
print(s.readline(), s.read(), s.tell(), list(io.StringIO("x\ny\n")))
s.seek(0); print(s.read(1))
b = io.BytesIO(b"hi")
b.seek(0, 2); b.write(b" there"); print(b.getvalue())
import asyncio
@asynccontextmanager
async def actx():
    print("enter")
    yield 42
    print("exit")
async def main():
    async with actx() as v:
        print("got", v)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(actx())
        st.callback(print, "sync cb")
        print("v", v)
asyncio.run(main())
with ExitStack() as st:
    st.callback(print, "a")
    st2 = st.pop_all()
print("popped")
st2.close()
try:
    with ExitStack() as st:
        st.callback(lambda: 1/0)
        raise KeyError("k")
except ZeroDivisionError as e:
    print("ZDE", repr(e.__context__))
