import asyncio
from rich.console import Console
c = Console(width=70)
c2 = Console(force_terminal=True, color_system="truecolor", width=70)

async def worker(n):
    c.log(f"worker {n} starting", {"n": n})
    await asyncio.sleep(0.1)
    c2.log(f"worker {n} done", [1, 2, 3])
    c.log("a long message " * 8)

async def main():
    c.log("main start")
    await asyncio.gather(worker(1), worker(2))
    c.log("[bold]markup[/bold] 42", style="red")
    c.log({"k": list(range(25))})
    c.log()

asyncio.run(main())
