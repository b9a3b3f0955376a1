// Loads the command-line bundle for bin/pyasync.js. The build (scripts/
// build.mjs) writes, next to this file once bundled (dist/load.cjs, a
// CommonJS module so that the command starts without Node's ES-module
// loader):
//   cli.cjs         the CLI (src/cli/main.ts) and everything it imports, as one
//                   CommonJS script;
//   cli.code-cache  V8's code cache for cli.cjs, made by running a short
//                   program through it (scripts/code-cache.mjs), so that it
//                   also holds the functions compiled lazily during a run.
// Compiling the bundle (1.7 MB) was a large part of start-up; with the cache
// V8 deserialises the compiled code instead. Node 20 has no module compile cache,
// hence node:vm. A cache that V8 rejects (another Node or V8 version, other V8
// flags) or that is missing only costs time: V8 then compiles the source.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Script } from "node:vm";

export const BUNDLE_FILE = "cli.cjs";
export const CACHE_FILE = "cli.code-cache";

/** What cli.cjs exports (src/cli/main.ts). */
export interface Cli {
  main(argv: string[]): void;
}

export interface LoadedCli {
  readonly cli: Cli;
  /** The compiled bundle, for `createCachedData()`. */
  readonly script: Script;
  /** Whether V8 used the code cache (false without one, or when it was rejected). */
  readonly cacheUsed: boolean;
}

/** The directory holding cli.cjs: this file's own once bundled into dist/. */
export function bundleDir(): string {
  return __dirname;
}

/**
 * Compiles and runs cli.cjs from `dir` as CommonJS, with the code cache unless
 * `useCache` is false.
 */
export function compileCli(dir: string = bundleDir(), useCache = true): LoadedCli {
  const filename = join(dir, BUNDLE_FILE);
  // The build writes the bundle in ASCII only (non-ASCII characters become
  // escapes), so latin1 reads it without a UTF-8 decoding pass.
  const source = readFileSync(filename, "latin1");
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = readFileSync(join(dir, CACHE_FILE));
    } catch {
      cachedData = undefined;
    }
  }
  // The bundle's free variables are `require` and `module` (esbuild's
  // CommonJS output sets module.exports). The wrapper starts on the first line
  // so that line numbers (profiles, bench/profile.mjs) match the file. There
  // is deliberately no `exports`: lodash-es (in Chevrotain) would then take
  // its CommonJS-in-Node paths (process.binding("util"), Buffer), which the
  // ES-module build never did.
  const script = new Script(`(function (require, module) {${source}\n})`, { filename, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Cli };
  const wrapper = script.runInThisContext() as (require: NodeJS.Require, module: { exports: Cli }) => void;
  wrapper(createRequire(filename), module);
  return { cli: module.exports, script, cacheUsed };
}

/** The CLI, loaded with the code cache when V8 accepts it. */
export function loadCli(): Cli {
  return compileCli().cli;
}
