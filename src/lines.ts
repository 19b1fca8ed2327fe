// Text → lines: line endings, tabs, odd spaces and dashes folded; each line classified as blank, text, rule,
// EDGAR tag or page furniture. Column positions are preserved exactly (every replacement keeps the width).
import { SourceLine } from "./model";
import { rules } from "./rules";

const TAB_STOP = 8;

/** Expands tabs to 8-column stops so that alignment can be measured in characters. */
export function expandTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const ch of line) {
    if (ch === "\t") out += " ".repeat(TAB_STOP - (out.length % TAB_STOP));
    else out += ch;
  }
  return out;
}

/** One physical line made plain: same width, ASCII spaces, dashes and apostrophes. */
export function normalizeLine(raw: string): string {
  let s = expandTabs(raw);
  if (!rules.plainAscii.test(s))
    s = s
      .replace(rules.formFeed, " ")
      .replace(rules.oddSpace, " ")
      .replace(rules.dash, "-")
      .replace(rules.curlyApostrophe, "'")
      .replace(rules.curlyQuote, '"');
  // EDGAR prefixes a line that starts with "-" with "- "; blank the escape, keep the columns.
  if (rules.edgarEscapedDash.test(s)) s = "  " + s.slice(2);
  return s.trimEnd();
}

/** Page furniture is short: longer lines are never tested against its patterns. */
const NOISE_MAX = 40;

export function classify(text: string): SourceLine["kind"] {
  const t = text.trim();
  if (t === "") return "blank";
  if (t[0] === "<" && rules.edgarTag.test(text)) return "tag";
  if (rules.rule.test(text)) return "rule";
  if (t.length <= NOISE_MAX && rules.noise.test(text)) return "noise";
  return "text";
}

/** Splits and classifies the whole text. Form feeds become page breaks (noise lines). */
export function toLines(text: string): SourceLine[] {
  const raw = text.split(rules.lineBreak);
  const lines = raw.map((r, i): SourceLine => {
    const t = normalizeLine(r);
    const kind = r.includes("\f") && t.trim() === "" ? "noise" : classify(t);
    return { no: i + 1, text: t, kind };
  });
  markSubmissionHeader(lines);
  markPageFurniture(lines);
  return lines;
}

/**
 * An EDGAR submission's header (<SEC-HEADER> … </SEC-HEADER>: "PUBLIC DOCUMENT COUNT:  2", "ZIP:  83702") is
 * filing data, not the release: its lines are tags, never rows of a table.
 */
function markSubmissionHeader(lines: SourceLine[]): void {
  let inside = false;
  for (const l of lines) {
    if (rules.submissionHeaderOpen.test(l.text)) inside = true;
    if (inside) l.kind = "tag";
    if (rules.submissionHeaderClose.test(l.text)) inside = false;
  }
}

function isPageBreak(l: SourceLine): boolean {
  return (
    (l.kind === "noise" && !rules.pageNumber.test(l.text)) ||
    (l.kind === "tag" && rules.edgarPage.test(l.text))
  );
}

/**
 * Lone page numbers (a small integer with blank lines or a page break around it) and running headers (the same
 * short lines repeated right after two or more page breaks, unless they name a date) become noise.
 */
function markPageFurniture(lines: SourceLine[]): void {
  const near = (i: number, dir: 1 | -1): SourceLine | undefined => {
    for (let j = i + dir; j >= 0 && j < lines.length; j += dir)
      if (lines[j].kind !== "blank") return lines[j];
    return undefined;
  };
  lines.forEach((l, i) => {
    if (l.kind !== "text" || !rules.pageNumber.test(l.text)) return;
    const prevBlank =
      i === 0 || lines[i - 1].kind === "blank" || isPageBreak(lines[i - 1]);
    const nextBlank =
      i === lines.length - 1 ||
      lines[i + 1].kind === "blank" ||
      isPageBreak(lines[i + 1]);
    const prev = near(i, -1);
    if ((prevBlank && nextBlank) || (prev && isPageBreak(prev)))
      l.kind = "noise";
  });
  // Running headers: text lines within the first four non-blank lines after a page break, seen after 2+ breaks.
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (!isPageBreak(l)) return;
    let taken = 0;
    for (let j = i + 1; j < lines.length && taken < 4; j++) {
      // Blank lines and the page number that often stands first on a page come before the running header.
      if (
        lines[j].kind === "blank" ||
        (lines[j].kind === "noise" && rules.pageNumber.test(lines[j].text))
      )
        continue;
      if (lines[j].kind !== "text") break;
      taken++;
      const key = lines[j].text.trim().replace(/\d+/g, "#").toLowerCase();
      if (key.length > 70) break;
      const at = seen.get(key);
      if (at) at.push(j);
      else seen.set(key, [j]);
    }
  });
  // A repeated line that names a date ("YEAR ENDED DECEMBER 31, 1997") titles the statements of those pages, and a
  // column header repeated on each page ("1998     1997", "Three Months Ended     Six Months Ended") heads the
  // table continued there: keep them.
  for (const idx of seen.values())
    if (
      idx.length >= 2 &&
      !rules.monthDayYear.test(lines[idx[0]].text) &&
      !rules.monthYear.test(lines[idx[0]].text) &&
      !isPeriodHeaderRow(lines[idx[0]].text)
    )
      for (const j of idx) lines[j].kind = "noise";
}

/** A line of two or more columns each naming a period ("1998   1997", "Quarter Ended    Year Ended"). */
function isPeriodHeaderRow(text: string): boolean {
  const cells = text.trim().split(rules.columnGap);
  return cells.length >= 2 && cells.every((c) => rules.periodWord.test(c));
}
