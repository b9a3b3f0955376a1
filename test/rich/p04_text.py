from rich.console import Console
from rich.text import Text
for c in [Console(width=40), Console(force_terminal=True, color_system="256", width=40)]:
    t = Text("Hello", style="bold")
    t.append(" world", style="red")
    t.append(" plain 123")
    t.stylize("underline", 0, 3)
    t.stylize("italic", -5)
    c.print(t)
    print(t.plain, len(t), repr(t), str(t))
    c.print(Text("centered", justify="center"))
    c.print(Text("right", justify="right", style="on green"))
    c.print(Text.from_markup("[blue]markup[/] text 5"))
    c.print(Text.assemble("a", ("b", "bold"), Text("c", style="red")))
    c.print(Text("long text " * 10, overflow="ellipsis", no_wrap=True))
    c.print("prefix", Text("T", style="bold"), 42)
    t2 = Text("abc") + "def"
    c.print(t2, t2.plain)
    c.print(Text("x", end=""), Text("y"))
    t3 = Text("the the the")
    print(t3.highlight_words(["the"], "bold"))
    c.print(t3)
