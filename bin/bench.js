#!/usr/bin/env node
// npm run bench: runs bench/bench.ts through tsx.
require("tsx/cjs");
require("../bench/bench.ts");
