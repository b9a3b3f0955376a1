import asyncio
from rich.console import Console

console = Console()

async def fetch(i):
    await asyncio.sleep(0.1 * i)
    return {"id": i, "url": f"https://example.com/items/{i}", "status": 200}

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(3)))
    console.print(results)
    console.print("summary:", {"count": len(results), "ids": [r["id"] for r in results], "all_ok": True, "source": "example"})

asyncio.run(main())
