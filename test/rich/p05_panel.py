from rich.console import Console
from rich.panel import Panel
from rich import box
from rich.text import Text
for c in [Console(width=50), Console(force_terminal=True, color_system="truecolor", width=50)]:
    c.print(Panel("Hello, [bold]World[/bold]!"))
    c.print(Panel("Hi", title="Title", subtitle="sub"))
    c.print(Panel.fit("Fit me", title="T", border_style="red"))
    c.print(Panel("Line 1\nLine 2 is a much longer line that will need to wrap around", box=box.DOUBLE, padding=(1, 2)))
    c.print(Panel("x", title="left title", title_align="left", subtitle="right", subtitle_align="right", style="on blue"))
    c.print(Panel(Text("text obj", style="bold"), width=20))
    c.print(Panel(str([1, 2, 3] * 10), box=box.ASCII))
    c.print(Panel(Panel("inner"), title="outer"))
    c.print(Panel("", box=box.SQUARE))
    c.print(Panel("expand false", expand=False, box=box.HEAVY))
