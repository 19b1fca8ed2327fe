// What the pane says about a parsed release in a few words: its scale and unit line, each table's scale, the checks
// counted with FAILs first, the warnings grouped by kind, the checks a refresh turned to FAIL, and a paste that
// holds several copies of one release. Pure functions (no React, no Office): test/pane-summary.test.ts.
import { rules } from "../src/rules";
import {
  Check,
  CheckStatus,
  Fact,
  Release,
  Row,
  Table,
  Warning,
} from "../src/model";

const SCALE_WORDS: Record<number, string> = {
  1: "",
  1000: "thousands",
  1000000: "millions",
  1000000000: "billions",
};

/** "thousands", "millions" … for a multiplier; "" for units; "× 100" for one with no name. */
export function scaleWord(scale: number): string {
  return SCALE_WORDS[scale] ?? `× ${scale}`;
}

/** The most frequent value of a list (the first one seen among equals), or undefined for an empty list. */
function mostCommon<T>(xs: T[]): T | undefined {
  const n = new Map<T, number>();
  let best: T | undefined;
  let bestN = 0;
  for (const x of xs) {
    const k = (n.get(x) ?? 0) + 1;
    n.set(x, k);
    if (k > bestN) {
      best = x;
      bestN = k;
    }
  }
  return best;
}

/** "USD millions", "shares in thousands": a unit at one scale, in words. */
function unitAt(unit: "USD" | "shares", scale: number): string {
  const w = scaleWord(scale);
  if (unit === "USD") return w ? `USD ${w}` : "USD";
  return w ? `shares in ${w}` : "shares";
}

/**
 * The release's scale and unit line, from its facts: "USD millions, except per share; shares in thousands".
 * Money at the scale most of its figures carry (other scales named as "some tables in …"); per-share amounts and
 * shares named where they are not at the money's scale. Empty when the release has no money figure.
 */
export function scaleLine(facts: Fact[]): string {
  const usd = facts.filter((f) => f.unit === "USD");
  if (usd.length === 0) return "";
  const main = mostCommon(usd.map((f) => f.scale))!;
  const parts = [unitAt("USD", main)];
  const others = [...new Set(usd.map((f) => f.scale))].filter(
    (s) => s !== main,
  );
  if (others.length)
    parts[0] += ` (some tables ${others.map((s) => scaleWord(s) || "in units").join(", ")})`;
  if (main !== 1 && facts.some((f) => f.unit === "USD/share"))
    parts[0] += ", except per share";
  const shares = facts.filter((f) => f.unit === "shares");
  const shareScale = mostCommon(shares.map((f) => f.scale));
  if (shareScale !== undefined && shareScale !== main)
    parts.push(unitAt("shares", shareScale));
  return parts.join("; ");
}

/** A table's own scale, said once above its figures: "USD thousands, except per share". */
export function tableScale(t: Table): string {
  const money = t.rows.filter((r: Row) => r.unit === "USD");
  if (money.length === 0) {
    const shares = t.rows.filter((r) => r.unit === "shares");
    return shares.length
      ? unitAt("shares", mostCommon(shares.map((r) => r.scale))!)
      : "";
  }
  const main = mostCommon(money.map((r) => r.scale))!;
  const perShare = main !== 1 && t.rows.some((r) => r.unit === "USD/share");
  return `${unitAt("USD", main)}${perShare ? ", except per share" : ""}`;
}

const ORDER: Record<CheckStatus, number> = { fail: 0, skip: 1, pass: 2 };

/** The checks with FAILs first (then skips, then passes; the release's order within each) and their counts. */
export function checksSummary(checks: Check[]): {
  sorted: Check[];
  counts: Record<CheckStatus, number>;
  text: string;
} {
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, skip: 0 };
  for (const c of checks) counts[c.status]++;
  const sorted = checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => ORDER[a.c.status] - ORDER[b.c.status] || a.i - b.i)
    .map((x) => x.c);
  const text = [
    `${counts.pass} pass`,
    `${counts.fail} fail`,
    ...(counts.skip ? [`${counts.skip} skipped`] : []),
  ].join(" · ");
  return { sorted, counts, text };
}

/** A check's name as the pane lists it: its kind and period ("footing.total Q2-2003"). */
export const checkName = (c: Check) => `${c.id} ${c.period ?? c.column}`;

/**
 * A warning's kind: its message with every figure and quoted text replaced by "…", so "Line 12: column 3 has no
 * period" and "Line 40: column 5 has no period" fall in one group.
 */
export function warningKind(message: string): string {
  return message
    .replace(rules.warningQuote, (_, close: string) => (close ? '"…"' : '"'))
    .replace(rules.warningFigure, "…");
}

/** The warnings grouped by kind, largest group first; each group keeps its warnings in line order. */
export function groupWarnings(
  warnings: Warning[],
): { kind: string; warnings: Warning[] }[] {
  const groups = new Map<string, Warning[]>();
  for (const w of warnings) {
    const k = warningKind(w.message);
    const g = groups.get(k);
    if (g) g.push(w);
    else groups.set(k, [w]);
  }
  return [...groups.entries()]
    .map(([kind, ws]) => ({
      kind,
      warnings: ws.sort((a, b) => a.line - b.line),
    }))
    .sort((a, b) => b.warnings.length - a.warnings.length);
}

/** A check's identity across two parses of one release: kind, column and the labels it names. */
const checkKey = (c: Check) =>
  `${c.id}\u0000${c.column}\u0000${c.period ?? ""}`;

/**
 * The checks that FAIL after a refresh and did not before (new, or PASS/skip before): a refresh naming these is a
 * warning, never a success.
 */
export function newFails(before: Check[], after: Check[]): Check[] {
  const failedBefore = new Map<string, number>();
  for (const c of before)
    if (c.status === "fail")
      failedBefore.set(checkKey(c), (failedBefore.get(checkKey(c)) ?? 0) + 1);
  const out: Check[] = [];
  for (const c of after) {
    if (c.status !== "fail") continue;
    const k = checkKey(c);
    const n = failedBefore.get(k) ?? 0;
    if (n > 0) failedBefore.set(k, n - 1);
    else out.push(c);
  }
  return out;
}

/**
 * A table's fingerprint: title, periods, row count, and the labels and figures of its first, middle and last rows
 * (what makes two copies the same, at a cost that does not grow with the table).
 */
function tableSignature(t: Table): string {
  const parts: string[] = [t.title ?? "", t.statement, String(t.rows.length)];
  for (const c of t.columns) parts.push(c.column);
  for (const r of [
    t.rows[0],
    t.rows[t.rows.length >> 1],
    t.rows[t.rows.length - 1],
  ])
    if (r) parts.push(r.label, r.values.join("|"));
  return parts.join("\u0000");
}

/**
 * Several copies of one release pasted together: nearly every table (three in four or more) printed two or more
 * times with the same labels and figures (a table at a copy's seam may read differently). Returns the number of
 * copies (the most frequent repeat count), or 0. A release that prints one table twice among others is not several
 * copies, nor are two different releases pasted together.
 */
export function repeatedCopies(r: Release): number {
  if (r.tables.length < 2) return 0;
  const n = new Map<string, number>();
  for (const t of r.tables) {
    const s = tableSignature(t);
    n.set(s, (n.get(s) ?? 0) + 1);
  }
  const repeats = [...n.values()].filter((k) => k >= 2);
  const inRepeats = repeats.reduce((a, k) => a + k, 0);
  if (inRepeats * 4 < r.tables.length * 3) return 0;
  return mostCommon(repeats) ?? 0;
}
