import asyncio
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich import box

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    return {"id": i, "ok": i % 2 == 0, "payload": list(range(i * 3))}

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(5)))
    for cs in [None, "standard", "256", "truecolor"]:
        c = Console(width=56, force_terminal=cs is not None, color_system=cs)
        c.rule(f"[b]system[/b] {cs}")
        c.print(results)
        t = Table(title="Fetch results", box=box.ROUNDED, header_style="bold magenta")
        t.add_column("id", justify="right", style="cyan", no_wrap=True)
        t.add_column("ok")
        t.add_column("payload", overflow="fold")
        for r in results:
            t.add_row(str(r["id"]), "✓" if r["ok"] else "✗", str(r["payload"]))
        c.print(t)
        c.print(Panel(Text.assemble(("done ", "green"), (str(len(results)), "bold")), title="[red]Summary", subtitle="ok", width=30))
        c.print("total", sum(r["id"] for r in results), 3.14, None, justify="right")
        c.print("[link=https://example.com]link[/link] and #ff0000 0xff 1e10 -5", style="dim")
        c.print(Text("full justify " * 8, justify="full"))

asyncio.run(main())
