// Text copied from a PDF viewer: a table's cells kept apart by one space, no column alignment ("Net revenues $ 21,450
// $ 18,200"). Its rows and period headers are rewritten as TAB rows, one line for one line, for the copied-text reader.
import { rules } from "./rules";

/** Only the top of a long input is looked at to tell its form. */
const SNIFF_LINES = 4000;
/** Rows of figures that tell a text copied from a PDF: at least this many, nearly none aligned with spaces. */
const MIN_ROWS = 5;
/** A header line of period phrases is no longer than this. */
const HEADER_LENGTH = 200;
/** A row of a table is no longer than this: a longer line (prose, a line of a thousand figures) is never split. */
const ROW_LENGTH = 400;

/** A word that stands in a column of figures: a figure, or a nil ("-", "—", "NM"). */
const isValue = (w: string) =>
  (rules.spacedFigure.test(w) && !rules.year.test(w)) ||
  rules.spacedNil.test(w);

/**
 * A row: its label and its values with the marks beside them ("$", "(" apart from a figure), or null where the line
 * ends in fewer than two values, or is aligned with runs of spaces (fixed-width text).
 */
function rowCells(line: string): string[] | null {
  if (line.length > ROW_LENGTH) return null;
  const t = line.trim();
  if (rules.innerSpaceRun.test(t)) return null;
  const words = t.split(" ");
  let k = words.length;
  let values = 0;
  while (k > 0) {
    const w = words[k - 1];
    if (isValue(w)) values++;
    else if (!rules.spacedMark.test(w)) break;
    k--;
  }
  if (values < 2 || k === 0) return null;
  return [words.slice(0, k).join(" "), ...words.slice(k)];
}

const valuesOf = (cells: string[]) => cells.slice(1).filter(isValue).length;

/**
 * Rows with more values than most rows of their table may carry the first one in their label, read on from a word
 * such as "of" or "and" ("Accounts receivable, net of allowance for" / "doubtful accounts of $500 and $450 12,000
 * 11,000"): that one goes back to the label. A value after any other word is the row's own (a change printed on some
 * rows only). A table is a run of rows with at most a few other lines between them.
 */
function labelsKeepTheirAmounts(rows: (string[] | null)[]): void {
  let block: number[] = [];
  let gap = 0;
  const settle = () => {
    const counts = new Map<number, number>();
    for (const i of block) {
      const n = valuesOf(rows[i]!);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let mode = 0;
    let most = 0;
    for (const [n, c] of counts)
      if (c > most || (c === most && n > mode)) [mode, most] = [n, c];
    for (const i of block) {
      const cells = rows[i]!;
      if (most < 2 || valuesOf(cells) <= mode) continue;
      const lastWord = cells[0].slice(cells[0].lastIndexOf(" ") + 1);
      if (isValue(cells[1]) && rules.spacedLabelGoesOn.test(lastWord))
        rows[i] = [`${cells[0]} ${cells[1]}`, ...cells.slice(2)];
    }
    block = [];
  };
  rows.forEach((r, i) => {
    if (r) {
      block.push(i);
      gap = 0;
    } else if (++gap > HEADING_LINES * 2 && block.length) settle();
  });
  if (block.length) settle();
}

/** A header line of years only ("2004 2003 2004 2003"), as its cells. */
function yearCells(line: string): string[] | null {
  if (line.length > HEADER_LENGTH) return null;
  const words = line.trim().split(" ");
  // (A line aligned with runs of spaces splits into empty words, which are no years.)
  return words.length >= 2 && words.every((w) => rules.year.test(w))
    ? words
    : null;
}

/**
 * A header line of one short cell a column ("Q4 2004 Q4 2003 % Change", "FY 2004 FY 2003"), as its cells: the line is
 * nothing but such cells, one space apart.
 */
function labelCells(line: string): string[] | null {
  const t = line.trim();
  if (t.length > HEADER_LENGTH || rules.innerSpaceRun.test(t)) return null;
  const cells: string[] = [];
  let at = 0;
  for (const m of t.matchAll(rules.spacedHeaderCell)) {
    if (t.slice(at, m.index).trim() !== "") return null;
    cells.push(m[0]);
    at = m.index! + m[0].length;
  }
  return cells.length >= 2 && t.slice(at).trim() === "" ? cells : null;
}

/** A header line of period phrases or dates ("Three Months Ended June 30, Six Months Ended June 30,"), cut apart. */
function phraseCells(line: string): string[] | null {
  const t = line.trim();
  // A header line is short and single-spaced (the patterns then look back over one space at most).
  if (t.length > HEADER_LENGTH || rules.innerSpaceRun.test(t)) return null;
  const starts = [...t.matchAll(rules.spacedHeaderStart)].map((m) => m.index!);
  if (starts.length < 2 || starts[0] !== 0) return null;
  return starts.map((s, i) => t.slice(s, starts[i + 1]).trim());
}

/** One space between a table's cells, and no runs of spaces aligning them: text copied from a PDF. */
export function isSpacedText(text: string): boolean {
  let spaced = 0;
  let aligned = 0;
  for (const l of text.split(rules.lineBreak, SNIFF_LINES)) {
    if (l.includes("\t")) return false;
    if (l.length > ROW_LENGTH) continue;
    const t = l.trim();
    // A row of figures however it is spaced: aligned with runs of spaces (fixed-width text), or one space apart.
    if (!rowCells(t.replace(rules.spaceRun, " "))) continue;
    if (rules.innerSpaceRun.test(t)) aligned++;
    else spaced++;
  }
  return spaced >= MIN_ROWS && aligned * 10 <= spaced;
}

/**
 * The text with each row of figures, each line of years and each line of period phrases above them written as TAB
 * cells; every other line as it is. The copied-text reader then finds the tables.
 */
export function tabbedFromSpaced(text: string): string {
  const lines = text.split(rules.lineBreak);
  /** Each line's cells as a row of figures, or null. */
  const rows = lines.map(rowCells);
  labelsKeepTheirAmounts(rows);
  const out = lines.map((l, i) => {
    if (l.length > ROW_LENGTH) return l;
    const t = l.trim();
    // Rules drawn under a header or above a total are no cells: an empty line.
    if (t !== "" && t.split(" ").every((w) => rules.spacedRule.test(w)))
      return "";
    const cells = rows[i] ?? yearCells(l) ?? labelCells(l);
    return cells ? cells.join("\t") : l;
  });
  // Period phrases only where they head a TAB line (years, cells or a row), at most a few short lines (headings)
  // above it: elsewhere a sentence may well read like one. Read from the bottom up, so a stack of them reaches the
  // years below it. Dates over as many years ("June 30, December 31," / "2004 2003") are one date a column, each
  // with its year (the line of years left empty); phrases over as many dates ("Three Months Ended Six Months Ended"
  // / "June 30, June 30,") one phrase a column, each ending on its date.
  for (let i = lines.length - 2; i >= 0; i--) {
    const cells = phraseCells(lines[i]);
    if (!cells || !headsTabLine(out, i)) continue;
    const below = out[i + 1].split("\t");
    const years = yearCells(lines[i + 1]);
    if (
      years &&
      years.length === cells.length &&
      cells.every((c) => rules.spacedMonthDay.test(c))
    ) {
      out[i] = cells.map((c, j) => `${c} ${years[j]}`).join("\t");
      out[i + 1] = "";
    } else if (
      !years &&
      !rows[i + 1] &&
      below.length === cells.length &&
      below.every((c) => rules.spacedMonthDay.test(c))
    ) {
      out[i] = "";
      out[i + 1] = cells.map((c, j) => `${c} ${below[j]}`).join("\t");
    } else out[i] = cells.join("\t");
  }
  headingsBetweenRows(out, rows);
  return out.join("\n");
}

/** A TAB line follows line i with at most a few short lines (headings) between them. */
function headsTabLine(out: string[], i: number): boolean {
  let between = 0;
  for (let j = i + 1; j < out.length; j++) {
    if (out[j].includes("\t")) return true;
    if (out[j].trim() === "") continue;
    if (++between > HEADING_LINES || out[j].length > HEADING_LENGTH)
      return false;
  }
  return false;
}

/** A table's headings ("ASSETS", "Current assets:") are at most this many lines between its rows, each this short. */
const HEADING_LINES = 3;
const HEADING_LENGTH = 60;

/**
 * Short lines of text between a row of figures (or the header) above and a row below are the table's headings: they
 * are given the empty cells a browser copies with a heading row, so the copied-text reader keeps them in the table.
 * A title above the next table's header stands before a header, not a row: left as it is.
 */
function headingsBetweenRows(out: string[], rows: (string[] | null)[]): void {
  /** The lines of text since the last TAB line (one more than a heading run is enough to rule it out). */
  let run: number[] = [];
  let belowTable = false;
  for (let i = 0; i < out.length; i++) {
    if (out[i].trim() === "") continue;
    if (!out[i].includes("\t")) {
      if (run.length <= HEADING_LINES) run.push(i);
      continue;
    }
    const n = rows[i]?.length;
    if (
      belowTable &&
      n !== undefined &&
      run.length <= HEADING_LINES &&
      run.every((j) => out[j].length <= HEADING_LENGTH)
    )
      for (const j of run) out[j] = out[j].trimEnd() + "\t".repeat(n - 1);
    belowTable = true;
    run = [];
  }
}
