from rich.console import Console
from rich.table import Table
c = Console(width=60)
t = Table(title="[bold]Results[/bold]", box=None)
t.add_column("k")
t.add_column("v", justify="right")
t.add_row("alpha", "1")
c.print(t)
c.print(Table("only header"))
c.width = 30
c.rule("narrow")
c.print("x" * 100, overflow="ellipsis")
c.print([{"a": 1}] * 3, justify="center")
c.print("Ünïcødé 日本語テキスト wide chars " * 3)
c.rule("日本語")
