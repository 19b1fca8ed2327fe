// The linear-time table of npm run bench: each input at 1, 4 and 16 MB in a process of its own — time per MB, the
// 16 MB / 1 MB ratio of it (linear: near 1; the bar is 1.5), and the peak memory against the input at each size.
// Memory is the process's peak resident set (getrusage maxRSS) less Node's own before the input is built
// (bench/linear-case.ts), divided by the input's size; the bar is 10×, and a case over it is flagged.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { CASES } from "./linear-case";

const SIZES = [1, 4, 16];
const LIMIT_MS = 180_000;
const TIME_BAR = 1.5;
const MEMORY_BAR = 10;

interface CaseRun {
  ms: number;
  peakMB: number;
  baseMB: number;
  overMB: number;
  /** The parsed release's own size on the heap (what stays once garbage is collected). */
  resultMB: number | null;
  bytes: number;
}

function runCase(name: string, mb: number): CaseRun | null {
  const r = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "-r",
      "tsx/cjs",
      join(__dirname, "linear-case.ts"),
      name,
      String(mb * 1024 * 1024),
    ],
    { encoding: "utf8", timeout: LIMIT_MS, maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as CaseRun;
}

/** Memory over Node's own, as a multiple of the input. */
const times = (r: CaseRun) => r.overMB / (r.bytes / 1048576);

export function linearTable(): void {
  console.log(
    `linear time and memory, each case at ${SIZES.join(" / ")} MB in a process of its own:\n` +
      `  ms per MB; ratio = 16 MB's per-MB time / 1 MB's (bar ${TIME_BAR});\n` +
      `  memory = peak resident set less Node's own before the input exists ("baseline" below), over the input's size (bar ${MEMORY_BAR}×);\n` +
      `  "the result itself" = the parsed release's size on the heap once garbage is collected, over the input's: a floor for any peak`,
  );
  const over: string[] = [];
  for (const name of Object.keys(CASES)) {
    const runs = SIZES.map((mb) => runCase(name, mb));
    const perMb = runs.map((r, i) => (r ? r.ms / SIZES[i] : null));
    const ratio = perMb[0] && perMb[2] ? perMb[2] / perMb[0] : null;
    const mem = runs.map((r) => (r ? times(r) : null));
    const flags = [
      ratio !== null && ratio > TIME_BAR ? "TIME" : "",
      mem.some((m) => m !== null && m > MEMORY_BAR) ? "MEMORY" : "",
    ].filter(Boolean);
    if (flags.length) over.push(`${name} (${flags.join(", ")})`);
    const base = runs.find((r) => r)?.baseMB;
    console.log(
      `  ${name.padEnd(34)} ${perMb.map((x) => (x === null ? "  timeout" : x.toFixed(0).padStart(7))).join(" ")} ms/MB  ratio ${ratio === null ? "  -" : ratio.toFixed(2)}` +
        `  memory ${mem.map((m) => (m === null ? "   -" : `${m.toFixed(1)}×`.padStart(6))).join(" ")}` +
        `  (16 MB: ${runs[2] ? `${runs[2].overMB.toFixed(0)} MB over, the result itself ${runs[2].resultMB === null ? "-" : `${(runs[2].resultMB / (runs[2].bytes / 1048576)).toFixed(1)}×`}` : "-"}; baseline ${base ? base.toFixed(0) : "-"} MB)` +
        (flags.length ? `  ← over the bar: ${flags.join(", ")}` : ""),
    );
  }
  console.log(
    over.length
      ? `  over a bar: ${over.join("; ")}`
      : `  every case within both bars`,
  );
}

if (require.main === module) linearTable();
