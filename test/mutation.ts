// The checks' mutation test: in real releases, change one printed figure that takes part in a relation a passing
// check tested (a component, a subtotal, a total, a net income, an EPS, a share count), re-parse, and see whether a
// check now fails. The figures are derived from the passing checks' rows and columns, never from a hand list.
// Money is changed by 10 in its printed unit (−10 where +10 would add a digit); a per-share figure, a share count, or
// an income only an EPS ratio uses, by one in its first significant digit (a typo): 10 thousand shares more cannot
// move an EPS rounded to the cent.
// Digits are replaced in place, so every column keeps its alignment.
import { Check, Release, Row, Unit } from "../src/model";
import { parseRelease } from "../src/parse";

/** A release's own misprint: a FAIL that stays, named with its file, check, column and figures. */
export interface Misprint {
  file: string;
  id: string;
  column: string;
  expected: string;
  actual: string;
}

export interface Target {
  /** 1-based source line of the figure and where its digits start and end on it. */
  line: number;
  start: number;
  end: number;
  printed: string;
  replacement: string;
  unit: Unit;
  /** What the figure is, for a report: "Total current assets @ December 31, 2004". */
  what: string;
}

export interface Outcome {
  file: string;
  target: Target;
  detected: boolean;
  /** The check that failed, when one did. */
  by?: string;
}

export const key = (file: string, c: Check) =>
  `${file}|${c.id}|${c.column}|${c.expected}|${c.actual}`;

export const misprintKey = (m: Misprint) =>
  `${m.file}|${m.id}|${m.column}|${m.expected}|${m.actual}`;

const TOKEN = /\d[\d,]*(?:\.\d+)?|\.\d+/g;
const digitsOf = (s: string) => s.replace(/[^\d]/g, "");

/** The digits of a printed figure changed as the file comment says, same count of digits; null when impossible. */
export function mutatedDigits(printed: string, unit: Unit): string | null {
  const digits = digitsOf(printed);
  if (digits.length === 0) return null;
  if (unit === "USD/share" || unit === "shares") {
    const i = digits.search(/[1-9]/);
    if (i < 0) return null;
    const d = Number(digits[i]);
    const next = d === 9 ? 8 : d + 1;
    return digits.slice(0, i) + String(next) + digits.slice(i + 1);
  }
  const n = BigInt(digits);
  for (const step of [10n, -10n]) {
    const m = n + step;
    if (m < 0n) continue;
    const s = m.toString().padStart(digits.length, "0");
    if (s.length === digits.length && s !== digits) return s;
  }
  return null;
}

/** The printed token with its digits replaced one by one (separators and decimal point stay where they are). */
function replaceDigits(token: string, digits: string): string {
  let j = 0;
  return token.replace(/\d/g, () => digits[j++]);
}

/**
 * Where a figure stands on its source line: the one token whose digits are the figure's (a figure printed twice on
 * one line cannot be told apart: null).
 */
function locate(
  text: string,
  value: string,
): { start: number; end: number; token: string } | null {
  const want = digitsOf(value.replace(/^-/, "").replace(/^0+(?=\d)/, ""));
  const hits: { start: number; end: number; token: string }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const d = digitsOf(m[0]).replace(/^0+(?=\d)/, "");
    if (
      d === want &&
      (m[0].includes(".") === value.includes(".") || !value.includes("."))
    )
      hits.push({ start: m.index!, end: m.index! + m[0].length, token: m[0] });
  }
  return hits.length === 1 ? hits[0] : null;
}

/** Every figure a passing check used, located in the text (the figures found on one line only once). */
export function targets(text: string, release: Release): Target[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out = new Map<string, Target & { checks: Set<string> }>();
  const passing = release.checks.filter((c) => c.status === "pass");
  release.tables.forEach((table, ti) => {
    const byLine = new Map<number, Row[]>();
    for (const r of table.rows) {
      const list = byLine.get(r.line) ?? [];
      list.push(r);
      byLine.set(r.line, list);
    }
    // A line holding several rows (a page saved on one line) cannot say which of them a check used: left out.
    for (const [line, rows] of byLine) if (rows.length > 1) byLine.delete(line);
    for (const c of passing) {
      const ks = table.columns
        .map((col, k) => (col.column === c.column ? k : -1))
        .filter((k) => k >= 0);
      if (ks.length === 0) continue;
      for (const line of new Set(c.lines))
        for (const row of byLine.get(line) ?? [])
          for (const k of ks) {
            const value = row.values[k];
            if (value === null) continue;
            const fact = release.facts.find(
              (f) =>
                f.table === ti &&
                f.label === row.label &&
                f.column === c.column &&
                f.value === value,
            );
            const at = fact?.line ?? row.line;
            const source = lines[at - 1];
            if (source === undefined) continue;
            const spot = locate(source, value);
            if (!spot) continue;
            const id = `${at}:${spot.start}`;
            const seen = out.get(id);
            if (seen) {
              seen.checks.add(c.id);
              continue;
            }
            out.set(id, {
              line: at,
              start: spot.start,
              end: spot.end,
              printed: spot.token,
              replacement: "",
              unit: row.unit,
              what: `${row.label} @ ${c.column}`,
              checks: new Set([c.id]),
            });
          }
    }
  });
  // A figure only an EPS ratio uses (net income beside EPS and shares alone) is changed like a per-share figure: 10
  // dollars more cannot move a ratio printed to the cent.
  const located: Target[] = [];
  for (const { checks, ...t } of out.values()) {
    const onlyRatio = [...checks].every((id) => id === "eps.ratio");
    const digits = mutatedDigits(t.printed, onlyRatio ? "shares" : t.unit);
    if (digits)
      located.push({ ...t, replacement: replaceDigits(t.printed, digits) });
  }
  return located.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** The text with one figure changed in place. */
export function mutate(text: string, t: Target): string {
  const lines = text.split(/(\r\n|\r|\n)/);
  // split with a capture keeps the line ends at odd indexes: line n is at index 2(n−1)
  const i = 2 * (t.line - 1);
  const s = lines[i];
  lines[i] = s.slice(0, t.start) + t.replacement + s.slice(t.end);
  return lines.join("");
}

/** At most `most` of the targets, spread evenly over the release (deterministic). */
export function sample<T>(all: T[], most: number): T[] {
  if (all.length <= most) return all;
  const step = all.length / most;
  return Array.from({ length: most }, (_, i) => all[Math.floor(i * step)]);
}

/** The untouched release's FAILs that are not named misprints. */
export function falseFails(
  file: string,
  release: Release,
  misprints: Misprint[],
): Check[] {
  const named = new Set(misprints.map(misprintKey));
  return release.checks.filter(
    (c) => c.status === "fail" && !named.has(key(file, c)),
  );
}

/** Each sampled mutation of one release: did a check that did not fail before fail now? */
export function mutationsOf(
  file: string,
  text: string,
  most: number,
): { outcomes: Outcome[]; located: number } {
  const release = parseRelease(text, file);
  // A check is told by what it compares, not its figures (which the mutation changes).
  const where = (c: Check) => `${c.id}|${c.column}|${c.lines.join(",")}`;
  const before = new Set(
    release.checks.filter((c) => c.status === "fail").map(where),
  );
  const all = targets(text, release);
  const outcomes = sample(all, most).map((target) => {
    const after = parseRelease(mutate(text, target), file);
    const failed = after.checks.find(
      (c) => c.status === "fail" && !before.has(where(c)),
    );
    return {
      file,
      target,
      detected: failed !== undefined,
      by: failed ? `${failed.id} ${failed.column}` : undefined,
    };
  });
  return { outcomes, located: all.length };
}
