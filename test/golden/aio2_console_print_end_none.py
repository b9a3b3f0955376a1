from rich.console import Console

console = Console(width=80)
console.print("a", end=None)
console.print("b", end="")
console.print("c")
