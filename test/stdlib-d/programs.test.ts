// Group-d standard-library modules (fractions, statistics, calendar, numbers,
// reprlib, keyword, graphlib, difflib, queue, decimal, traceback, inspect,
// cmath, unicodedata, struct, weakref, array): each programs/NAME.py runs
// in-process on the virtual clock and must print NAME.out, recorded with
// CPython 3.11.2 (absolute paths of the script reduced to its name).
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Interpreter } from "../../src/runtime/interpreter.js";
import { VirtualClock } from "../../src/runtime/clock.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "programs");

function run(source: string, name = "t"): { out: string; err: string; status: number } {
  const out: string[] = [];
  const err: string[] = [];
  const interp = new Interpreter({
    clock: new VirtualClock(),
    seed: 0n,
    argv: [`${name}.py`],
    stdout: { write: (s) => out.push(s) },
    stderr: { write: (s) => err.push(s) },
  });
  const status = interp.runMain(source, `${name}.py`);
  return { out: out.join(""), err: err.join(""), status };
}

const names = readdirSync(dir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

describe("stdlib-d programs", () => {
  for (const name of names) {
    it(name, () => {
      const r = run(readFileSync(join(dir, `${name}.py`), "utf8"), name);
      expect(r.err).toBe("");
      expect(r.out).toBe(readFileSync(join(dir, `${name}.out`), "utf8"));
      expect(r.status).toBe(0);
    });
  }
});

describe("stdlib-d single-thread and sandbox rules", () => {
  it("modules for files and processes are not provided", () => {
    const r = run(
      "for m in ['shutil', 'pathlib', 'tempfile', 'subprocess', 'socket']:\n" +
        "    try:\n        __import__(m)\n    except ModuleNotFoundError as e:\n        print(e)\n",
    );
    expect(r.out).toBe(
      ["shutil", "pathlib", "tempfile", "subprocess", "socket"].map((m) => `No module named '${m}'\n`).join(""),
    );
  });

  it("queue.get() that could never return raises instead of hanging", () => {
    const r = run("import queue\ntry:\n    queue.Queue().get()\nexcept RuntimeError as e:\n    print(e)\n");
    expect(r.out).toBe("deadlock: Queue.get() would block forever (pyasync runs a single thread)\n");
  });

  it("a timed queue.get() waits on the clock, then raises Empty", () => {
    const r = run("import queue, time\nt = time.monotonic()\ntry:\n    queue.Queue().get(timeout=2)\nexcept queue.Empty:\n    print('Empty', time.monotonic() - t >= 2)\n");
    expect(r.out).toBe("Empty True\n");
  });

  it("weakref.ref keeps its object and never calls back", () => {
    const r = run("import weakref\nclass A: pass\na = A()\nr = weakref.ref(a, lambda r: print('callback'))\ndel a\nprint(type(r()).__name__)\n");
    expect(r.out).toBe("A\n");
  });

  it("inspect.getsource raises OSError (no source kept)", () => {
    const r = run("import inspect\ndef f(): pass\ntry:\n    inspect.getsource(f)\nexcept OSError as e:\n    print('OSError', e)\n");
    expect(r.out).toBe("OSError could not get source code\n");
  });

  it("decimal contexts are per task under asyncio", () => {
    const r = run(
      "import asyncio, decimal\n" +
        "async def t(p):\n    decimal.getcontext().prec = p\n    await asyncio.sleep(0)\n    return str(decimal.Decimal(1) / 7)\n" +
        "async def main():\n    print(await asyncio.gather(t(3), t(5)))\n" +
        "asyncio.run(main())\nprint(decimal.Decimal(1) / 7)\n",
    );
    expect(r.out).toBe("['0.143', '0.14286']\n0.1428571428571428571428571429\n");
  });
});
