// The fuzzer's short form for CI: 5,000 seeded cases (test/fuzz/harness.ts) on bases cut to 20,000 characters, so
// that it stays within about a minute; `npm run fuzz` is the long form. A failure prints fast-check's report: the
// seed, the path and a minimal failing input to reproduce it with.
import { runFuzz, timeLimit } from "./fuzz/harness";

const CASES = 5000;
const SEED = 20041231;
const MAX_BASE = 20_000;

describe("fuzz (short form)", () => {
  it(`${CASES} cases from seed ${SEED}: no throw, every fact on its cited line, tables sized by their figures, sheets within Excel's limits, linear time`, () => {
    let n = 0;
    let slowest = 0;
    let slowestChars = 0;
    const t0 = performance.now();
    const { failure } = runFuzz(
      CASES,
      SEED,
      (ms, chars) => {
        n++;
        if (ms > slowest) {
          slowest = ms;
          slowestChars = chars;
        }
      },
      MAX_BASE,
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `fuzz: ${n} cases in ${seconds.toFixed(1)} s; slowest ${slowest.toFixed(0)} ms (${slowestChars} characters, bound ${timeLimit(slowestChars).toFixed(0)} ms)`,
    );
    expect(failure).toBeNull();
    expect(n).toBe(CASES);
  }, 180_000);
});
