import asyncio
from rich.console import Console

console = Console(width=40)

async def main():
    await asyncio.sleep(0.1)
    console.print("[bold]right[/bold]", justify="right")
    console.print("center", justify="center")
    console.print("no wrap " * 8, overflow="ellipsis", no_wrap=True)

asyncio.run(main())
