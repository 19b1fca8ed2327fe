#!/usr/bin/env node
// Entry point of the `hema` command: runs the TypeScript CLI through tsx's loader.
require("tsx/cjs");
// A reader that stops early (`hema parse … | head`) closes the pipe: that ends the output quietly, not with a trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
const { main } = require("../cli/hema.ts");
// `main` returns the exit status, or a promise of it for `export`.
Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
