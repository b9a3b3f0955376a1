// The notes' samples through the real command line: stdout byte for byte
// under --clock virtual --seed 0, and one run on the real clock whose
// timestamps must be within 0.1 s of the golden's.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "pyasync.js");
const samples = join(root, "samples");
const names = readdirSync(samples).filter((f) => f.endsWith(".py")).sort();

function pyasync(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: samples, encoding: "utf8", input, timeout: 60_000 });
}

describe("notes samples (virtual clock)", () => {
  for (const file of names) {
    it(file, () => {
      const r = pyasync(["run", file, "--clock", "virtual", "--seed", "0"]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(samples, file.replace(/\.py$/, ".out")), "utf8"));
    });
  }
});

const stamp = /\[\s*(\d+\.\d+)s\]/;

describe("real clock", () => {
  it("07_gather prints timestamps within 0.1 s of the golden's", () => {
    const started = Date.now();
    const r = pyasync(["run", "07_gather.py"]);
    const elapsed = (Date.now() - started) / 1000;
    expect(r.status).toBe(0);
    const got = r.stdout.trimEnd().split("\n");
    const want = readFileSync(join(samples, "07_gather.out"), "utf8").trimEnd().split("\n");
    expect(got.length).toBe(want.length);
    got.forEach((line, i) => {
      expect(line.replace(stamp, "")).toBe(want[i].replace(stamp, ""));
      const t = Number(stamp.exec(line)![1]);
      const w = Number(stamp.exec(want[i])![1]);
      expect(Math.abs(t - w)).toBeLessThan(0.1);
    });
    expect(elapsed).toBeGreaterThan(2.9);
    expect(elapsed).toBeLessThan(6);
  });
});

describe("the command line", () => {
  it("reads the program from stdin with '-' and passes arguments after --", () => {
    const r = pyasync(["run", "-", "--clock", "virtual", "--", "a", "b"], "import sys\nprint(sys.argv)\n");
    expect(r.stdout).toBe("['-', 'a', 'b']\n");
    expect(r.status).toBe(0);
  });

  it("reports a syntax error as CPython does, with exit status 1", () => {
    const r = pyasync(["run", "-"], "x = 1\nif x\n    pass\n");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('  File "<stdin>", line 2\n    if x\n        ^\nSyntaxError: expected \':\'\n');
  });

  it("prints a traceback for an undefined name", () => {
    const r = pyasync(["run", "-"], "def f():\n    return undefined_name\n\nf()\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        "Traceback (most recent call last):",
        '  File "<stdin>", line 4, in <module>',
        "    f()",
        '  File "<stdin>", line 2, in f',
        "    return undefined_name",
        "NameError: name 'undefined_name' is not defined",
        "",
      ].join("\n"),
    );
  });

  it("prints a traceback through a task for an exception raised inside it", () => {
    const src = [
      "import asyncio",
      "async def worker():",
      "    await asyncio.sleep(1)",
      "    raise ValueError('boom')",
      "async def main():",
      "    await asyncio.create_task(worker())",
      "asyncio.run(main())",
      "",
    ].join("\n");
    const r = pyasync(["run", "-", "--clock", "virtual"], src);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('  File "<stdin>", line 6, in main\n    await asyncio.create_task(worker())\n');
    expect(r.stderr).toContain('  File "<stdin>", line 4, in worker\n    raise ValueError(\'boom\')\n');
    expect(r.stderr.endsWith("ValueError: boom\n")).toBe(true);
    expect(r.stderr).not.toMatch(/\.(ts|js):\d+/);
  });

  it("rejects a bad --clock value with a clear message", () => {
    const r = pyasync(["run", "x.py", "--clock", "fast"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("expected 'real' or 'virtual'");
  });

  it("reports a missing file without a stack trace", () => {
    const r = pyasync(["run", "no_such_file.py"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("can't open file 'no_such_file.py'");
  });
});
