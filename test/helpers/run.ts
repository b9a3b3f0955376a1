// Runs Python source in-process under the virtual clock and captures output.
import { Interpreter } from "../../src/runtime/interpreter.js";
import { VirtualClock } from "../../src/runtime/clock.js";

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export function runPython(source: string, filename = "t.py", seed: bigint | null = 0n): RunResult {
  const out: string[] = [];
  const err: string[] = [];
  const interp = new Interpreter({
    clock: new VirtualClock(),
    seed,
    argv: [filename],
    stdout: { write: (s) => out.push(s) },
    stderr: { write: (s) => err.push(s) },
  });
  const status = interp.runMain(source, filename);
  return { stdout: out.join(""), stderr: err.join(""), status };
}

/** The last non-empty line, trailing whitespace ignored (as the conformance tool compares stderr). */
export function lastLine(text: string): string {
  const lines = text.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "");
  return lines.length ? lines[lines.length - 1] : "";
}
