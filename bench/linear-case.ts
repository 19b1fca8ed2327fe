// One case of the linear-time bench, run in a process of its own so its peak memory is its own:
//   node -r tsx/cjs bench/linear-case.ts NAME BYTES   → prints {"ms":…,"peakMB":…,"overMB":…,"bytes":…}
// Peak memory is the process's maximum resident set (getrusage's maxRSS, what the OS gave it at most); Node's own
// (measured before the input is built) is subtracted, so `overMB` is what the input and its parse cost.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseRelease } from "../src/parse";

const ROOT = resolve(__dirname, "..");
const example = readFileSync(
  join(ROOT, "examples", "acme-q3-2024.txt"),
  "utf8",
);

/** Repeats `unit(i)` until the text reaches `bytes`. */
function grow(bytes: number, unit: (i: number) => string, head = ""): string {
  const parts: string[] = [head];
  let n = head.length;
  for (let i = 0; n < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join("");
}

const figures = (i: number, n: number) =>
  Array.from({ length: n }, (_, k) =>
    (((i * 7919 + k * 104729) % 900000) + 1000)
      .toLocaleString("en-US")
      .padStart(12),
  ).join("");

/** The inputs: realistic (releases one after another) and hostile (what broke or slowed parsers before). */
export const CASES: Record<string, (bytes: number) => string> = {
  "realistic: releases in a row": (b) => grow(b, () => example + "\n\n"),
  "one huge line of figures": (b) =>
    "Revenue" + grow(b, (i) => ` ${figures(i, 1)}`),
  "lines of (": (b) => grow(b, () => "(".repeat(79) + "\n"),
  "lines of dashes": (b) =>
    grow(b, () => "- --- ------ - --- ---------- -----\n"),
  "a wide table (120 columns)": (b) =>
    grow(
      b,
      (i) => `Line item ${i}`.padEnd(40) + figures(i, 120) + "\n",
      " ".repeat(40) +
        Array.from({ length: 120 }, (_, k) =>
          String(1990 + (k % 30)).padStart(12),
        ).join("") +
        "\n",
    ),
  "a running header on every page": (b) =>
    grow(
      b,
      (i) =>
        `ACME WIDGET CORPORATION\nQuarterly report, page ${i + 1}\n\f\n` +
        `Revenues`.padEnd(40) +
        figures(i, 2) +
        "\n",
    ),
  "a dateline full of dates": (b) =>
    "NEW YORK, " +
    grow(b, (i) => `January ${(i % 28) + 1}, ${1990 + (i % 30)} -- `) +
    "\nAcme Corp. (NYSE: ACM) reported.",
  "HTML with rowspans": (b) =>
    grow(
      b,
      (i) =>
        `<tr><td rowspan="50">Item ${i}</td><td>${figures(i, 1)}</td><td rowspan="3">${figures(i + 1, 1)}</td></tr>\n`,
      "<html><body><table>",
    ) + "</table></body></html>",
  // A table far larger than its text: a line of 1,000 figures over a long table of two columns (its grid was rows ×
  // 1,000 columns), and a staircase of row spans pushing each row one column further right (rows × rows).
  "a line of figures over a long table": (b) =>
    grow(
      b,
      (i) => `Line item ${i}`.padEnd(40) + figures(i, 2) + "\n",
      " ".repeat(40) +
        "2004".padStart(12) +
        "2003".padStart(12) +
        "\n" +
        "Wide row".padEnd(40) +
        figures(0, 1000) +
        "\n",
    ),
  "HTML staircase of row spans": (b) =>
    grow(
      b,
      (i) =>
        `<tr><td rowspan="65534">Item ${i}</td><td>${figures(i, 1)}</td><td>${figures(i + 1, 1)}</td></tr>\n`,
      "<html><body><table>",
    ) + "</table></body></html>",
  "HTML nested deep": (b) => {
    const depth = Math.floor(b / 40);
    return (
      "<html><body>" +
      "<div><table><tr><td>".repeat(depth) +
      "1,234" +
      "</td></tr></table></div>".repeat(depth) +
      "</body></html>"
    );
  },
};

/**
 * What any reader of the text pays, whatever it does next: the lines split and each cut into its space-separated
 * words, as objects. Not the parser: the bench's reference for how much of the peak the runtime itself makes.
 */
export function splitOnly(text: string): number {
  const lines = text
    .split("\n")
    .map((t, i) => ({ no: i + 1, words: t.split(/ +/).map((w) => ({ w })) }));
  return lines.length;
}

/** The reference row's name in the table. */
export const REFERENCE = "reference: split into lines and words";

if (require.main === module) {
  const [name, size] = process.argv.slice(2);
  // The parser loaded and run on the example release a few times first: its compiled code and caches are the
  // runtime's, not an input's, and every size is then timed and measured with the same warm code.
  for (let i = 0; i < 20; i++) parseRelease(example, "example");
  if (name === "--heap") {
    // Node's own heap, once garbage is collected: what the heap cap adds to 10× the input.
    (globalThis as { gc?: () => void }).gc?.();
    console.log(
      JSON.stringify({ heapMB: process.memoryUsage().heapUsed / 1048576 }),
    );
    process.exit(0);
  }
  // Node's own memory (the runtime, tsx, the parser's modules, run) before the input exists: subtracted from the peak.
  const before = process.resourceUsage().maxRSS;
  const reference = name === REFERENCE;
  const text = CASES[reference ? "realistic: releases in a row" : name](
    Number(size),
  );
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const r = reference
    ? { facts: [], error: { message: `${splitOnly(text)} lines` } }
    : parseRelease(text, name);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  // The result's own size, where the bench runs this with --expose-gc: the heap once garbage is collected, less
  // the heap before the parse (the input included). No peak can be below it.
  const gc = (globalThis as { gc?: () => void }).gc;
  let resultMB: number | null = null;
  if (gc) {
    gc();
    resultMB = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  }
  console.log(
    JSON.stringify({
      ms,
      peakMB,
      baseMB: before / 1024,
      /** What the input and its parse added to Node's own peak. */
      overMB: peakMB - before / 1024,
      resultMB,
      bytes: Buffer.byteLength(text),
      facts: r.facts.length,
      error: r.error?.message ?? null,
    }),
  );
}
