// Bundles the CLI and the library into dist/ with esbuild, so that `pyasync`
// starts without compiling TypeScript and without loading hundreds of
// dependency files (chevrotain alone pulls in lodash-es module by module).
// Python library sources (src/lib/**/*.py) are bundled as text.
//
// dist/index.js   the library (ESM, for Node and browsers);
// dist/cli.cjs    the command line (CommonJS, loaded through node:vm);
// dist/load.mjs   its loader (src/cli/load.ts), which bin/pyasync.js and
//                 dist/run.mjs use;
// dist/cli.code-cache  V8's code cache for cli.cjs (scripts/code-cache.mjs).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

const rawText = {
  name: "raw-text",
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.replace(/\?raw$/, "")),
      namespace: "raw-text",
    }));
    b.onLoad({ filter: /.*/, namespace: "raw-text" }, async (args) => ({
      contents: await readFile(args.path, "utf8"),
      loader: "text",
    }));
  },
};

// One change to a dependency, made while bundling. Chevrotain's grammar
// nodes (@chevrotain/gast) copy their options with lodash's
// `assign(this, pickBy(options, (v) => v !== undefined))`; recording the
// grammar makes a few thousand of them, and that lodash path (own and
// inherited keys and symbols, paths, per-key assignValue) took a fifth of
// pyasync's start-up. The options are object literals made by Chevrotain, for
// which the loop below copies the same properties. The build stops if the
// file no longer has the expected text (another Chevrotain version).
const GAST_MODEL = /[\\/]node_modules[\\/]@chevrotain[\\/]gast[\\/]lib[\\/]src[\\/]model\.js$/;
const gastOptionsCopy = {
  name: "gast-options-copy",
  setup(b) {
    b.onLoad({ filter: GAST_MODEL }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const from = "assign(this, pickBy(options, (v) => v !== undefined));";
      const to = "for (const key in options) if (options[key] !== undefined) this[key] = options[key];";
      const count = text.split(from).length - 1;
      if (count !== 10) throw new Error(`${args.path}: expected 10 copies of \`${from}\`, found ${count}`);
      return { contents: text.replaceAll(from, to), loader: "js" };
    });
  },
};

// `--outdir DIR` builds elsewhere (parallel work trees); DIR/run.mjs runs
// that build as bin/pyasync.js runs dist/.
const i = process.argv.indexOf("--outdir");
const outdir = i > 0 ? resolve(process.argv[i + 1]) : resolve("dist");

const common = { bundle: true, target: "es2022", sourcemap: false, logLevel: "warning", plugins: [rawText, gastOptionsCopy] };
// The CLI as one CommonJS script that src/cli/load.ts compiles through node:vm
// with V8's code cache (esbuild starts it with "use strict": the sources are
// ES modules).
await build({ ...common, format: "cjs", platform: "node", entryPoints: ["src/cli/main.ts"], outfile: `${outdir}/cli.cjs` });
await build({ ...common, format: "esm", platform: "node", entryPoints: ["src/cli/load.ts"], outfile: `${outdir}/load.mjs` });
await build({ ...common, format: "esm", platform: "neutral", mainFields: ["module", "main"], entryPoints: ["src/index.ts"], outfile: `${outdir}/index.js` });
await writeFile(`${outdir}/run.mjs`, `import { loadCli } from "./load.mjs";\nloadCli().main(process.argv.slice(2));\n`);
// The ESM bundle of the CLI that earlier builds wrote.
await rm(`${outdir}/cli.js`, { force: true });

// load.ts reads the bundle as latin1: a one-byte string, without a UTF-8
// decoding pass. esbuild already escapes non-ASCII characters in strings,
// regular expressions and names; what it leaves is in comments it keeps.
const cliFile = `${outdir}/cli.cjs`;
const cliText = await readFile(cliFile, "utf8");
await writeFile(cliFile, cliText.replace(/[^\x00-\x7f]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`));

// Without the cache the command still works, only its start-up is slower
// (test/cli-load.test.ts checks that the cache is there and accepted).
const cache = spawnSync(process.execPath, [join(here, "code-cache.mjs"), outdir], { stdio: ["ignore", "ignore", "inherit"] });
if (cache.status !== 0) console.error("build: warning: could not write the V8 code cache; pyasync will start more slowly");
