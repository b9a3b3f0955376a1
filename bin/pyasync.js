#!/usr/bin/env node
// The `pyasync` command: runs the command-line bundle that `npm install`
// builds into dist/, loaded with V8's code cache (src/cli/load.ts). This file
// is CommonJS (bin/package.json), so that Node starts it without its
// ES-module loader.
"use strict";
const { loadCli } = require("../dist/load.cjs");

loadCli().main(process.argv.slice(2));
