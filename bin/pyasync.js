#!/usr/bin/env node
// The `pyasync` command: runs the command-line bundle that `npm install`
// builds into dist/, loaded with V8's code cache (src/cli/load.ts).
import { loadCli } from "../dist/load.mjs";

loadCli().main(process.argv.slice(2));
