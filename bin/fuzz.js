#!/usr/bin/env node
// npm run fuzz: runs test/fuzz/run.ts through tsx.
require("tsx/cjs");
require("../test/fuzz/run.ts");
