// The linear-time table of npm run bench: each input at 1, 4 and 16 MB in a process of its own — time per MB, the
// 16 MB / 1 MB ratio of it (linear: near 1; the bar is 1.5), and the peak memory at 16 MB against the input.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { CASES } from "./linear-case";

const SIZES = [1, 4, 16];
const LIMIT_MS = 180_000;

function runCase(name: string, mb: number) {
  const r = spawnSync(
    process.execPath,
    [
      "-r",
      "tsx/cjs",
      join(__dirname, "linear-case.ts"),
      name,
      String(mb * 1024 * 1024),
    ],
    { encoding: "utf8", timeout: LIMIT_MS, maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as {
    ms: number;
    peakMB: number;
    bytes: number;
  };
}

export function linearTable(): void {
  console.log(
    `linear time (ms per MB at ${SIZES.join(" / ")} MB; ratio = 16 MB's per-MB time / 1 MB's, bar 1.5; peak memory at 16 MB):`,
  );
  for (const name of Object.keys(CASES)) {
    const runs = SIZES.map((mb) => runCase(name, mb));
    const perMb = runs.map((r, i) => (r ? r.ms / SIZES[i] : null));
    const ratio = perMb[0] && perMb[2] ? perMb[2] / perMb[0] : null;
    const peak = runs[2];
    console.log(
      `  ${name.padEnd(34)} ${perMb.map((x) => (x === null ? "  timeout" : x.toFixed(0).padStart(7))).join(" ")} ms/MB  ratio ${ratio === null ? "  -" : ratio.toFixed(2)}  peak ${peak ? `${peak.peakMB.toFixed(0)} MB (${(peak.peakMB / (peak.bytes / 1048576)).toFixed(1)}× input)` : "-"}`,
    );
  }
}

if (require.main === module) linearTable();
