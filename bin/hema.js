#!/usr/bin/env node
// Entry point of the `hema` command: runs the TypeScript CLI through tsx's loader.
require("tsx/cjs");
const { main } = require("../cli/hema.ts");
process.exitCode = main(process.argv.slice(2));
