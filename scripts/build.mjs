// Bundles the CLI and the library into dist/ with esbuild, so that `pyasync`
// starts without compiling TypeScript and without loading hundreds of
// dependency files (chevrotain alone pulls in lodash-es module by module).
// Python library sources (src/lib/**/*.py) are bundled as text.
import { build } from "esbuild";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

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

// `--outdir DIR` builds elsewhere (parallel work trees) and adds DIR/run.mjs,
// a runner equivalent to bin/pyasync.js.
const i = process.argv.indexOf("--outdir");
const outdir = i > 0 ? resolve(process.argv[i + 1]) : "dist";

const common = { bundle: true, format: "esm", target: "es2022", sourcemap: false, logLevel: "warning", plugins: [rawText] };
// commander is CommonJS: give the ESM bundle a `require` for its node: imports.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
await build({ ...common, platform: "node", banner: { js: requireShim }, entryPoints: ["src/cli/main.ts"], outfile: `${outdir}/cli.js` });
await build({ ...common, platform: "neutral", mainFields: ["module", "main"], entryPoints: ["src/index.ts"], outfile: `${outdir}/index.js` });
if (i > 0) await writeFile(`${outdir}/run.mjs`, `import { main } from "./cli.js";\nmain(process.argv.slice(2));\n`);
