#!/usr/bin/env node
// npm run mutation: runs test/mutation-run.ts through tsx.
require("tsx/cjs");
require("../test/mutation-run.ts");
