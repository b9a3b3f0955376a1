from rich.console import Console
text = "The quick brown fox jumps over the lazy dog. " * 3
for c in [Console(width=40), Console(force_terminal=True, color_system="truecolor", width=40)]:
    for j in ["left", "center", "right", "full", "default"]:
        c.print(text, justify=j)
        c.print("[bold]bold[/] and [red]red 12[/] words here " * 3, justify=j)
    for o in ["fold", "crop", "ellipsis", "ignore"]:
        c.print("supercalifragilisticexpialidocious" * 2, overflow=o)
        c.print("word " * 12, overflow=o, no_wrap=True)
        c.print("word " * 12, overflow=o)
    c.print("no wrap " * 8, no_wrap=True)
    c.print("narrow text to twenty cells wide", width=20)
    c.print("narrow text", width=20, justify="right")
    c.print("crop false " * 6, crop=False, no_wrap=True)
    c.print("soft wrap " * 6, soft_wrap=True)
    c.print("a", "b", "c", sep="-", end="!\n")
    c.print("[bold]no markup[/]", markup=False)
    c.print("no highlight 123 None", highlight=False)
    c.print(":smile: emoji", emoji=False)
    c.print(":smile: emoji")
    c.print("styled", style="bold red")
    c.print("styled [green]inner[/] 42", style="on blue")
    c.print([1, 2, 3], style="italic")
    c.print("center styled", justify="center", style="reverse")
    c.print("tab\there\tx")
    c.print("multi\nline\ntext", justify="right")
