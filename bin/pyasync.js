#!/usr/bin/env node
// The `pyasync` command: runs the bundled CLI built into dist/ by `npm install`.
import { main } from "../dist/cli.js";

main(process.argv.slice(2));
