import rich
from rich.console import Console
from rich.markup import escape
from rich.pretty import pprint, pretty_repr, Pretty
from rich.rule import Rule
from rich.align import Align
from rich.padding import Padding
c = Console(width=50)
rich.print("[bold]rich print[/bold] 1 2 3", [1, 2])
rich.print({"a": list(range(30))})
c.print(escape("[not markup]"))
pprint({"a": list(range(30)), "b": "x"})
pprint([1, 2, 3], expand_all=True)
pprint({"deep": {"deeper": {"deepest": [1, 2, 3]}}}, max_depth=2)
pprint(list(range(100)), max_length=5)
pprint("a" * 100, max_string=10)
print(pretty_repr({"a": list(range(30))}, max_width=40))
c.print(Pretty({"x": 1, "y": [1, 2] * 20}))
c.print(Rule("rule obj"))
c.print(Align.center("centered"))
c.print(Align("right", align="right"))
c.print(Padding("padded", (1, 4)))
c.print_json('{"a": [1, 2, {"b": null, "c": true, "d": false}], "e": "str", "f": 1.5}')
c.print_json(data={"x": 1})
print(c.width, c.is_terminal, c.size)
c.print(Padding("styled pad", 1, style="on red", expand=False))
c2 = Console(force_terminal=True, color_system="truecolor", width=50)
c2.print_json('{"a": [1, 2, {"b": null, "c": true, "d": false}], "e": "str", "f": 1.5}')
pprint({"a": list(range(30)), "b": "x"}, console=c2)
c2.print(Rule("rule obj"))
c2.print(Align.center("[bold]centered[/]", style="on blue"))
class Rich:
    def __rich__(self):
        return "[bold]from __rich__[/bold]"
c.print(Rich())
c2.print(Rich())
class Plain:
    def __repr__(self):
        return "Plain()"
c.print(Plain(), [Plain()])
c2.print(Plain(), [Plain()])
