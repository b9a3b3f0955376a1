from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.pretty import Pretty
from rich import box
for c in [Console(width=64), Console(width=64, force_terminal=True, color_system="truecolor")]:
    t = Table(show_footer=True, min_width=50, box=box.SQUARE_DOUBLE_HEAD)
    t.add_column("name", footer="total", vertical="middle")
    t.add_column("value", footer=Text("99", style="bold"), justify="right", max_width=8)
    t.add_column("notes", min_width=10)
    t.add_row("multi\nline\ncell", "12345678901234", Text("styled note", style="italic"))
    t.add_row(Panel("in panel"), "2", Pretty({"a": [1, 2]}))
    t.add_row("x", None, "")
    c.print(Panel(t, title="table in panel"))
    c.out("out:", 1, [1, 2], "[bold]raw[/bold]")
    c.print("width wider than console", width=200)
    c.print(Panel("padded panel", padding=2, expand=False))
    c.print(Text("overflow crop " * 6, overflow="crop", no_wrap=True))
    g = Table.grid(expand=True)
    g.add_column()
    g.add_column(justify="right")
    g.add_row("left side", "right side")
    c.print(g)
    t2 = Table("a", "b", leading=1, caption="[i]caption text[/i]", title_justify="left", title="left title", padding=(0, 2), collapse_padding=True)
    t2.add_row("1", "2")
    t2.add_row("3", "4")
    c.print(t2)
    c.print(Table("narrow col " * 3, "x" * 70))
