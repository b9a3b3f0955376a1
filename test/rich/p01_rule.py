from rich.console import Console
for c in [Console(width=50), Console(force_terminal=True, color_system="truecolor", width=50), Console(force_terminal=True, color_system="standard", width=31)]:
    c.rule()
    c.rule("Title")
    c.rule("[bold red]Styled[/] title 42")
    c.rule("left", align="left")
    c.rule("right", align="right", style="blue")
    c.rule("chars", characters="=-")
    c.rule("x" * 80)
    c.rule("ab", characters="*", style="bold green")
    c.rule("", style="red")
    c.print("after", end="")
    c.print()
