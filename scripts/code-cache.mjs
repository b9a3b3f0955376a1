// `node scripts/code-cache.mjs DIR`: writes DIR/cli.code-cache, V8's code
// cache for the CLI bundle DIR/cli.cjs (see src/cli/load.ts). scripts/build.mjs
// runs it after bundling, in a process of its own so that the program's output
// can be thrown away. The cache is taken after running a short program
// (code-cache-warmup.py beside this file) so that it holds the functions a
// typical start compiles lazily, not only the bundle's top level; a program
// that uses more than that compiles the rest as usual.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const dir = resolve(process.argv[2] ?? "dist");
const { compileCli, CACHE_FILE } = createRequire(import.meta.url)(join(dir, "load.cjs"));
const warmup = join(dirname(fileURLToPath(import.meta.url)), "code-cache-warmup.py");

const target = join(dir, CACHE_FILE);
rmSync(target, { force: true });
const { cli, script } = compileCli(dir, false);
cli.main(["run", warmup, "--clock", "virtual"]);
if (process.exitCode) {
  console.error(`code cache: the warm-up program failed (exit status ${process.exitCode})`);
  process.exit(1);
}
// A temporary file and a rename: a reader never sees a partial cache.
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, script.createCachedData());
renameSync(tmp, target);
