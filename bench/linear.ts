// The linear-time table of npm run bench: each input at 1, 4 and 16 MB in a process of its own — time per MB, the
// 16 MB / 1 MB ratio of it (linear: near 1; the bar is 1.5), and memory two ways:
// - the peak resident set (getrusage maxRSS) less Node's own before the input is built, over the input's size: what
//   the process held at most, garbage V8 had not yet collected included (bench/linear-case.ts);
// - the bar, 10×: the same parse run again with V8's old generation capped at 10× the input plus Node's own heap (the
//   parser loaded and run on a small release, so its compiled code is counted as Node's), and its young generation
//   held to one small semi-space. It completes only if everything it holds at once — the input, the lines, the
//   tables, the result — fits in that cap; past it V8 stops the process.
// A reference row splits the text into lines and words and does nothing else: the resident-set figure any reader
// of the text in Node starts from.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { CASES, REFERENCE } from "./linear-case";

const SIZES = [1, 4, 16];
const LIMIT_MS = 180_000;
const TIME_BAR = 1.5;
const MEMORY_BAR = 10;
/**
 * The capped run's young generation, a semi-space (MB). The cap bounds V8's old generation only; left to itself the
 * young one grows outside it, and near the cap the collector then gives up for want of room to promote it
 * ("scavenge might not succeed"), the input's own heap at 6× (releases in a row at 1 MB: 12 of 20 capped runs
 * completed so, 20 of 20 with this). Held small, it also keeps the whole heap near the cap.
 */
const YOUNG_SEMI_SPACE_MB = 1;

interface CaseRun {
  ms: number;
  peakMB: number;
  baseMB: number;
  overMB: number;
  /** The parsed release's own size on the heap (what stays once garbage is collected). */
  resultMB: number | null;
  bytes: number;
}

function child(args: string[], flags: string[] = []) {
  return spawnSync(
    process.execPath,
    [
      ...flags,
      "--expose-gc",
      "-r",
      "tsx/cjs",
      join(__dirname, "linear-case.ts"),
      ...args,
    ],
    { encoding: "utf8", timeout: LIMIT_MS, maxBuffer: 1 << 20 },
  );
}

function runCase(name: string, mb: number, heapCapMB?: number): CaseRun | null {
  const r = child(
    [name, String(mb * 1024 * 1024)],
    heapCapMB
      ? [
          `--max-old-space-size=${heapCapMB}`,
          `--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`,
        ]
      : [],
  );
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as CaseRun;
}

/** Node's own heap, the parser loaded and run on a small release (MB). */
function nodeHeapMB(): number {
  const r = child(["--heap"]);
  return (JSON.parse(r.stdout.trim()) as { heapMB: number }).heapMB;
}

/** Memory over Node's own, as a multiple of the input. */
const times = (r: CaseRun) => r.overMB / (r.bytes / 1048576);

export function linearTable(): void {
  const own = Math.ceil(nodeHeapMB());
  const cap = (mb: number) => MEMORY_BAR * mb + own;
  console.log(
    `linear time and memory, each case at ${SIZES.join(" / ")} MB in a process of its own:\n` +
      `  ms per MB; ratio = 16 MB's per-MB time / 1 MB's (bar ${TIME_BAR});\n` +
      `  rss = peak resident set less Node's own before the input exists, over the input's size (garbage not yet collected included);\n` +
      `  heap ${MEMORY_BAR}× = the parse run again with V8's old generation capped at ${MEMORY_BAR}× the input + Node's own ${own} MB (${SIZES.map(cap).join(" / ")} MB), its young generation at ${YOUNG_SEMI_SPACE_MB} MB a semi-space: "ok" if it completes (the bar);\n` +
      `  "the result itself" = the parsed release's size on the heap once garbage is collected, over the input's`,
  );
  const over: string[] = [];
  for (const name of [REFERENCE, ...Object.keys(CASES)]) {
    const reference = name === REFERENCE;
    const runs = SIZES.map((mb) => runCase(name, mb));
    const capped = reference
      ? []
      : SIZES.map((mb) => runCase(name, mb, cap(mb)) !== null);
    const perMb = runs.map((r, i) => (r ? r.ms / SIZES[i] : null));
    const ratio = perMb[0] && perMb[2] ? perMb[2] / perMb[0] : null;
    const rss = runs.map((r) => (r ? times(r) : null));
    const flags = [
      ratio !== null && ratio > TIME_BAR ? "TIME" : "",
      capped.some((ok) => !ok) ? "MEMORY" : "",
    ].filter(Boolean);
    if (flags.length && !reference) over.push(`${name} (${flags.join(", ")})`);
    const r16 = runs[2];
    console.log(
      `  ${name.padEnd(38)} ${perMb.map((x) => (x === null ? "  timeout" : x.toFixed(0).padStart(7))).join(" ")} ms/MB  ratio ${ratio === null ? "  -" : ratio.toFixed(2)}` +
        `  rss ${rss.map((m) => (m === null ? "   -" : `${m.toFixed(1)}×`.padStart(6))).join(" ")}` +
        (reference
          ? ""
          : `  heap ${MEMORY_BAR}× ${capped.map((ok) => (ok ? "ok" : "OVER")).join(" ")}` +
            `  (16 MB: the result itself ${r16?.resultMB == null ? "-" : `${(r16.resultMB / (r16.bytes / 1048576)).toFixed(1)}×`})`) +
        (flags.length && !reference
          ? `  ← over the bar: ${flags.join(", ")}`
          : ""),
    );
  }
  console.log(
    over.length
      ? `  over a bar: ${over.join("; ")}`
      : `  every case within both bars`,
  );
}

if (require.main === module) linearTable();
