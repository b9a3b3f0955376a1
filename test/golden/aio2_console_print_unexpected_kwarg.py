from rich.console import Console

console = Console(width=500)


def print(*args, **kwargs):
    console.print("[bold]>[/bold]", *args, **kwargs)


print("start")
print("flushed", flush=True)
