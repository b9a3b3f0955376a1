import asyncio
from rich.console import Console

console = Console()

async def main():
    console.rule("Start")
    await asyncio.sleep(0.1)
    console.rule("[bold]Done[/bold]")
    console.rule()

asyncio.run(main())
