// npm run fuzz [-- --runs N --seed S]: the fuzzer's long form (100,000 cases by default); prints its figures and,
// on failure, fast-check's report with the seed and a minimal failing input, and exits 1.
import { runFuzz } from "./harness";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg("--runs", 100_000);
const seed = arg("--seed", Date.now() % 2 ** 31);
let n = 0;
let slowest = 0;
let chars = 0;
const t0 = performance.now();
const { failure } = runFuzz(runs, seed, (ms, c) => {
  n++;
  chars += c;
  slowest = Math.max(slowest, ms);
  if (n % 5000 === 0)
    console.log(
      `  ${n} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
});
console.log(
  `fuzz: ${n} cases from seed ${seed}, ${(chars / 1e6).toFixed(1)} MB parsed in ${((performance.now() - t0) / 1000).toFixed(1)} s; slowest case ${slowest.toFixed(0)} ms`,
);
if (failure) {
  console.log(failure);
  process.exitCode = 1;
} else console.log("fuzz: no failure");
