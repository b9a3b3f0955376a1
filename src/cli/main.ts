// The `pyasync` command line: `pyasync run FILE [--clock real|virtual]
// [--seed N] [-- ARGS...]`. The only Node-specific room besides tests.

import { fstatSync, readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { Interpreter } from "../runtime/interpreter.js";
import { RealClock, VirtualClock } from "../runtime/clock.js";
import { FdOutput } from "./output.js";

function parseSeed(v: string): bigint {
  if (!/^-?\d+$/.test(v)) throw new InvalidArgumentError("the seed must be an integer");
  return BigInt(v);
}

function parseClock(v: string): "real" | "virtual" {
  if (v !== "real" && v !== "virtual") throw new InvalidArgumentError("expected 'real' or 'virtual'");
  return v;
}

function readSource(file: string): string {
  return file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
}

/**
 * Whether `fd` is a terminal, as process.stdout/stderr.isTTY tell; those are
 * only asked for character devices, since making them loads Node's stream
 * and net modules, a few milliseconds of start-up when output is a pipe or
 * a file.
 */
function isTerminal(fd: 1 | 2): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    // Let process.stdout/stderr decide.
  }
  return (fd === 1 ? process.stdout : process.stderr).isTTY === true;
}

/** Runs a program; returns its exit status. */
export function runFile(file: string, args: string[], opts: { clock: "real" | "virtual"; seed?: bigint }): number {
  let source: string;
  try {
    source = readSource(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`pyasync: can't open file '${file}': [Errno 2] ${err.code === "ENOENT" ? "No such file or directory" : err.message}\n`);
    return 2;
  }
  const stdoutIsTty = isTerminal(1);
  const stdout = new FdOutput(1, stdoutIsTty, stdoutIsTty);
  const stderr = new FdOutput(2, isTerminal(2), true);
  const clock = opts.clock === "virtual" ? new VirtualClock() : new RealClock(undefined, undefined, () => stdout.flush());
  const interp = new Interpreter({
    clock,
    seed: opts.seed ?? null,
    argv: [file === "-" ? "-" : file, ...args],
    stdout,
    stderr,
    env: process.env,
  });
  const filename = file === "-" ? "<stdin>" : file;
  const status = interp.runMain(source, filename);
  stdout.flush();
  stderr.flush();
  return status;
}

export function main(argv: string[]): void {
  const program = new Command();
  program.name("pyasync").description("Run Python asyncio programs with CPython's semantics.").version("0.1.0");
  program
    .command("run")
    .description("run a Python file ('-' reads the program from standard input)")
    .argument("<file>", "the program")
    .argument("[args...]", "arguments the program sees in sys.argv (after --)")
    .option("--clock <kind>", "real (sleeps take real time) or virtual (time jumps to the next timer)", parseClock, "real")
    .option("--seed <n>", "seed the random module at start", parseSeed)
    .action((file: string, args: string[], opts: { clock: "real" | "virtual"; seed?: bigint }) => {
      process.exitCode = runFile(file, args, opts);
    });
  program.parse(argv, { from: "user" });
}
