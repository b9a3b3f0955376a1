// Bundles the CLI and the library into dist/ with esbuild, so that `pyasync`
// starts without compiling TypeScript and without loading hundreds of
// dependency files (chevrotain alone pulls in lodash-es module by module).
// Python library sources (src/lib/**/*.py) are bundled as text.
//
// dist/index.js   the library (ESM, for Node and browsers);
// dist/cli.cjs    the command line (CommonJS, loaded through node:vm);
// dist/load.cjs   its loader (src/cli/load.ts), which bin/pyasync.js and
//                 dist/run.cjs (or run.mjs) use;
// dist/cli.code-cache  V8's code cache for cli.cjs (scripts/code-cache.mjs);
// dist/python-lib.json the library's Python sources for cli.cjs.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
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

// Two start-up costs of Chevrotain are edited out while bundling. Each edit
// replaces exact text and keeps behaviour; the build stops if a file no
// longer has that text or is no longer bundled (another Chevrotain version).
const dependencyEdits = [
  {
    // Grammar nodes copy their options with lodash's
    // `assign(this, pickBy(options, (v) => v !== undefined))`; recording the
    // grammar makes a few thousand of them, and that generic lodash path (own
    // and inherited keys and symbols, paths, per-key assignValue) took a fifth
    // of pyasync's start-up. The options are object literals made by
    // Chevrotain, for which this loop copies the same properties.
    file: "node_modules/@chevrotain/gast/lib/src/model.js",
    from: "assign(this, pickBy(options, (v) => v !== undefined));",
    to: "for (const key in options) if (options[key] !== undefined) this[key] = options[key];",
    count: 10,
  },
  {
    // The lexer fills a 65536-entry table of `i > 255 ? 255 + ~~(i / 255) : i`
    // when it is first made (~5 ms); the lookup computes the same value.
    // (Char codes never exceed 0xffff; Chevrotain's own comment suggests
    // making the table lazy.)
    file: "node_modules/chevrotain/lib/src/scan/lexer.js",
    from: "        : charCodeToOptimizedIdxMap[charCode];",
    to: "        : 255 + ~~(charCode / 255);",
    count: 1,
  },
  {
    file: "node_modules/chevrotain/lib/src/scan/lexer.js",
    from: "    if (isEmpty(charCodeToOptimizedIdxMap)) {",
    to: "    if (false) {",
    count: 1,
  },
];
const editsMade = new Set();
const editDependencies = {
  name: "edit-dependencies",
  setup(b) {
    const files = [...new Set(dependencyEdits.map((e) => e.file))];
    const pattern = new RegExp(`(${files.map((f) => f.replace(/[.]/g, "\\.").replace(/\//g, "[\\\\/]")).join("|")})$`);
    b.onLoad({ filter: pattern }, async (args) => {
      let text = await readFile(args.path, "utf8");
      const path = args.path.split(sep).join("/");
      for (const e of dependencyEdits.filter((e) => path.endsWith(e.file))) {
        const found = text.split(e.from).length - 1;
        if (found !== e.count) throw new Error(`${e.file}: expected ${e.count} of \`${e.from}\`, found ${found}`);
        text = text.replaceAll(e.from, e.to);
        editsMade.add(e);
      }
      return { contents: text, loader: "js" };
    });
  },
};

// `--outdir DIR` builds elsewhere (parallel work trees); DIR/run.mjs runs
// that build as bin/pyasync.js runs dist/.
const i = process.argv.indexOf("--outdir");
const outdir = i > 0 ? resolve(process.argv[i + 1]) : resolve("dist");

const common = { bundle: true, target: "es2022", sourcemap: false, logLevel: "warning", plugins: [rawText, editDependencies] };

// The CLI bundle takes the Python library's sources from python-lib.json,
// read when first needed (src/cli/python-lib.ts), instead of src/lib/index.ts.
const libIndex = resolve("src/lib/index.ts");
const lib = await build({ ...common, format: "esm", platform: "neutral", entryPoints: [libIndex], write: false });
const { pythonSources } = await import(`data:text/javascript;base64,${Buffer.from(lib.outputFiles[0].contents).toString("base64")}`);
await mkdir(outdir, { recursive: true });
await writeFile(`${outdir}/python-lib.json`, JSON.stringify(Object.fromEntries(pythonSources)));
const pythonLibFromJson = {
  name: "python-lib-from-json",
  setup(b) {
    b.onResolve({ filter: /[\\/]lib[\\/]index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
      return target === libIndex ? { path: resolve("src/cli/python-lib.ts") } : undefined;
    });
  },
};

// The CLI as one CommonJS script that src/cli/load.ts compiles through node:vm
// with V8's code cache (esbuild starts it with "use strict": the sources are
// ES modules).
await build({
  ...common,
  plugins: [...common.plugins, pythonLibFromJson],
  external: ["./python-lib.json"],
  format: "cjs",
  platform: "node",
  entryPoints: ["src/cli/main.ts"],
  outfile: `${outdir}/cli.cjs`,
});
if (!(await readFile(`${outdir}/cli.cjs`, "utf8")).includes('require("./python-lib.json")')) {
  throw new Error("build: the CLI bundle does not read python-lib.json");
}
for (const e of dependencyEdits) if (!editsMade.has(e)) throw new Error(`build: ${e.file} was not bundled, so \`${e.from}\` was not edited`);
await build({ ...common, format: "cjs", platform: "node", entryPoints: ["src/cli/load.ts"], outfile: `${outdir}/load.cjs` });
await build({ ...common, format: "esm", platform: "neutral", mainFields: ["module", "main"], entryPoints: ["src/index.ts"], outfile: `${outdir}/index.js` });
// Runners of this build: run.cjs starts as bin/pyasync.js does (CommonJS);
// run.mjs is the same as an ES module (Node's ES-module loader adds a few ms).
const runner = `loadCli().main(process.argv.slice(2));\n`;
await writeFile(`${outdir}/run.cjs`, `"use strict";\nconst { loadCli } = require("./load.cjs");\n${runner}`);
await writeFile(`${outdir}/run.mjs`, `import { createRequire } from "node:module";\nconst { loadCli } = createRequire(import.meta.url)("./load.cjs");\n${runner}`);
// What earlier builds wrote: the ES-module bundle of the CLI and its loader.
for (const old of ["cli.js", "load.mjs"]) await rm(`${outdir}/${old}`, { force: true });

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
