import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  MarkupError,
  escapeMarkup,
  markupToStyledSpans,
  normalizeStyle,
  parseStyle,
  renderMarkup,
  styleToString,
} from "../src/runtime/modules/rich-markup.js";
import { cellLen } from "../src/runtime/modules/rich-render.js";
import { consolePrint, type ReprObject, type PrintOptions } from "../src/runtime/modules/rich-console.js";

type PrintObject = string | ReprObject;

// Expected outputs below were produced once by CPython 3.11 with rich 13.3.1:
// Console(file=StringIO(), width=W) for plain output, and
// Console(file=StringIO(), width=W, force_terminal=True, color_system=CS) for ANSI output
// (one process per color system, since rich caches a style's ANSI codes).

type Opts = Partial<PrintOptions> & { width: number; colorSystem: PrintOptions["colorSystem"] };
type Expected = string | { error: string };

// OSC 8 hyperlink ids are random in rich.
const normalizeLinkIds = (s: string): string => s.replace(/id=[0-9]+;/g, "id=N;");

function run(objs: PrintObject[], opts: Opts): Expected {
  try {
    return consolePrint(objs, { sep: " ", end: "\n", ...opts });
  } catch (error) {
    if (error instanceof MarkupError) return { error: error.message };
    throw error;
  }
}

// [objects, options, expected output]
const PRINT_CASES: [PrintObject[], Opts, Expected][] = [
  [["[bold]MainProcess     [/bold] [[green bold] 1.00s[/]]", "Hello!"], {"width": 40, "colorSystem": null}, "MainProcess      [ 1.00s] Hello!\n"],
  [["[bold]MainProcess     [/bold] [[green bold] 1.00s[/]]", "Hello!"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1mMainProcess     \u001b[0m \u001b[1m[\u001b[0m\u001b[1;32m \u001b[0m\u001b[1;32m1.\u001b[0m\u001b[1;32m00s\u001b[0m\u001b[1m]\u001b[0m Hello!\n"],
  [["[bold]MainProcess     [/bold] [[green bold] 1.00s[/]]", "Hello!"], {"width": 500, "colorSystem": "standard"}, "\u001b[1mMainProcess     \u001b[0m \u001b[1m[\u001b[0m\u001b[1;32m \u001b[0m\u001b[1;32m1.\u001b[0m\u001b[1;32m00s\u001b[0m\u001b[1m]\u001b[0m Hello!\n"],
  [["[bold]MainProcess     [/bold] [[green bold] 1.00s[/]]", "Hello!"], {"width": 40, "colorSystem": "256"}, "\u001b[1mMainProcess     \u001b[0m \u001b[1m[\u001b[0m\u001b[1;32m \u001b[0m\u001b[1;32m1.\u001b[0m\u001b[1;32m00s\u001b[0m\u001b[1m]\u001b[0m Hello!\n"],
  [["[bold]hi[/bold] there [green bold]x[/]"], {"width": 40, "colorSystem": null}, "hi there x\n"],
  [["[bold]hi[/bold] there [green bold]x[/]"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1mhi\u001b[0m there \u001b[1;32mx\u001b[0m\n"],
  [["[bold]hi[/bold] there [green bold]x[/]"], {"width": 500, "colorSystem": "standard"}, "\u001b[1mhi\u001b[0m there \u001b[1;32mx\u001b[0m\n"],
  [["[bold]hi[/bold] there [green bold]x[/]"], {"width": 40, "colorSystem": "256"}, "\u001b[1mhi\u001b[0m there \u001b[1;32mx\u001b[0m\n"],
  [["[bold]outer [italic]inner[/italic] outer again[/bold] plain"], {"width": 40, "colorSystem": null}, "outer inner outer again plain\n"],
  [["[bold]outer [italic]inner[/italic] outer again[/bold] plain"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1mouter \u001b[0m\u001b[1;3minner\u001b[0m\u001b[1m outer again\u001b[0m plain\n"],
  [["[bold]outer [italic]inner[/italic] outer again[/bold] plain"], {"width": 500, "colorSystem": "standard"}, "\u001b[1mouter \u001b[0m\u001b[1;3minner\u001b[0m\u001b[1m outer again\u001b[0m plain\n"],
  [["[bold]outer [italic]inner[/italic] outer again[/bold] plain"], {"width": 40, "colorSystem": "256"}, "\u001b[1mouter \u001b[0m\u001b[1;3minner\u001b[0m\u001b[1m outer again\u001b[0m plain\n"],
  [["[bold red]two styles[/] and [underline]an unclosed tag"], {"width": 40, "colorSystem": null}, "two styles and an unclosed tag\n"],
  [["[bold red]two styles[/] and [underline]an unclosed tag"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1;31mtwo styles\u001b[0m and \u001b[4man unclosed tag\u001b[0m\n"],
  [["[bold red]two styles[/] and [underline]an unclosed tag"], {"width": 500, "colorSystem": "standard"}, "\u001b[1;31mtwo styles\u001b[0m and \u001b[4man unclosed tag\u001b[0m\n"],
  [["[bold red]two styles[/] and [underline]an unclosed tag"], {"width": 40, "colorSystem": "256"}, "\u001b[1;31mtwo styles\u001b[0m and \u001b[4man unclosed tag\u001b[0m\n"],
  [["a literal [[green]bracket[/green]] around a tag"], {"width": 40, "colorSystem": null}, "a literal [bracket] around a tag\n"],
  [["a literal [[green]bracket[/green]] around a tag"], {"width": 500, "colorSystem": "truecolor"}, "a literal \u001b[1m[\u001b[0m\u001b[32mbracket\u001b[0m\u001b[1m]\u001b[0m around a tag\n"],
  [["a literal [[green]bracket[/green]] around a tag"], {"width": 500, "colorSystem": "standard"}, "a literal \u001b[1m[\u001b[0m\u001b[32mbracket\u001b[0m\u001b[1m]\u001b[0m around a tag\n"],
  [["a literal [[green]bracket[/green]] around a tag"], {"width": 40, "colorSystem": "256"}, "a literal \u001b[1m[\u001b[0m\u001b[32mbracket\u001b[0m\u001b[1m]\u001b[0m around a tag\n"],
  [["lists [1, 2, 3] and [0] stay, [Task-2] stays, [worker-1] vanishes"], {"width": 40, "colorSystem": null}, "lists [1, 2, 3] and [0] stay, [Task-2] \nstays,  vanishes\n"],
  [["lists [1, 2, 3] and [0] stay, [Task-2] stays, [worker-1] vanishes"], {"width": 500, "colorSystem": "truecolor"}, "lists \u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1;36m2\u001b[0m, \u001b[1;36m3\u001b[0m\u001b[1m]\u001b[0m and \u001b[1m[\u001b[0m\u001b[1;36m0\u001b[0m\u001b[1m]\u001b[0m stay, \u001b[1m[\u001b[0mTask-\u001b[1;36m2\u001b[0m\u001b[1m]\u001b[0m stays,  vanishes\n"],
  [["lists [1, 2, 3] and [0] stay, [Task-2] stays, [worker-1] vanishes"], {"width": 500, "colorSystem": "standard"}, "lists \u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1;36m2\u001b[0m, \u001b[1;36m3\u001b[0m\u001b[1m]\u001b[0m and \u001b[1m[\u001b[0m\u001b[1;36m0\u001b[0m\u001b[1m]\u001b[0m stay, \u001b[1m[\u001b[0mTask-\u001b[1;36m2\u001b[0m\u001b[1m]\u001b[0m stays,  vanishes\n"],
  [["lists [1, 2, 3] and [0] stay, [Task-2] stays, [worker-1] vanishes"], {"width": 40, "colorSystem": "256"}, "lists \u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1;36m2\u001b[0m, \u001b[1;36m3\u001b[0m\u001b[1m]\u001b[0m and \u001b[1m[\u001b[0m\u001b[1;36m0\u001b[0m\u001b[1m]\u001b[0m stay, \u001b[1m[\u001b[0mTask-\u001b[1;36m2\u001b[0m\u001b[1m]\u001b[0m \nstays,  vanishes\n"],
  [["escaped \\[bold] is literal, [blue]not[/blue] [bold]this"], {"width": 40, "colorSystem": null}, "escaped [bold] is literal, not this\n"],
  [["escaped \\[bold] is literal, [blue]not[/blue] [bold]this"], {"width": 500, "colorSystem": "truecolor"}, "escaped \u001b[1m[\u001b[0mbold\u001b[1m]\u001b[0m is literal, \u001b[34mnot\u001b[0m \u001b[1mthis\u001b[0m\n"],
  [["escaped \\[bold] is literal, [blue]not[/blue] [bold]this"], {"width": 500, "colorSystem": "standard"}, "escaped \u001b[1m[\u001b[0mbold\u001b[1m]\u001b[0m is literal, \u001b[34mnot\u001b[0m \u001b[1mthis\u001b[0m\n"],
  [["escaped \\[bold] is literal, [blue]not[/blue] [bold]this"], {"width": 40, "colorSystem": "256"}, "escaped \u001b[1m[\u001b[0mbold\u001b[1m]\u001b[0m is literal, \u001b[34mnot\u001b[0m \u001b[1mthis\u001b[0m\n"],
  [["double \\\\[bold]bold[/bold] and triple \\\\\\[red]x"], {"width": 40, "colorSystem": null}, "double \\bold and triple \\[red]x\n"],
  [["double \\\\[bold]bold[/bold] and triple \\\\\\[red]x"], {"width": 500, "colorSystem": "truecolor"}, "double \\\u001b[1mbold\u001b[0m and triple \\\u001b[1m[\u001b[0mred\u001b[1m]\u001b[0mx\n"],
  [["double \\\\[bold]bold[/bold] and triple \\\\\\[red]x"], {"width": 500, "colorSystem": "standard"}, "double \\\u001b[1mbold\u001b[0m and triple \\\u001b[1m[\u001b[0mred\u001b[1m]\u001b[0mx\n"],
  [["double \\\\[bold]bold[/bold] and triple \\\\\\[red]x"], {"width": 40, "colorSystem": "256"}, "double \\\u001b[1mbold\u001b[0m and triple \\\u001b[1m[\u001b[0mred\u001b[1m]\u001b[0mx\n"],
  [["a \\[1] b \\ c"], {"width": 40, "colorSystem": null}, "a [1] b \\ c\n"],
  [["a \\[1] b \\ c"], {"width": 500, "colorSystem": "truecolor"}, "a \u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m\u001b[1m]\u001b[0m b \\ c\n"],
  [["a \\[1] b \\ c"], {"width": 500, "colorSystem": "standard"}, "a \u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m\u001b[1m]\u001b[0m b \\ c\n"],
  [["a \\[1] b \\ c"], {"width": 40, "colorSystem": "256"}, "a \u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m\u001b[1m]\u001b[0m b \\ c\n"],
  [["[foo]unknown[/foo] [link=https://example.com]link[/link] [@click]meta[/]"], {"width": 40, "colorSystem": null}, "unknown link meta\n"],
  [["[foo]unknown[/foo] [link=https://example.com]link[/link] [@click]meta[/]"], {"width": 500, "colorSystem": "truecolor"}, "unknown \u001b]8;id=660404;https://example.com\u001b\\link\u001b]8;;\u001b\\ meta\n"],
  [["[foo]unknown[/foo] [link=https://example.com]link[/link] [@click]meta[/]"], {"width": 500, "colorSystem": "standard"}, "unknown \u001b]8;id=811996;https://example.com\u001b\\link\u001b]8;;\u001b\\ meta\n"],
  [["[foo]unknown[/foo] [link=https://example.com]link[/link] [@click]meta[/]"], {"width": 40, "colorSystem": "256"}, "unknown \u001b]8;id=361329;https://example.com\u001b\\link\u001b]8;;\u001b\\ meta\n"],
  [["[bold red on white]a[/] [#ff0000]b[/] [italic]c[/] [u]d[/u] [dim]e[/dim] [reverse]f[/reverse]"], {"width": 40, "colorSystem": null}, "a b c d e f\n"],
  [["[bold red on white]a[/] [#ff0000]b[/] [italic]c[/] [u]d[/u] [dim]e[/dim] [reverse]f[/reverse]"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1;31;47ma\u001b[0m \u001b[38;2;255;0;0mb\u001b[0m \u001b[3mc\u001b[0m \u001b[4md\u001b[0m \u001b[2me\u001b[0m \u001b[7mf\u001b[0m\n"],
  [["[bold red on white]a[/] [#ff0000]b[/] [italic]c[/] [u]d[/u] [dim]e[/dim] [reverse]f[/reverse]"], {"width": 500, "colorSystem": "standard"}, "\u001b[1;31;47ma\u001b[0m \u001b[31mb\u001b[0m \u001b[3mc\u001b[0m \u001b[4md\u001b[0m \u001b[2me\u001b[0m \u001b[7mf\u001b[0m\n"],
  [["[bold red on white]a[/] [#ff0000]b[/] [italic]c[/] [u]d[/u] [dim]e[/dim] [reverse]f[/reverse]"], {"width": 40, "colorSystem": "256"}, "\u001b[1;31;47ma\u001b[0m \u001b[38;5;196mb\u001b[0m \u001b[3mc\u001b[0m \u001b[4md\u001b[0m \u001b[2me\u001b[0m \u001b[7mf\u001b[0m\n"],
  [["[rgb(10,200,30)]rgb[/] [color(200)]c200[/] [color(9)]c9[/] [on #123456]bg[/] [bright_blue on grey23]x[/]"], {"width": 40, "colorSystem": null}, "rgb c200 c9 bg x\n"],
  [["[rgb(10,200,30)]rgb[/] [color(200)]c200[/] [color(9)]c9[/] [on #123456]bg[/] [bright_blue on grey23]x[/]"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[38;2;10;200;30mrgb\u001b[0m \u001b[38;5;200mc200\u001b[0m \u001b[91mc9\u001b[0m \u001b[48;2;18;52;86mbg\u001b[0m \u001b[94;48;5;237mx\u001b[0m\n"],
  [["[rgb(10,200,30)]rgb[/] [color(200)]c200[/] [color(9)]c9[/] [on #123456]bg[/] [bright_blue on grey23]x[/]"], {"width": 500, "colorSystem": "standard"}, "\u001b[32mrgb\u001b[0m \u001b[35mc200\u001b[0m \u001b[91mc9\u001b[0m \u001b[100mbg\u001b[0m \u001b[94;100mx\u001b[0m\n"],
  [["[rgb(10,200,30)]rgb[/] [color(200)]c200[/] [color(9)]c9[/] [on #123456]bg[/] [bright_blue on grey23]x[/]"], {"width": 40, "colorSystem": "256"}, "\u001b[38;5;40mrgb\u001b[0m \u001b[38;5;200mc200\u001b[0m \u001b[91mc9\u001b[0m \u001b[48;5;23mbg\u001b[0m \u001b[94;48;5;237mx\u001b[0m\n"],
  [["[b]b[/b] [i]i[/i] [s]s[/s] [not bold]nb[/] [strike]st[/] [blink]bl[/] [overline]o[/] [uu]uu[/] [conceal]c[/]"], {"width": 40, "colorSystem": null}, "b i s nb st bl o uu c\n"],
  [["[b]b[/b] [i]i[/i] [s]s[/s] [not bold]nb[/] [strike]st[/] [blink]bl[/] [overline]o[/] [uu]uu[/] [conceal]c[/]"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1mb\u001b[0m \u001b[3mi\u001b[0m \u001b[9ms\u001b[0m nb \u001b[9mst\u001b[0m \u001b[5mbl\u001b[0m \u001b[53mo\u001b[0m \u001b[21muu\u001b[0m \u001b[8mc\u001b[0m\n"],
  [["[b]b[/b] [i]i[/i] [s]s[/s] [not bold]nb[/] [strike]st[/] [blink]bl[/] [overline]o[/] [uu]uu[/] [conceal]c[/]"], {"width": 500, "colorSystem": "standard"}, "\u001b[1mb\u001b[0m \u001b[3mi\u001b[0m \u001b[9ms\u001b[0m nb \u001b[9mst\u001b[0m \u001b[5mbl\u001b[0m \u001b[53mo\u001b[0m \u001b[21muu\u001b[0m \u001b[8mc\u001b[0m\n"],
  [["[b]b[/b] [i]i[/i] [s]s[/s] [not bold]nb[/] [strike]st[/] [blink]bl[/] [overline]o[/] [uu]uu[/] [conceal]c[/]"], {"width": 40, "colorSystem": "256"}, "\u001b[1mb\u001b[0m \u001b[3mi\u001b[0m \u001b[9ms\u001b[0m nb \u001b[9mst\u001b[0m \u001b[5mbl\u001b[0m \u001b[53mo\u001b[0m \u001b[21muu\u001b[0m \u001b[8mc\u001b[0m\n"],
  [["[code]code[/code] [strong]s[/strong] [repr.number]n[/] [none]none[/none] [reset]r[/reset]"], {"width": 40, "colorSystem": null}, "code s n none r\n"],
  [["[code]code[/code] [strong]s[/strong] [repr.number]n[/] [none]none[/none] [reset]r[/reset]"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1;7mcode\u001b[0m \u001b[1ms\u001b[0m \u001b[1;36mn\u001b[0m none \u001b[39;49mr\u001b[0m\n"],
  [["[code]code[/code] [strong]s[/strong] [repr.number]n[/] [none]none[/none] [reset]r[/reset]"], {"width": 500, "colorSystem": "standard"}, "\u001b[1;7mcode\u001b[0m \u001b[1ms\u001b[0m \u001b[1;36mn\u001b[0m none \u001b[39;49mr\u001b[0m\n"],
  [["[code]code[/code] [strong]s[/strong] [repr.number]n[/] [none]none[/none] [reset]r[/reset]"], {"width": 40, "colorSystem": "256"}, "\u001b[1;7mcode\u001b[0m \u001b[1ms\u001b[0m \u001b[1;36mn\u001b[0m none \u001b[39;49mr\u001b[0m\n"],
  [["Hello, sleeping_func number 1, this line is too long for forty columns!"], {"width": 40, "colorSystem": null}, "Hello, sleeping_func number 1, this line\nis too long for forty columns!\n"],
  [["Hello, sleeping_func number 1, this line is too long for forty columns!"], {"width": 500, "colorSystem": "truecolor"}, "Hello, sleeping_func number \u001b[1;36m1\u001b[0m, this line is too long for forty columns!\n"],
  [["Hello, sleeping_func number 1, this line is too long for forty columns!"], {"width": 500, "colorSystem": "standard"}, "Hello, sleeping_func number \u001b[1;36m1\u001b[0m, this line is too long for forty columns!\n"],
  [["Hello, sleeping_func number 1, this line is too long for forty columns!"], {"width": 40, "colorSystem": "256"}, "Hello, sleeping_func number \u001b[1;36m1\u001b[0m, this line\nis too long for forty columns!\n"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 40, "colorSystem": null}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxx\n"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 500, "colorSystem": "truecolor"}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 500, "colorSystem": "standard"}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 40, "colorSystem": "256"}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxx\n"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 40, "colorSystem": null}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxx\n"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 500, "colorSystem": "truecolor"}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 500, "colorSystem": "standard"}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 40, "colorSystem": "256"}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxx\n"],
  [["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb c"], {"width": 40, "colorSystem": null}, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\nbbbbb c\n"],
  [["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb c"], {"width": 500, "colorSystem": "truecolor"}, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb c\n"],
  [["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb c"], {"width": 500, "colorSystem": "standard"}, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb c\n"],
  [["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb c"], {"width": 40, "colorSystem": "256"}, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\nbbbbb c\n"],
  [["word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces "], {"width": 40, "colorSystem": null}, "word   with    multiple     spaces word \nwith    multiple     spaces word   with \nmultiple     spaces word   with    \nmultiple     spaces \n"],
  [["word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces "], {"width": 500, "colorSystem": "truecolor"}, "word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces \n"],
  [["word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces "], {"width": 500, "colorSystem": "standard"}, "word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces \n"],
  [["word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces word   with    multiple     spaces "], {"width": 40, "colorSystem": "256"}, "word   with    multiple     spaces word \nwith    multiple     spaces word   with \nmultiple     spaces word   with    \nmultiple     spaces \n"],
  [["trailing spaces          trailing spaces          trailing spaces          "], {"width": 40, "colorSystem": null}, "trailing spaces          trailing spaces\ntrailing spaces          \n"],
  [["trailing spaces          trailing spaces          trailing spaces          "], {"width": 500, "colorSystem": "truecolor"}, "trailing spaces          trailing spaces          trailing spaces          \n"],
  [["trailing spaces          trailing spaces          trailing spaces          "], {"width": 500, "colorSystem": "standard"}, "trailing spaces          trailing spaces          trailing spaces          \n"],
  [["trailing spaces          trailing spaces          trailing spaces          "], {"width": 40, "colorSystem": "256"}, "trailing spaces          trailing spaces\ntrailing spaces          \n"],
  [["line one\nline two\n\nline four"], {"width": 40, "colorSystem": null}, "line one\nline two\n\nline four\n"],
  [["line one\nline two\n\nline four"], {"width": 500, "colorSystem": "truecolor"}, "line one\nline two\n\nline four\n"],
  [["line one\nline two\n\nline four"], {"width": 500, "colorSystem": "standard"}, "line one\nline two\n\nline four\n"],
  [["line one\nline two\n\nline four"], {"width": 40, "colorSystem": "256"}, "line one\nline two\n\nline four\n"],
  [["ends with newline\n"], {"width": 40, "colorSystem": null}, "ends with newline\n\n"],
  [["ends with newline\n"], {"width": 500, "colorSystem": "truecolor"}, "ends with newline\n\n"],
  [["ends with newline\n"], {"width": 500, "colorSystem": "standard"}, "ends with newline\n\n"],
  [["ends with newline\n"], {"width": 40, "colorSystem": "256"}, "ends with newline\n\n"],
  [["[bold]multi\nline[/bold] text"], {"width": 40, "colorSystem": null}, "multi\nline text\n"],
  [["[bold]multi\nline[/bold] text"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1mmulti\u001b[0m\n\u001b[1mline\u001b[0m text\n"],
  [["[bold]multi\nline[/bold] text"], {"width": 500, "colorSystem": "standard"}, "\u001b[1mmulti\u001b[0m\n\u001b[1mline\u001b[0m text\n"],
  [["[bold]multi\nline[/bold] text"], {"width": 40, "colorSystem": "256"}, "\u001b[1mmulti\u001b[0m\n\u001b[1mline\u001b[0m text\n"],
  [["tab\there and\tthere [bold]bo\tld[/]"], {"width": 40, "colorSystem": null}, "tab     here and        there bo        \nld\n"],
  [["tab\there and\tthere [bold]bo\tld[/]"], {"width": 500, "colorSystem": "truecolor"}, "tab     here and        there \u001b[1mbo \u001b[0m       \u001b[1mld\u001b[0m\n"],
  [["tab\there and\tthere [bold]bo\tld[/]"], {"width": 500, "colorSystem": "standard"}, "tab     here and        there \u001b[1mbo \u001b[0m       \u001b[1mld\u001b[0m\n"],
  [["tab\there and\tthere [bold]bo\tld[/]"], {"width": 40, "colorSystem": "256"}, "tab     here and        there \u001b[1mbo \u001b[0m       \n\u001b[1mld\u001b[0m\n"],
  [[], {"width": 40, "colorSystem": null}, "\n"],
  [[], {"width": 500, "colorSystem": "truecolor"}, "\n"],
  [[], {"width": 500, "colorSystem": "standard"}, "\n"],
  [[], {"width": 40, "colorSystem": "256"}, "\n"],
  [[""], {"width": 40, "colorSystem": null}, "\n"],
  [[""], {"width": 500, "colorSystem": "truecolor"}, "\n"],
  [[""], {"width": 500, "colorSystem": "standard"}, "\n"],
  [[""], {"width": 40, "colorSystem": "256"}, "\n"],
  [["", ""], {"width": 40, "colorSystem": null}, " \n"],
  [["", ""], {"width": 500, "colorSystem": "truecolor"}, " \n"],
  [["", ""], {"width": 500, "colorSystem": "standard"}, " \n"],
  [["", ""], {"width": 40, "colorSystem": "256"}, " \n"],
  [[{"repr": "1.5"}, {"repr": "None"}, {"repr": "True"}, "x"], {"width": 40, "colorSystem": null}, "1.5 None True x\n"],
  [[{"repr": "1.5"}, {"repr": "None"}, {"repr": "True"}, "x"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1;36m1.5\u001b[0m \u001b[3;35mNone\u001b[0m \u001b[3;92mTrue\u001b[0m x\n"],
  [[{"repr": "1.5"}, {"repr": "None"}, {"repr": "True"}, "x"], {"width": 500, "colorSystem": "standard"}, "\u001b[1;36m1.5\u001b[0m \u001b[3;35mNone\u001b[0m \u001b[3;92mTrue\u001b[0m x\n"],
  [[{"repr": "1.5"}, {"repr": "None"}, {"repr": "True"}, "x"], {"width": 40, "colorSystem": "256"}, "\u001b[1;36m1.5\u001b[0m \u001b[3;35mNone\u001b[0m \u001b[3;92mTrue\u001b[0m x\n"],
  [["numbers 1 2.5 -3 1e10 0xff 3+4j and 1.00s"], {"width": 40, "colorSystem": null}, "numbers 1 2.5 -3 1e10 0xff 3+4j and \n1.00s\n"],
  [["numbers 1 2.5 -3 1e10 0xff 3+4j and 1.00s"], {"width": 500, "colorSystem": "truecolor"}, "numbers \u001b[1;36m1\u001b[0m \u001b[1;36m2.5\u001b[0m \u001b[1;36m-3\u001b[0m \u001b[1;36m1e10\u001b[0m \u001b[1;36m0xff\u001b[0m \u001b[1;36m3+4j\u001b[0m and \u001b[1;36m1.\u001b[0m00s\n"],
  [["numbers 1 2.5 -3 1e10 0xff 3+4j and 1.00s"], {"width": 500, "colorSystem": "standard"}, "numbers \u001b[1;36m1\u001b[0m \u001b[1;36m2.5\u001b[0m \u001b[1;36m-3\u001b[0m \u001b[1;36m1e10\u001b[0m \u001b[1;36m0xff\u001b[0m \u001b[1;36m3+4j\u001b[0m and \u001b[1;36m1.\u001b[0m00s\n"],
  [["numbers 1 2.5 -3 1e10 0xff 3+4j and 1.00s"], {"width": 40, "colorSystem": "256"}, "numbers \u001b[1;36m1\u001b[0m \u001b[1;36m2.5\u001b[0m \u001b[1;36m-3\u001b[0m \u001b[1;36m1e10\u001b[0m \u001b[1;36m0xff\u001b[0m \u001b[1;36m3+4j\u001b[0m and \n\u001b[1;36m1.\u001b[0m00s\n"],
  [["strings 'single' \"double\" and a path /usr/lib/file.py http://x.com/a?b=1"], {"width": 40, "colorSystem": null}, "strings 'single' \"double\" and a path \n/usr/lib/file.py http://x.com/a?b=1\n"],
  [["strings 'single' \"double\" and a path /usr/lib/file.py http://x.com/a?b=1"], {"width": 500, "colorSystem": "truecolor"}, "strings \u001b[32m'single'\u001b[0m \u001b[32m\"double\"\u001b[0m and a path \u001b[35m/usr/lib/\u001b[0m\u001b[95mfile.py\u001b[0m \u001b[4;94mhttp://x.com/a?\u001b[0m\u001b[4;94mb\u001b[0m\u001b[4;94m=\u001b[0m\u001b[4;94m1\u001b[0m\n"],
  [["strings 'single' \"double\" and a path /usr/lib/file.py http://x.com/a?b=1"], {"width": 500, "colorSystem": "standard"}, "strings \u001b[32m'single'\u001b[0m \u001b[32m\"double\"\u001b[0m and a path \u001b[35m/usr/lib/\u001b[0m\u001b[95mfile.py\u001b[0m \u001b[4;94mhttp://x.com/a?\u001b[0m\u001b[4;94mb\u001b[0m\u001b[4;94m=\u001b[0m\u001b[4;94m1\u001b[0m\n"],
  [["strings 'single' \"double\" and a path /usr/lib/file.py http://x.com/a?b=1"], {"width": 40, "colorSystem": "256"}, "strings \u001b[32m'single'\u001b[0m \u001b[32m\"double\"\u001b[0m and a path \n\u001b[35m/usr/lib/\u001b[0m\u001b[95mfile.py\u001b[0m \u001b[4;94mhttp://x.com/a?\u001b[0m\u001b[4;94mb\u001b[0m\u001b[4;94m=\u001b[0m\u001b[4;94m1\u001b[0m\n"],
  [["call foo(1, x=2) <Task pending name='Task-1' coro=<main() running>> ... True False None"], {"width": 40, "colorSystem": null}, "call foo(1, x=2) <Task pending \nname='Task-1' coro=<main() running>> ...\nTrue False None\n"],
  [["call foo(1, x=2) <Task pending name='Task-1' coro=<main() running>> ... True False None"], {"width": 500, "colorSystem": "truecolor"}, "call \u001b[1;35mfoo\u001b[0m\u001b[1m(\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[33mx\u001b[0m=\u001b[1;36m2\u001b[0m\u001b[1m)\u001b[0m \u001b[1m<\u001b[0m\u001b[1;95mTask\u001b[0m\u001b[39m pending \u001b[0m\u001b[33mname\u001b[0m\u001b[39m=\u001b[0m\u001b[32m'Task-1'\u001b[0m\u001b[39m \u001b[0m\u001b[33mcoro\u001b[0m\u001b[39m=<\u001b[0m\u001b[1;35mmain\u001b[0m\u001b[1;39m(\u001b[0m\u001b[1;39m)\u001b[0m\u001b[39m running>\u001b[0m\u001b[1m>\u001b[0m \u001b[33m...\u001b[0m \u001b[3;92mTrue\u001b[0m \u001b[3;91mFalse\u001b[0m \u001b[3;35mNone\u001b[0m\n"],
  [["call foo(1, x=2) <Task pending name='Task-1' coro=<main() running>> ... True False None"], {"width": 500, "colorSystem": "standard"}, "call \u001b[1;35mfoo\u001b[0m\u001b[1m(\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[33mx\u001b[0m=\u001b[1;36m2\u001b[0m\u001b[1m)\u001b[0m \u001b[1m<\u001b[0m\u001b[1;95mTask\u001b[0m\u001b[39m pending \u001b[0m\u001b[33mname\u001b[0m\u001b[39m=\u001b[0m\u001b[32m'Task-1'\u001b[0m\u001b[39m \u001b[0m\u001b[33mcoro\u001b[0m\u001b[39m=<\u001b[0m\u001b[1;35mmain\u001b[0m\u001b[1;39m(\u001b[0m\u001b[1;39m)\u001b[0m\u001b[39m running>\u001b[0m\u001b[1m>\u001b[0m \u001b[33m...\u001b[0m \u001b[3;92mTrue\u001b[0m \u001b[3;91mFalse\u001b[0m \u001b[3;35mNone\u001b[0m\n"],
  [["call foo(1, x=2) <Task pending name='Task-1' coro=<main() running>> ... True False None"], {"width": 40, "colorSystem": "256"}, "call \u001b[1;35mfoo\u001b[0m\u001b[1m(\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[33mx\u001b[0m=\u001b[1;36m2\u001b[0m\u001b[1m)\u001b[0m \u001b[1m<\u001b[0m\u001b[1;95mTask\u001b[0m\u001b[39m pending \u001b[0m\n\u001b[33mname\u001b[0m\u001b[39m=\u001b[0m\u001b[32m'Task-1'\u001b[0m\u001b[39m \u001b[0m\u001b[33mcoro\u001b[0m\u001b[39m=<\u001b[0m\u001b[1;35mmain\u001b[0m\u001b[1;39m(\u001b[0m\u001b[1;39m)\u001b[0m\u001b[39m running>\u001b[0m\u001b[1m>\u001b[0m \u001b[33m...\u001b[0m\n\u001b[3;92mTrue\u001b[0m \u001b[3;91mFalse\u001b[0m \u001b[3;35mNone\u001b[0m\n"],
  [["uuid 123e4567-e89b-12d3-a456-426614174000 ip 192.168.0.1 mac 01:23:45:67:89:ab"], {"width": 40, "colorSystem": null}, "uuid \n123e4567-e89b-12d3-a456-426614174000 ip \n192.168.0.1 mac 01:23:45:67:89:ab\n"],
  [["uuid 123e4567-e89b-12d3-a456-426614174000 ip 192.168.0.1 mac 01:23:45:67:89:ab"], {"width": 500, "colorSystem": "truecolor"}, "uuid \u001b[93m123e4567-e89b-12d3-a456-426614174000\u001b[0m ip \u001b[1;92m192.168.0.1\u001b[0m mac \u001b[1;92m01:23:45:67:89:ab\u001b[0m\n"],
  [["uuid 123e4567-e89b-12d3-a456-426614174000 ip 192.168.0.1 mac 01:23:45:67:89:ab"], {"width": 500, "colorSystem": "standard"}, "uuid \u001b[93m123e4567-e89b-12d3-a456-426614174000\u001b[0m ip \u001b[1;92m192.168.0.1\u001b[0m mac \u001b[1;92m01:23:45:67:89:ab\u001b[0m\n"],
  [["uuid 123e4567-e89b-12d3-a456-426614174000 ip 192.168.0.1 mac 01:23:45:67:89:ab"], {"width": 40, "colorSystem": "256"}, "uuid \n\u001b[93m123e4567-e89b-12d3-a456-426614174000\u001b[0m ip \n\u001b[1;92m192.168.0.1\u001b[0m mac \u001b[1;92m01:23:45:67:89:ab\u001b[0m\n"],
  [["emoji :rocket: :thumbs_up: :warning-emoji: :smile-text: 12:30:45 :notanemoji:"], {"width": 40, "colorSystem": null}, "emoji 🚀 👍 ⚠️ 😄︎ 12:30:45 :notanemoji:\n"],
  [["emoji :rocket: :thumbs_up: :warning-emoji: :smile-text: 12:30:45 :notanemoji:"], {"width": 500, "colorSystem": "truecolor"}, "emoji 🚀 👍 ⚠️ 😄︎ \u001b[1;92m12:30:45\u001b[0m :notanemoji:\n"],
  [["emoji :rocket: :thumbs_up: :warning-emoji: :smile-text: 12:30:45 :notanemoji:"], {"width": 500, "colorSystem": "standard"}, "emoji 🚀 👍 ⚠️ 😄︎ \u001b[1;92m12:30:45\u001b[0m :notanemoji:\n"],
  [["emoji :rocket: :thumbs_up: :warning-emoji: :smile-text: 12:30:45 :notanemoji:"], {"width": 40, "colorSystem": "256"}, "emoji 🚀 👍 ⚠️ 😄︎ \u001b[1;92m12:30:45\u001b[0m :notanemoji:\n"],
  [["wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです "], {"width": 40, "colorSystem": null}, "wide 日本語のテキストです wide \n日本語のテキストです wide \n日本語のテキストです wide \n日本語のテキストです \n"],
  [["wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです "], {"width": 500, "colorSystem": "truecolor"}, "wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです \n"],
  [["wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです "], {"width": 500, "colorSystem": "standard"}, "wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです \n"],
  [["wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです wide 日本語のテキストです "], {"width": 40, "colorSystem": "256"}, "wide 日本語のテキストです wide \n日本語のテキストです wide \n日本語のテキストです wide \n日本語のテキストです \n"],
  [["[bold]yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy[/bold] tail"], {"width": 40, "colorSystem": null}, "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\nyyyyy tail\n"],
  [["[bold]yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy[/bold] tail"], {"width": 500, "colorSystem": "truecolor"}, "\u001b[1myyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\u001b[0m tail\n"],
  [["[bold]yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy[/bold] tail"], {"width": 500, "colorSystem": "standard"}, "\u001b[1myyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\u001b[0m tail\n"],
  [["[bold]yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy[/bold] tail"], {"width": 40, "colorSystem": "256"}, "\u001b[1myyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\u001b[0m\n\u001b[1myyyyy\u001b[0m tail\n"],
  [["ctrl \u0007bell \rcr \u000bvt"], {"width": 40, "colorSystem": null}, "ctrl bell cr vt\n"],
  [["ctrl \u0007bell \rcr \u000bvt"], {"width": 500, "colorSystem": "truecolor"}, "ctrl bell cr vt\n"],
  [["ctrl \u0007bell \rcr \u000bvt"], {"width": 500, "colorSystem": "standard"}, "ctrl bell cr vt\n"],
  [["ctrl \u0007bell \rcr \u000bvt"], {"width": 40, "colorSystem": "256"}, "ctrl bell cr vt\n"],
  [["a", "[red]b[/red]", "c"], {"width": 40, "colorSystem": null, "sep": " | "}, "a | b | c\n"],
  [["a", "b"], {"width": 40, "colorSystem": null, "sep": "-", "end": ""}, "a-b"],
  [["a", "b"], {"width": 40, "colorSystem": null, "sep": "", "end": "!\n"}, "ab!\n"],
  [["a", "b"], {"width": 40, "colorSystem": null, "sep": "\n"}, "a\nb\n"],
  [["[bold]MainProcess     [/bold] [[green bold] 1.00s[/]]", "first part"], {"width": 40, "colorSystem": null, "end": " <no newline> "}, "MainProcess      [ 1.00s] first part <no"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 40, "colorSystem": null, "end": " <no newline> "}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx <"],
  [[], {"width": 40, "colorSystem": null, "end": ""}, "\n"],
  [["[red]x[/red] 1"], {"width": 40, "colorSystem": null, "markup": false}, "[red]x[/red] 1\n"],
  [["[red]x[/red] 1"], {"width": 40, "colorSystem": null, "highlight": false}, "x 1\n"],
  [["a", "[red]b[/red]", "c"], {"width": 40, "colorSystem": "truecolor", "sep": " | "}, "a | \u001b[31mb\u001b[0m | c\n"],
  [["a", "b"], {"width": 40, "colorSystem": "truecolor", "sep": "-", "end": ""}, "a-b"],
  [["a", "b"], {"width": 40, "colorSystem": "truecolor", "sep": "", "end": "!\n"}, "ab!\n"],
  [["a", "b"], {"width": 40, "colorSystem": "truecolor", "sep": "\n"}, "a\nb\n"],
  [["[bold]MainProcess     [/bold] [[green bold] 1.00s[/]]", "first part"], {"width": 40, "colorSystem": "truecolor", "end": " <no newline> "}, "\u001b[1mMainProcess     \u001b[0m \u001b[1m[\u001b[0m\u001b[1;32m \u001b[0m\u001b[1;32m1.\u001b[0m\u001b[1;32m00s\u001b[0m\u001b[1m]\u001b[0m first part <no"],
  [["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], {"width": 40, "colorSystem": "truecolor", "end": " <no newline> "}, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx <"],
  [[], {"width": 40, "colorSystem": "truecolor", "end": ""}, "\n"],
  [["[red]x[/red] 1"], {"width": 40, "colorSystem": "truecolor", "markup": false}, "\u001b[1m[\u001b[0mred\u001b[1m]\u001b[0mx\u001b[1m[\u001b[0m\u001b[35m/\u001b[0m\u001b[95mred\u001b[0m\u001b[1m]\u001b[0m \u001b[1;36m1\u001b[0m\n"],
  [["[red]x[/red] 1"], {"width": 40, "colorSystem": "truecolor", "highlight": false}, "\u001b[31mx\u001b[0m 1\n"],
  [["[#ff8800]o[/] [#808080]g[/] [#000000]k[/] [#fefefe]w[/] [rgb(95,135,175)]c[/] [#7f7f7f]m[/] [grey50]g50[/] [navy_blue]n[/] [on #336699]bg[/]"], {"width": 40, "colorSystem": "truecolor"}, "\u001b[38;2;255;136;0mo\u001b[0m \u001b[38;2;128;128;128mg\u001b[0m \u001b[38;2;0;0;0mk\u001b[0m \u001b[38;2;254;254;254mw\u001b[0m \u001b[38;2;95;135;175mc\u001b[0m \u001b[38;2;127;127;127mm\u001b[0m \u001b[38;5;244mg50\u001b[0m \u001b[38;5;17mn\u001b[0m \u001b[48;2;51;102;153mbg\u001b[0m\n"],
  [["[#ff8800]o[/] [#808080]g[/] [#000000]k[/] [#fefefe]w[/] [rgb(95,135,175)]c[/] [#7f7f7f]m[/] [grey50]g50[/] [navy_blue]n[/] [on #336699]bg[/]"], {"width": 40, "colorSystem": "256"}, "\u001b[38;5;208mo\u001b[0m \u001b[38;5;244mg\u001b[0m \u001b[38;5;16mk\u001b[0m \u001b[38;5;231mw\u001b[0m \u001b[38;5;67mc\u001b[0m \u001b[38;5;243mm\u001b[0m \u001b[38;5;244mg50\u001b[0m \u001b[38;5;17mn\u001b[0m \u001b[48;5;60mbg\u001b[0m\n"],
  [["[#ff8800]o[/] [#808080]g[/] [#000000]k[/] [#fefefe]w[/] [rgb(95,135,175)]c[/] [#7f7f7f]m[/] [grey50]g50[/] [navy_blue]n[/] [on #336699]bg[/]"], {"width": 40, "colorSystem": "standard"}, "\u001b[91mo\u001b[0m \u001b[37mg\u001b[0m \u001b[30mk\u001b[0m \u001b[97mw\u001b[0m \u001b[37mc\u001b[0m \u001b[90mm\u001b[0m \u001b[37mg50\u001b[0m \u001b[34mn\u001b[0m \u001b[100mbg\u001b[0m\n"],
  [["[red]x[/blue]"], {"width": 40, "colorSystem": null}, {"error": "closing tag '[/blue]' at position 6 doesn't match any open tag"}],
  [["[red]x[/blue]"], {"width": 30, "colorSystem": null, "end": ""}, {"error": "closing tag '[/blue]' at position 6 doesn't match any open tag"}],
  [["[red]x[/blue]"], {"width": 40, "colorSystem": "truecolor"}, {"error": "closing tag '[/blue]' at position 6 doesn't match any open tag"}],
  [["[red]x[/blue]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, {"error": "closing tag '[/blue]' at position 6 doesn't match any open tag"}],
  [["[/]"], {"width": 40, "colorSystem": null}, {"error": "closing tag '[/]' at position 0 has nothing to close"}],
  [["[/]"], {"width": 30, "colorSystem": null, "end": ""}, {"error": "closing tag '[/]' at position 0 has nothing to close"}],
  [["[/]"], {"width": 40, "colorSystem": "truecolor"}, {"error": "closing tag '[/]' at position 0 has nothing to close"}],
  [["[/]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, {"error": "closing tag '[/]' at position 0 has nothing to close"}],
  [["x [/bold]"], {"width": 40, "colorSystem": null}, {"error": "closing tag '[/bold]' at position 2 doesn't match any open tag"}],
  [["x [/bold]"], {"width": 30, "colorSystem": null, "end": ""}, {"error": "closing tag '[/bold]' at position 2 doesn't match any open tag"}],
  [["x [/bold]"], {"width": 40, "colorSystem": "truecolor"}, {"error": "closing tag '[/bold]' at position 2 doesn't match any open tag"}],
  [["x [/bold]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, {"error": "closing tag '[/bold]' at position 2 doesn't match any open tag"}],
  [["[bold]x[/ bold ] y"], {"width": 40, "colorSystem": null}, "x y\n"],
  [["[bold]x[/ bold ] y"], {"width": 30, "colorSystem": null, "end": ""}, "x y"],
  [["[bold]x[/ bold ] y"], {"width": 40, "colorSystem": "truecolor"}, "\u001b[1mx\u001b[0m y\n"],
  [["[bold]x[/ bold ] y"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "\u001b[1mx\u001b[0m y"],
  [["[red bold]x[/bold red] y"], {"width": 40, "colorSystem": null}, "x y\n"],
  [["[red bold]x[/bold red] y"], {"width": 30, "colorSystem": null, "end": ""}, "x y"],
  [["[red bold]x[/bold red] y"], {"width": 40, "colorSystem": "truecolor"}, "\u001b[1;31mx\u001b[0m y\n"],
  [["[red bold]x[/bold red] y"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "\u001b[1;31mx\u001b[0m y"],
  [["[Bold]x[/Bold] [#FF0000]y[/#ff0000]"], {"width": 40, "colorSystem": null}, {"error": "closing tag '[/Bold]' at position 7 doesn't match any open tag"}],
  [["[Bold]x[/Bold] [#FF0000]y[/#ff0000]"], {"width": 30, "colorSystem": null, "end": ""}, {"error": "closing tag '[/Bold]' at position 7 doesn't match any open tag"}],
  [["[Bold]x[/Bold] [#FF0000]y[/#ff0000]"], {"width": 40, "colorSystem": "truecolor"}, {"error": "closing tag '[/Bold]' at position 7 doesn't match any open tag"}],
  [["[Bold]x[/Bold] [#FF0000]y[/#ff0000]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, {"error": "closing tag '[/Bold]' at position 7 doesn't match any open tag"}],
  [["[on]x[/on]"], {"width": 40, "colorSystem": null}, "x\n"],
  [["[on]x[/on]"], {"width": 30, "colorSystem": null, "end": ""}, "x"],
  [["[on]x[/on]"], {"width": 40, "colorSystem": "truecolor"}, "x\n"],
  [["[on]x[/on]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "x"],
  [["[/foo=bar]"], {"width": 40, "colorSystem": null}, {"error": "closing tag '[/foo=bar]' at position 0 doesn't match any open tag"}],
  [["[/foo=bar]"], {"width": 30, "colorSystem": null, "end": ""}, {"error": "closing tag '[/foo=bar]' at position 0 doesn't match any open tag"}],
  [["[/foo=bar]"], {"width": 40, "colorSystem": "truecolor"}, {"error": "closing tag '[/foo=bar]' at position 0 doesn't match any open tag"}],
  [["[/foo=bar]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, {"error": "closing tag '[/foo=bar]' at position 0 doesn't match any open tag"}],
  [["[b][i]x[/b]y[/i]z"], {"width": 40, "colorSystem": null}, "xyz\n"],
  [["[b][i]x[/b]y[/i]z"], {"width": 30, "colorSystem": null, "end": ""}, "xyz"],
  [["[b][i]x[/b]y[/i]z"], {"width": 40, "colorSystem": "truecolor"}, "\u001b[1;3mx\u001b[0m\u001b[3my\u001b[0mz\n"],
  [["[b][i]x[/b]y[/i]z"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "\u001b[1;3mx\u001b[0m\u001b[3my\u001b[0mz"],
  [["[bold]a[/bold][/]"], {"width": 40, "colorSystem": null}, {"error": "closing tag '[/]' at position 14 has nothing to close"}],
  [["[bold]a[/bold][/]"], {"width": 30, "colorSystem": null, "end": ""}, {"error": "closing tag '[/]' at position 14 has nothing to close"}],
  [["[bold]a[/bold][/]"], {"width": 40, "colorSystem": "truecolor"}, {"error": "closing tag '[/]' at position 14 has nothing to close"}],
  [["[bold]a[/bold][/]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, {"error": "closing tag '[/]' at position 14 has nothing to close"}],
  [["[a=1]x[/a] [x=[y]] [[[z]]]"], {"width": 40, "colorSystem": null}, "x [x=] [[]]\n"],
  [["[a=1]x[/a] [x=[y]] [[[z]]]"], {"width": 30, "colorSystem": null, "end": ""}, "x [x=] [[]]"],
  [["[a=1]x[/a] [x=[y]] [[[z]]]"], {"width": 40, "colorSystem": "truecolor"}, "x \u001b[1m[\u001b[0m\u001b[33mx\u001b[0m=\u001b[1m]\u001b[0m \u001b[1m[\u001b[0m\u001b[1m[\u001b[0m\u001b[1m]\u001b[0m\u001b[1m]\u001b[0m\n"],
  [["[a=1]x[/a] [x=[y]] [[[z]]]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "x \u001b[1m[\u001b[0m\u001b[33mx\u001b[0m=\u001b[1m]\u001b[0m \u001b[1m[\u001b[0m\u001b[1m[\u001b[0m\u001b[1m]\u001b[0m\u001b[1m]\u001b[0m"],
  [["[green]ok [bold]nested [/green]still bold[/]"], {"width": 40, "colorSystem": null}, "ok nested still bold\n"],
  [["[green]ok [bold]nested [/green]still bold[/]"], {"width": 30, "colorSystem": null, "end": ""}, "ok nested still bold"],
  [["[green]ok [bold]nested [/green]still bold[/]"], {"width": 40, "colorSystem": "truecolor"}, "\u001b[32mok \u001b[0m\u001b[1;32mnested \u001b[0m\u001b[1mstill bold\u001b[0m\n"],
  [["[green]ok [bold]nested [/green]still bold[/]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "\u001b[32mok \u001b[0m\u001b[1;32mnested \u001b[0m\u001b[1mstill bold\u001b[0m"],
  [["a", {"repr": "[1, 2]", "pretty": true}, "b"], {"width": 40, "colorSystem": null}, "a\n[1, 2]\nb\n"],
  [["a", {"repr": "[1, 2]", "pretty": true}, "b"], {"width": 30, "colorSystem": null, "end": ""}, "a[1, 2]\nb"],
  [["a", {"repr": "[1, 2]", "pretty": true}, "b"], {"width": 40, "colorSystem": "truecolor"}, "a\n\u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1;36m2\u001b[0m\u001b[1m]\u001b[0m\nb\n"],
  [["a", {"repr": "[1, 2]", "pretty": true}, "b"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "a\u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1;36m2\u001b[0m\u001b[1m]\u001b[0m\nb"],
  [[{"repr": "[1, 'two', None, 3.5]", "pretty": true}, {"repr": "{'k': (1, 2)}", "pretty": true}], {"width": 40, "colorSystem": null}, "[1, 'two', None, 3.5]\n{'k': (1, 2)}\n"],
  [[{"repr": "[1, 'two', None, 3.5]", "pretty": true}, {"repr": "{'k': (1, 2)}", "pretty": true}], {"width": 30, "colorSystem": null, "end": ""}, "[1, 'two', None, 3.5]\n{'k': (1, 2)}\n"],
  [[{"repr": "[1, 'two', None, 3.5]", "pretty": true}, {"repr": "{'k': (1, 2)}", "pretty": true}], {"width": 40, "colorSystem": "truecolor"}, "\u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[32m'two'\u001b[0m, \u001b[3;35mNone\u001b[0m, \u001b[1;36m3.5\u001b[0m\u001b[1m]\u001b[0m\n\u001b[1m{\u001b[0m\u001b[32m'k'\u001b[0m: \u001b[1m(\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1;36m2\u001b[0m\u001b[1m)\u001b[0m\u001b[1m}\u001b[0m\n"],
  [[{"repr": "[1, 'two', None, 3.5]", "pretty": true}, {"repr": "{'k': (1, 2)}", "pretty": true}], {"width": 30, "colorSystem": "truecolor", "end": ""}, "\u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[32m'two'\u001b[0m, \u001b[3;35mNone\u001b[0m, \u001b[1;36m3.5\u001b[0m\u001b[1m]\u001b[0m\n\u001b[1m{\u001b[0m\u001b[32m'k'\u001b[0m: \u001b[1m(\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1;36m2\u001b[0m\u001b[1m)\u001b[0m\u001b[1m}\u001b[0m\n"],
  [[{"repr": "{'a': [1, {2, 3}]}", "pretty": true}], {"width": 40, "colorSystem": null}, "{'a': [1, {2, 3}]}\n"],
  [[{"repr": "{'a': [1, {2, 3}]}", "pretty": true}], {"width": 30, "colorSystem": null, "end": ""}, "{'a': [1, {2, 3}]}\n"],
  [[{"repr": "{'a': [1, {2, 3}]}", "pretty": true}], {"width": 40, "colorSystem": "truecolor"}, "\u001b[1m{\u001b[0m\u001b[32m'a'\u001b[0m: \u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1m{\u001b[0m\u001b[1;36m2\u001b[0m, \u001b[1;36m3\u001b[0m\u001b[1m}\u001b[0m\u001b[1m]\u001b[0m\u001b[1m}\u001b[0m\n"],
  [[{"repr": "{'a': [1, {2, 3}]}", "pretty": true}], {"width": 30, "colorSystem": "truecolor", "end": ""}, "\u001b[1m{\u001b[0m\u001b[32m'a'\u001b[0m: \u001b[1m[\u001b[0m\u001b[1;36m1\u001b[0m, \u001b[1m{\u001b[0m\u001b[1;36m2\u001b[0m, \u001b[1;36m3\u001b[0m\u001b[1m}\u001b[0m\u001b[1m]\u001b[0m\u001b[1m}\u001b[0m\n"],
  [[{"repr": "[]", "pretty": true}], {"width": 40, "colorSystem": null}, "[]\n"],
  [[{"repr": "[]", "pretty": true}], {"width": 30, "colorSystem": null, "end": ""}, "[]\n"],
  [[{"repr": "[]", "pretty": true}], {"width": 40, "colorSystem": "truecolor"}, "\u001b[1m[\u001b[0m\u001b[1m]\u001b[0m\n"],
  [[{"repr": "[]", "pretty": true}], {"width": 30, "colorSystem": "truecolor", "end": ""}, "\u001b[1m[\u001b[0m\u001b[1m]\u001b[0m\n"],
  [[{"repr": "()", "pretty": true}], {"width": 40, "colorSystem": null}, "()\n"],
  [[{"repr": "()", "pretty": true}], {"width": 30, "colorSystem": null, "end": ""}, "()\n"],
  [[{"repr": "()", "pretty": true}], {"width": 40, "colorSystem": "truecolor"}, "\u001b[1m(\u001b[0m\u001b[1m)\u001b[0m\n"],
  [[{"repr": "()", "pretty": true}], {"width": 30, "colorSystem": "truecolor", "end": ""}, "\u001b[1m(\u001b[0m\u001b[1m)\u001b[0m\n"],
  [["x", {"repr": "{}", "pretty": true}], {"width": 40, "colorSystem": null}, "x\n{}\n"],
  [["x", {"repr": "{}", "pretty": true}], {"width": 30, "colorSystem": null, "end": ""}, "x{}\n"],
  [["x", {"repr": "{}", "pretty": true}], {"width": 40, "colorSystem": "truecolor"}, "x\n\u001b[1m{\u001b[0m\u001b[1m}\u001b[0m\n"],
  [["x", {"repr": "{}", "pretty": true}], {"width": 30, "colorSystem": "truecolor", "end": ""}, "x\u001b[1m{\u001b[0m\u001b[1m}\u001b[0m\n"],
  [["a\tb\tc", "[bold]x\ty[/bold]"], {"width": 40, "colorSystem": null}, "a       b       c x     y\n"],
  [["a\tb\tc", "[bold]x\ty[/bold]"], {"width": 30, "colorSystem": null, "end": ""}, "a       b       c x     y"],
  [["a\tb\tc", "[bold]x\ty[/bold]"], {"width": 40, "colorSystem": "truecolor"}, "a       b       c \u001b[1mx \u001b[0m    \u001b[1my\u001b[0m\n"],
  [["a\tb\tc", "[bold]x\ty[/bold]"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "a       b       c \u001b[1mx \u001b[0m    \u001b[1my\u001b[0m"],
  [["\t\tindent"], {"width": 40, "colorSystem": null}, "                indent\n"],
  [["\t\tindent"], {"width": 30, "colorSystem": null, "end": ""}, "                indent"],
  [["\t\tindent"], {"width": 40, "colorSystem": "truecolor"}, "                indent\n"],
  [["\t\tindent"], {"width": 30, "colorSystem": "truecolor", "end": ""}, "                indent"],
  [["[italic]1.5)[/bold][red]xxxxxxxxxxxx[/]][link=http://a][/bold][/dim]"], {"width": 10, "colorSystem": null, "sep": " ", "end": "\n"}, {"error": "closing tag '[/bold]' at position 12 doesn't match any open tag"}],
  [["[italic]xxxxxxxxxxxx[/][link=http://a]\\[xxxxxxxxxxxxTrueword[/][link=http://a][link=http://a])longerword]"], {"width": 40, "colorSystem": null, "sep": " ", "end": "END"}, "xxxxxxxxxxxx[xxxxxxxxxxxxTrueword)longer\nword]END"],
  [["\\[([red][/][/dim]'q'word日本[[[italic][dim]'q'[/bold]True[red]"], {"width": 40, "colorSystem": "standard", "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 11 doesn't match any open tag"}],
  [["\n\\[[u]1.5True][bold]\n]word([/][dim][/bold]longerword日本\\[[italic]:rocket: 1.51.5"], {"width": 10, "colorSystem": "truecolor", "sep": " ", "end": "\n"}, {"error": "closing tag '[/bold]' at position 35 doesn't match any open tag"}],
  [["1.51.51.51.5[/][dim])1.5[/bold]longerword[red]longerword\nword[/][[([/bold]"], {"width": 10, "colorSystem": null, "sep": " ", "end": "END"}, {"error": "closing tag '[/]' at position 12 has nothing to close"}],
  [[":rocket:[[:rocket:  "], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": "\n"}, "🚀\u001b[1m[\u001b[0m\u001b[1m[\u001b[0m🚀  \n"],
  [["[bold][bold]\t  [dim]  longerword[u](]\n\t:rocket:]][red] [/] [dim]longerword[[longerword[dim]"], {"width": 40, "colorSystem": "standard", "sep": " ", "end": "\n"}, "\u001b[1m \u001b[0m       \u001b[1m  \u001b[0m\u001b[1;2m  \u001b[0m\u001b[1;2;35mlongerword\u001b[0m\u001b[1;2;4m(\u001b[0m\u001b[1;2;4m]\u001b[0m\n\u001b[1;2;4m \u001b[0m       \u001b[1;2;4m🚀\u001b[0m\u001b[1;2;4m]\u001b[0m\u001b[1;2;4m]\u001b[0m\u001b[1;2;4;31m \u001b[0m\u001b[1;2;4m \u001b[0m\u001b[1;2;4mlongerword\u001b[0m\u001b[1;2;4m[\u001b[0m\u001b[1;2;4m[\u001b[0m\u001b[1;2;4mlongerword\u001b[0m\n"],
  [[")[/][/dim]:rocket:[italic]'q'longerwordlongerword[bold]  longerword\\[[/dim] 日本[link=http://a][[  xxxxxxxxxxxx'q'[italic][/bold]:rocket:]"], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": "END"}, {"error": "closing tag '[/]' at position 1 has nothing to close"}],
  [["[/dim]([/dim]longerword[u]  \n[/dim]xxxxxxxxxxxx\t[dim][/dim] [u][/dim]  xxxxxxxxxxxxlongerword\n[italic]"], {"width": 10, "colorSystem": "truecolor", "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 0 doesn't match any open tag"}],
  [["[/dim]1.5[['q'longerword][[[red]:rocket:][bold][[xxxxxxxxxxxx\n"], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": "\n"}, {"error": "closing tag '[/dim]' at position 0 doesn't match any open tag"}],
  [["[red]  [/]\n[bold][[xxxxxxxxxxxx'q'"], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": "\n"}, "\u001b[31m  \u001b[0m\n\u001b[1m[\u001b[0m\u001b[1m[\u001b[0m\u001b[1mxxxxxxxxxxxx'q'\u001b[0m\n"],
  [["word  ]\t[bold]  [/bold][bold][bold]:rocket:[/dim]xxxxxxxxxxxxlongerword[/dim][dim] \n[/]True)'q'True"], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 43 doesn't match any open tag"}],
  [["\\[[/bold]\nwordword  \n[bold]  ][[xxxxxxxxxxxx[[ [/bold]\\[longerword]word[bold][[1.5[red]"], {"width": 17, "colorSystem": "truecolor", "sep": " ", "end": "END"}, {"error": "closing tag '[/bold]' at position 2 doesn't match any open tag"}],
  [["\t[bold]True[link=http://a]\t[u]True[u]) [red][bold][/bold][italic])][/]1.5\n"], {"width": 10, "colorSystem": "standard", "sep": " ", "end": "END"}, "        \u001b[1;3;92mTr\u001b[0m\n\u001b[1;3;92mue\u001b[0m\u001b]8;id=451042;http://a\u001b\\\u001b[1m \u001b[0m\u001b]8;;\u001b\\   \n\u001b]8;id=4677;http://a\u001b\\\u001b[1;3;4;92mTrue\u001b[0m\u001b]8;;\u001b\\\u001b]8;id=870;http://a\u001b\\\u001b[1;4m)\u001b[0m\u001b]8;;\u001b\\\u001b]8;id=550428;http://a\u001b\\\u001b[1;4m \u001b[0m\u001b]8;;\u001b\\\n\u001b]8;id=433898;http://a\u001b\\\u001b[1;3;4;31m)\u001b[0m\u001b]8;;\u001b\\\u001b]8;id=433898;http://a\u001b\\\u001b[1;3;4;31m]\u001b[0m\u001b]8;;\u001b\\\u001b]8;id=671548;http://a\u001b\\\u001b[1;4;31m1.5\u001b[0m\u001b]8;;\u001b\\\nEND"],
  [["日本longerword :rocket:)\n[dim]1.5[red][dim]True\\[日本[/bold]())longerword[red]([italic][[  )"], {"width": 40, "colorSystem": "standard", "sep": " ", "end": ""}, {"error": "closing tag '[/bold]' at position 49 doesn't match any open tag"}],
  [["[red][italic]:rocket:[/dim]  ][italic]()[/dim]  [/][u]] [dim][dim]1.5[bold]"], {"width": 10, "colorSystem": null, "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 21 doesn't match any open tag"}],
  [["'q'[/dim][[longerword日本]\t'q'[bold]"], {"width": 17, "colorSystem": "standard", "sep": " ", "end": "END"}, {"error": "closing tag '[/dim]' at position 3 doesn't match any open tag"}],
  [["word)word[red]"], {"width": 40, "colorSystem": null, "sep": " ", "end": ""}, "word)word"],
  [["[/dim]longerword1.5  [[日本[/bold][dim]  [link=http://a]][italic]True[/dim][/dim])\tlongerword[red]   1.51.5)"], {"width": 17, "colorSystem": "truecolor", "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 0 doesn't match any open tag"}],
  [[" [link=http://a][/bold])[u]"], {"width": 10, "colorSystem": "truecolor", "sep": " ", "end": "END"}, {"error": "closing tag '[/bold]' at position 16 doesn't match any open tag"}],
  [[" [bold]'q'[u])\\[[/bold][bold]longerword[dim]True)'q'[red]   True'q'"], {"width": 10, "colorSystem": "truecolor", "sep": " ", "end": ""}, " \u001b[1;32m'q'\u001b[0m\u001b[1;4m)\u001b[0m\u001b[1;4m[\u001b[0m\u001b[1;4mlong\u001b[0m\n\u001b[1;4merword\u001b[0m\u001b[1;2;4mTrue\u001b[0m\n\u001b[1;2;4m)\u001b[0m\u001b[1;2;4;32m'q'\u001b[0m\u001b[1;2;4;31m   \u001b[0m\n\u001b[1;2;3;4;31mTrue\u001b[0m\u001b[1;2;4;31m'q'\u001b[0m"],
  [["[dim]'q'True[/bold]([italic]1.5[/bold]"], {"width": 10, "colorSystem": null, "sep": " ", "end": "END"}, {"error": "closing tag '[/bold]' at position 12 doesn't match any open tag"}],
  [["1.5][[\nword[/][bold][red]  [red]]'q'[/]xxxxxxxxxxxx日本longerword1.5]日本\\[\t'q'[red][/bold]"], {"width": 17, "colorSystem": "standard", "sep": " ", "end": "\n"}, {"error": "closing tag '[/]' at position 11 has nothing to close"}],
  [[":rocket:[u][u][[  \\[[bold]:rocket:日本"], {"width": 40, "colorSystem": "standard", "sep": " ", "end": "\n"}, "🚀\u001b[1;4m[\u001b[0m\u001b[1;4m[\u001b[0m\u001b[4m  \u001b[0m\u001b[1;4m[\u001b[0m\u001b[1;4m🚀日本\u001b[0m\n"],
  [["[[\n]\t\t([red][/dim]longerword1.5日本"], {"width": 10, "colorSystem": null, "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 12 doesn't match any open tag"}],
  [["[u]\nword [italic]'q'\n(True :rocket:xxxxxxxxxxxx日本True日本[/]"], {"width": 17, "colorSystem": "truecolor", "sep": " ", "end": ""}, "\n\u001b[4mword \u001b[0m\u001b[3;4;32m'q'\u001b[0m\n\u001b[1;3;4m(\u001b[0m\u001b[3;4;92mTrue\u001b[0m\u001b[3;4m \u001b[0m\n\u001b[3;4m🚀xxxxxxxxxxxx\u001b[0m\n\u001b[3;4m日本True日本\u001b[0m"],
  [["[/bold]\\[ [/][/bold]longerword([link=http://a]longerword[red]][/dim]"], {"width": 17, "colorSystem": null, "sep": " ", "end": "END"}, {"error": "closing tag '[/bold]' at position 0 doesn't match any open tag"}],
  [["(\\[[red]longerword[/bold]\t"], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": ""}, {"error": "closing tag '[/bold]' at position 18 doesn't match any open tag"}],
  [["\\[True\\['q'[/bold]\\[:rocket:[link=http://a]]'q''q'[bold]日本\t"], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": "\n"}, {"error": "closing tag '[/bold]' at position 11 doesn't match any open tag"}],
  [["(]:rocket:[/dim]word[italic]]\\[word[/dim]word[red][/]1.5[dim]日本\t\t\t"], {"width": 17, "colorSystem": null, "sep": " ", "end": "\n"}, {"error": "closing tag '[/dim]' at position 10 doesn't match any open tag"}],
  [["1.5[/dim]"], {"width": 17, "colorSystem": null, "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 3 doesn't match any open tag"}],
  [["xxxxxxxxxxxx)日本\\[)'q'\\[[link=http://a] 'q'1.5True]\n[/dim]"], {"width": 10, "colorSystem": "truecolor", "sep": " ", "end": "\n"}, {"error": "closing tag '[/dim]' at position 51 doesn't match any open tag"}],
  [["[/bold][/bold])[italic][red]:rocket:[[日本:rocket:[/dim][red][/bold]日本[/dim]1.5)\t[italic][bold][red](:rocket:"], {"width": 10, "colorSystem": "standard", "sep": " ", "end": "\n"}, {"error": "closing tag '[/bold]' at position 0 doesn't match any open tag"}],
  [["  \n[italic]  [/dim][dim]longerword[link=http://a]  ([/dim] [[][/bold]longerwordword1.5word)"], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 13 doesn't match any open tag"}],
  [["日本[red]\n word(:rocket:[/bold]\\[[/dim]  "], {"width": 40, "colorSystem": "truecolor", "sep": " ", "end": "END"}, {"error": "closing tag '[/bold]' at position 22 doesn't match any open tag"}],
  [["[italic][bold]\t [u][italic]"], {"width": 10, "colorSystem": "truecolor", "sep": " ", "end": "\n"}, "\u001b[1;3m \u001b[0m       \u001b[1;3m \u001b[0m\n"],
  [["[/bold]日本[/][bold](xxxxxxxxxxxx"], {"width": 10, "colorSystem": "standard", "sep": " ", "end": "\n"}, {"error": "closing tag '[/bold]' at position 0 doesn't match any open tag"}],
  [[":rocket:[u]  [u][/bold]  )xxxxxxxxxxxxTrue'q'True"], {"width": 17, "colorSystem": "standard", "sep": " ", "end": ""}, {"error": "closing tag '[/bold]' at position 16 doesn't match any open tag"}],
  [["(word][italic]"], {"width": 10, "colorSystem": "standard", "sep": " ", "end": "\n"}, "\u001b[1m(\u001b[0mword\u001b[1m]\u001b[0m\n"],
  [["\\[[dim][/][italic][/]\t日本)longerword\\[[[[['q'  [bold]]  \\[[/bold][u]日本"], {"width": 17, "colorSystem": "truecolor", "sep": " ", "end": "END"}, "\u001b[1m[\u001b[0m       \n日本\u001b[1m)\u001b[0mlongerword\u001b[1m[\u001b[0m\u001b[1m[\u001b[0m\n\u001b[1m[\u001b[0m\u001b[32m'q'\u001b[0m  \u001b[1m]\u001b[0m\u001b[1m  \u001b[0m\u001b[1m[\u001b[0m\u001b[4m日本\u001b[0mEND"],
  [["\\[日本日本[/bold][bold]][dim]"], {"width": 17, "colorSystem": null, "sep": " ", "end": "END"}, {"error": "closing tag '[/bold]' at position 6 doesn't match any open tag"}],
  [["  'q'xxxxxxxxxxxx[/dim]word1.5) \n[italic]"], {"width": 40, "colorSystem": "standard", "sep": " ", "end": "END"}, {"error": "closing tag '[/dim]' at position 17 doesn't match any open tag"}],
  [["([/dim]]word [[longerword  :rocket:[/]word"], {"width": 10, "colorSystem": "standard", "sep": " ", "end": "\n"}, {"error": "closing tag '[/dim]' at position 1 doesn't match any open tag"}],
  [[")\\[\n[bold][italic]  (:rocket:1.5[bold]:rocket: 'q'[u][link=http://a][link=http://a]:rocket:"], {"width": 17, "colorSystem": "standard", "sep": " ", "end": "\n"}, "\u001b[1m)\u001b[0m\u001b[1m[\u001b[0m\n\u001b[1;3m  \u001b[0m\u001b[1;3m(\u001b[0m\u001b[1;3m🚀\u001b[0m\u001b[1;3;36m1.5\u001b[0m\u001b[1;3m🚀 \u001b[0m\u001b[1;3;32m'q'\u001b[0m\u001b]8;id=614618;http://a\u001b\\\u001b[1;3;4m🚀\u001b[0m\u001b]8;;\u001b\\\n"],
  [["word)[[日本[bold]1.5[dim][/][/bold]  xxxxxxxxxxxxlongerwordword[u]\tlongerword[/dim]][/][link=http://a]\nxxxxxxxxxxxx"], {"width": 40, "colorSystem": null, "sep": " ", "end": ""}, {"error": "closing tag '[/dim]' at position 75 doesn't match any open tag"}],
  [["[red]"], {"width": 17, "colorSystem": "truecolor", "sep": " ", "end": "END"}, "END"],
  [["\t"], {"width": 17, "colorSystem": "standard", "sep": " ", "end": ""}, "        "],
  [[")[link=http://a][bold]True[bold]longerword[red])\\[  ([/]"], {"width": 10, "colorSystem": "standard", "sep": " ", "end": "\n"}, "\u001b[1m)\u001b[0m\u001b]8;id=825300;http://a\u001b\\\u001b[1mTrue\u001b[0m\u001b]8;;\u001b\\\u001b]8;id=560142;http://a\u001b\\\u001b[1mlonge\u001b[0m\u001b]8;;\u001b\\\n\u001b]8;id=560142;http://a\u001b\\\u001b[1mrword\u001b[0m\u001b]8;;\u001b\\\u001b]8;id=735646;http://a\u001b\\\u001b[1;31m)\u001b[0m\u001b]8;;\u001b\\\u001b]8;id=735646;http://a\u001b\\\u001b[1;31m[\u001b[0m\u001b]8;;\u001b\\\u001b]8;id=152824;http://a\u001b\\\u001b[1;31m  \u001b[0m\u001b]8;;\u001b\\\u001b]8;id=735646;http://a\u001b\\\u001b[1;31m(\u001b[0m\u001b]8;;\u001b\\\n"],
  [["[italic][dim][dim]xxxxxxxxxxxx[/bold][dim]\n[italic]"], {"width": 17, "colorSystem": "standard", "sep": " ", "end": "\n"}, {"error": "closing tag '[/bold]' at position 30 doesn't match any open tag"}],
  [["[[\t[/][/dim][dim][dim]日本[italic][/bold]longerword[u]'q')[italic][[[/]True][[[dim]日本[/dim]xxxxxxxxxxxx日本"], {"width": 17, "colorSystem": null, "sep": " ", "end": ""}, {"error": "closing tag '[/]' at position 3 has nothing to close"}],];

// [markup, plain text, spans] from rich.markup.render
const MARKUP_CASES: [string, string, [number, number, string][]][] = [
  ["[bold]hi[/bold] there [green bold]x[/]", "hi there x", [[0, 2, "bold"], [9, 10, "bold green"]]],
  ["[bold]MainProcess     [/bold] [[green bold] 1.00s[/]]", "MainProcess      [ 1.00s]", [[0, 16, "bold"], [18, 24, "bold green"]]],
  ["[bold]outer [italic]inner[/italic] outer again[/bold] plain", "outer inner outer again plain", [[0, 23, "bold"], [6, 11, "italic"]]],
  ["[bold red]two styles[/] and [underline]an unclosed tag", "two styles and an unclosed tag", [[0, 10, "bold red"], [15, 30, "underline"]]],
  ["lists [1, 2, 3] and [0] stay, [Task-2] stays, [worker-1] vanishes", "lists [1, 2, 3] and [0] stay, [Task-2] stays,  vanishes", [[46, 55, "worker-1"]]],
  ["escaped \\[bold] is literal, [blue]not[/blue] [bold]this", "escaped [bold] is literal, not this", [[27, 30, "blue"], [31, 35, "bold"]]],
  ["double \\\\[bold]bold[/bold] and triple \\\\\\[red]x", "double \\bold and triple \\[red]x", [[8, 12, "bold"]]],
  ["[link=https://example.com]link[/link] [b]x[/bold]", "link x", [[0, 4, "link https://example.com"], [5, 6, "bold"]]],
  ["[bold red on white]a[/] [#FF0000]b[/#ff0000] [rgb(1,2,3)]c[/]", "a b c", [[0, 1, "bold red on white"], [2, 3, "#ff0000"], [4, 5, "rgb(1,2,3)"]]],
  ["[red bold]x[/bold red] [b][i]x[/b]y[/i]z", "x xyz", [[0, 1, "bold red"], [2, 4, "italic"], [2, 3, "bold"]]],
  ["no tags at all :rocket:", "no tags at all 🚀", []],
  ["[a=1]x[/a] [x=[y]] [[[z]]]", "x [x=] [[]]", [[0, 1, "a 1"], [5, 11, "y"], [9, 11, "z"]]],
  ["[bold]x[/ bold ] y", "x y", [[0, 1, "bold"]]],];

// [markup, MarkupError message]
const MARKUP_ERRORS: [string, string | null][] = [
  ["[red]x[/blue]", "closing tag '[/blue]' at position 6 doesn't match any open tag"],
  ["[/]", "closing tag '[/]' at position 0 has nothing to close"],
  ["x [/bold]", "closing tag '[/bold]' at position 2 doesn't match any open tag"],
  ["[on]x[/on]y[/]", "closing tag '[/]' at position 11 has nothing to close"],
  ["[/foo=bar]", "closing tag '[/foo=bar]' at position 0 doesn't match any open tag"],
  ["[b]x[/b][/b]", "closing tag '[/b]' at position 8 doesn't match any open tag"],];

const PREFIX = "[bold]MainProcess     [/bold] [[green bold] 1.00s[/]]";
const plain = (width = 500): Opts => ({ width, colorSystem: null });

describe("renderMarkup", () => {
  it.each(MARKUP_CASES)("%s", (markup, text, spans) => {
    const result = renderMarkup(markup);
    expect(result.text).toBe(text);
    expect(result.spans.map((s) => [s.start, s.end, s.style])).toEqual(spans);
  });

  it.each(MARKUP_ERRORS)("error for %s", (markup, message) => {
    expect(() => renderMarkup(markup)).toThrow(MarkupError);
    expect(() => renderMarkup(markup)).toThrow(message!);
  });

  it("splits into styled runs", () => {
    expect(markupToStyledSpans("[bold]a[red]b[/red][/bold]c")).toEqual([
      { text: "a", style: "bold" },
      { text: "b", style: "bold red" },
      { text: "c", style: "" },
    ]);
  });

  it("escapes markup like rich.markup.escape", () => {
    expect(escapeMarkup("[bold]x[/bold] [1]")).toBe("\\[bold]x\\[/bold] [1]");
    expect(escapeMarkup("\\[red]")).toBe("\\\\\\[red]");
  });

  it("normalizes style definitions", () => {
    expect(normalizeStyle("red bold")).toBe("bold red");
    expect(normalizeStyle("B")).toBe("bold");
    expect(normalizeStyle("#FF0000 on White")).toBe("#ff0000 on white");
    expect(normalizeStyle("Worker-1")).toBe("worker-1");
    expect(styleToString(parseStyle("not italic u link https://x"))).toBe("not italic underline link https://x");
    expect(() => parseStyle("on")).toThrow("color expected after 'on'");
  });
});

describe("consolePrint matches rich 13.3.1", () => {
  it.each(PRINT_CASES.map((c, i) => [i, JSON.stringify(c[0]).slice(0, 60), ...c] as const))(
    "#%i %s",
    (_i, _label, objs, opts, expected) => {
      const got = run(objs, opts);
      if (typeof expected === "string" && typeof got === "string") {
        expect(normalizeLinkIds(got)).toBe(normalizeLinkIds(expected));
      } else {
        expect(got).toEqual(expected);
      }
    },
  );
});

describe("consolePrint behaviour", () => {
  it("prints the notes' prefix", () => {
    expect(consolePrint([PREFIX, "Hello!"], { ...plain(), sep: " ", end: "\n" })).toBe(
      "MainProcess      [ 1.00s] Hello!\n",
    );
    expect(consolePrint([PREFIX, "Hello!"], { width: 500, colorSystem: "truecolor", sep: " ", end: "\n" })).toBe(
      "\x1b[1mMainProcess     \x1b[0m \x1b[1m[\x1b[0m\x1b[1;32m \x1b[0m\x1b[1;32m1.\x1b[0m\x1b[1;32m00s\x1b[0m" +
        "\x1b[1m]\x1b[0m Hello!\n",
    );
  });

  it("handles empty prints, sep and end", () => {
    expect(consolePrint([], { ...plain(), sep: " ", end: "" })).toBe("\n");
    expect(consolePrint(["a", "b"], { ...plain(), sep: "-", end: "" })).toBe("a-b");
    expect(consolePrint([""], { ...plain(), sep: " ", end: "\n" })).toBe("\n");
  });

  it("crops `end` to the width", () => {
    expect(consolePrint(["x".repeat(38)], { ...plain(40), sep: " ", end: " <no newline> " })).toBe(
      "x".repeat(38) + " <",
    );
  });

  it("renders containers as separate pretty renderables", () => {
    expect(consolePrint(["a", { repr: "[1, 2]", pretty: true }], { ...plain(), sep: " ", end: "" })).toBe("a[1, 2]\n");
  });

  it("skips markup for non-str objects", () => {
    expect(consolePrint([{ repr: "[red]x[/red]" }], { ...plain(), sep: " ", end: "\n" })).toBe("[red]x[/red]\n");
  });

  it("measures wide characters", () => {
    expect(cellLen("日本")).toBe(4);
    expect(cellLen("🚀")).toBe(2);
  });
});

// Goldens of the shared corpus, when available.
const CORPUS = "/work/shared/corpus";

function prefix(ts: number): string {
  return `[bold]${"MainProcess".padEnd(16)}[/bold] [[green bold]${ts.toFixed(2).padStart(5)}s[/]]`;
}

function notesPrint(width: number, ts: number, args: string[], kw: { sep?: string; end?: string } = {}): string {
  return consolePrint([prefix(ts), ...args], { width, colorSystem: null, sep: kw.sep ?? " ", end: kw.end ?? "\n" });
}

describe.skipIf(!existsSync(`${CORPUS}/nv_rich_markup_variants.out`))("corpus: nv_rich_markup_variants", () => {
  it("reproduces the golden output", () => {
    const p = (ts: number, args: string[], kw?: { sep?: string; end?: string }): string => notesPrint(500, ts, args, kw);
    const markupLines = (ts: number, label: string): string =>
      [
        p(ts, [`${label}: [bold]outer [italic]inner[/italic] outer again[/bold] plain`]),
        p(ts, [`${label}: [bold red]two styles[/] and [underline]an unclosed tag`]),
        p(ts, [`${label}: a literal [[green]bracket[/green]] around a tag`]),
        p(ts, [`${label}: lists [1, 2, 3] and [0] stay, [Task-2] stays, [worker-1] vanishes`]),
        p(ts, [`${label}: escaped \\[bold] is literal, [blue]not[/blue] [bold]this`]),
        p(ts, [label, "a", "[red]b[/red]", "c"], { sep: " | " }),
        p(ts, [`${label}: [magenta]first part[/magenta]`], { end: " <no newline> " }),
        p(ts, ["second part"]),
        p(ts, []),
      ].join("");
    const out = [
      p(0, ["[bold]call 1[/bold] [red]before[/red] the sleep"]),
      p(0.5, ["[italic]call 1[/] after [green bold]0.5s[/green bold] of blocking"]),
      p(0.5, ["[bold]call 2[/bold] [red]before[/red] the sleep"]),
      p(1.5, ["[italic]call 2[/] after [green bold]1.0s[/green bold] of blocking"]),
      markupLines(1.5, "soon"),
      markupLines(1.5, "timer"),
      p(2, ["[red]closed[/]"]),
    ].join("");
    expect(out).toBe(readFileSync(`${CORPUS}/nv_rich_markup_variants.out`, "utf8"));
  });
});

describe.skipIf(!existsSync(`${CORPUS}/nv_rich_wrap_width40.out`))("corpus: nv_rich_wrap_width40", () => {
  it("reproduces the golden output", () => {
    const p = (ts: number, args: string[]): string => notesPrint(40, ts, args);
    const parts: string[] = [];
    for (const i of [1, 2, 3]) {
      parts.push(p(0, [`Hello, sleeping_func number ${i}, this line is too long for forty columns!`]));
    }
    parts.push(p(0, ["short"]));
    parts.push(p(0, ["x".repeat(50)]));
    parts.push(p(0, ["[bold]markup[/bold] does not count towards the width of the wrapped line"]));
    for (const i of [1, 2, 3]) {
      const ts = i * 0.75;
      parts.push(p(ts, [`Done ${i}.`]));
      parts.push(
        p(ts, [
          `sleeping_func ${i} woke up after ${ts.toFixed(2)} seconds and now writes a much longer report line that wraps twice`,
        ]),
      );
    }
    expect(parts.join("")).toBe(readFileSync(`${CORPUS}/nv_rich_wrap_width40.out`, "utf8"));
  });
});
