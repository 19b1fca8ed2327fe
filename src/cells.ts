// One fixed-width line → cells. Cells are runs of text separated by two or more spaces; the trailing cells that
// are all values ("$ 6,937,000", "(454)", "--", "n/a", "8.0%") are the row's values, what stands before is its label.
import { EXCEL_LIMITS } from "./excel-limits";
import { Cell, ValueCell } from "./model";
import { isYear, ParsedValue, parseValue } from "./numbers";
import { rules } from "./rules";

/**
 * Splits a line into cells at runs of two or more spaces; dot leaders count as spaces. Past `max` cells it stops and
 * answers null.
 */
export function splitCells(text: string): Cell[];
export function splitCells(text: string, max: number): Cell[] | null;
export function splitCells(text: string, max = Infinity): Cell[] | null {
  const plain =
    text.includes("..") || text.includes(". .")
      ? text.replace(rules.dotLeader, (m) => " ".repeat(m.length))
      : text;
  const cells: Cell[] = [];
  const n = plain.length;
  let i = 0;
  while (i < n) {
    while (i < n && plain[i] === " ") i++;
    if (i >= n) break;
    const start = i;
    let end = i;
    // A cell runs on over single spaces and ends at two.
    while (i < n && (plain[i] !== " " || (i + 1 < n && plain[i + 1] !== " "))) {
      if (plain[i] !== " ") end = i + 1;
      i++;
    }
    if (cells.length === max) return null;
    cells.push({ text: plain.slice(start, end), start, end });
  }
  return cells;
}

/** Splits a cell at single spaces into words with their spans. */
function words(cell: Cell): Cell[] {
  const out: Cell[] = [];
  for (const m of cell.text.matchAll(/\S+/g))
    out.push({
      text: m[0],
      start: cell.start + m.index!,
      end: cell.start + m.index! + m[0].length,
    });
  return out;
}

/**
 * Reads the values out of one cell: "$ 1,234" is one value, "1,234 5,678" two, "$" alone a currency sign that
 * belongs to the next value. Returns null when any word is not part of a value.
 */
/**
 * A value cell with the marks its figure carries ("%", a dash, points), each set only where true: most figures carry
 * none, and a cell made without them is smaller (an object spread instead would build every cell field by field).
 */
export function marked(
  cell: ValueCell,
  p: Pick<ParsedValue, "percent" | "dash" | "points">,
): ValueCell {
  if (p.percent) cell.percent = true;
  if (p.dash) cell.dash = true;
  if (p.points) cell.points = true;
  return cell;
}

/**
 * A figure's cell that holds its value only where that is not its text less its thousands' commas: most figures'
 * value is read from their text when asked for, not held (a long table's cells are all held while it is read).
 */
export abstract class FigureCell implements ValueCell {
  /** Its value; undefined where that is its text less its commas. */
  private figure: string | null | undefined;
  abstract readonly start: number;
  abstract readonly end: number;
  abstract readonly text: string;
  constructor(text: string, value: string | null) {
    this.figure = value !== null && lessCommas(text, value) ? undefined : value;
  }
  get value(): string | null {
    return this.figure === undefined
      ? this.text.replace(rules.thousandsComma, "")
      : this.figure;
  }
  /** It holds a figure (not a blank or an n.a.): told without reading its value. */
  get holdsFigure(): boolean {
    return this.figure !== null;
  }
  /** Its value held from now on: before its text changes. */
  protected holdValue(): void {
    if (this.figure === undefined) this.figure = this.value;
  }
}

/** A cell holds a figure, not a blank or an n.a.: a figure's cell tells without its value being read from its text. */
export const holdsFigure = (v: ValueCell): boolean =>
  v instanceof FigureCell ? v.holdsFigure : v.value !== null;

/** How many of a row's value cells hold a figure, dashes left out: what makes it a row of figures. */
export const countFigures = (values: ValueCell[]): number =>
  values.filter((v) => holdsFigure(v) && !v.dash).length;

/**
 * A value cell read from a fixed-width line. Most figures are written just as a word of the line ("105,729"): their
 * text, and where it ends, are read from the line when asked for, not held (a dense table holds a string and a field
 * a figure less). One written otherwise ("$ 454" with its sign, "(454)" from "( 454)", a marker after it) holds both.
 */
class LineValueCell extends FigureCell {
  constructor(
    /** The line, where the figure is the word at `start`; or its text and end, written otherwise. */
    private source: string | { readonly text: string; readonly end: number },
    public start: number,
    text: string,
    value: string | null,
  ) {
    super(text, value);
  }
  get end(): number {
    return typeof this.source === "string"
      ? wordEnd(this.source, this.start)
      : this.source.end;
  }
  get text(): string {
    return typeof this.source === "string"
      ? this.source.slice(this.start, this.end)
      : this.source.text;
  }
  set text(text: string) {
    this.holdValue();
    this.source = { text, end: this.end };
  }
}

/** `value` is `text` less its thousands' commas (compared in place: no string is made). */
function lessCommas(text: string, value: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) continue; // ","
    if (value.charCodeAt(j++) !== c) return false;
  }
  return j === value.length;
}

/** Where the word at `start` ends: the first space or control character after it, or the line's end. */
function wordEnd(line: string, start: number): number {
  let e = start;
  while (e < line.length && line.charCodeAt(e) > 32) e++;
  return e;
}

/** A copy of a value cell under another text: its span, figure and marks kept (a spread would miss a read text). */
export function withText(v: ValueCell, text: string): ValueCell {
  const out: ValueCell = { text, start: v.start, end: v.end, value: v.value };
  if (v.line !== undefined) out.line = v.line;
  return marked(out, {
    percent: v.percent === true,
    dash: v.dash === true,
    points: v.points === true,
  });
}

function valuesOf(
  line: string,
  cell: Cell,
): { values: ValueCell[]; pendingCurrency: boolean } | null {
  // Quick refusal of prose: a value cell holds no word of four letters or more but "none".
  if (rules.longWord.test(cell.text) && !rules.notAvailableCell.test(cell.text))
    return null;
  const ws = words(cell);
  if (isPriceRange(ws)) return null;
  const values: ValueCell[] = [];
  let currency: Cell | null = null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (rules.currency.test(w.text)) {
      currency = w;
      continue;
    }
    // A footnote marker, a lone % or a "bp." standing after a number belongs to it.
    const points = rules.pointsWord.test(w.text);
    if (
      values.length &&
      !currency &&
      (rules.footnoteMarker.test(w.text) || w.text === "%" || points)
    ) {
      const last = values[values.length - 1];
      if (points && (last.percent || last.points || last.value === null))
        return null;
      last.text += " " + w.text;
      if (w.text === "%") last.percent = true;
      if (points) last.points = true;
      continue;
    }
    // "( 454)" is one value written with a space inside the parentheses.
    let text = w.text;
    let end = w.end;
    if (text === "(" && i + 1 < ws.length) {
      text = "(" + ws[i + 1].text;
      end = ws[i + 1].end;
      i++;
    }
    const parsed = parseValue(text);
    if (!parsed) return null;
    const core = coreSpan(text, w.start);
    const written = (currency ? "$ " : "") + text;
    const start = core.start;
    const stop = Math.min(core.end, end);
    const word =
      written.length === stop - start &&
      line.startsWith(written, start) &&
      wordEnd(line, start) === stop;
    const value = new LineValueCell(
      word ? line : { text: written, end: stop },
      start,
      written,
      parsed.value,
    );
    values.push(marked(value, parsed));
    currency = null;
  }
  return { values, pendingCurrency: currency !== null };
}

/**
 * "$10.50 - $15.00": two prices joined by a dash within one cell name a range (of exercise prices, of guidance),
 * which belongs to the label; they are not two figures and a dash.
 */
function isPriceRange(ws: Cell[]): boolean {
  for (let i = 1; i + 1 < ws.length; i++) {
    if (!rules.rangeDash.test(ws[i].text)) continue;
    // "$ 10.50 - $ 15.00": a dollar sign written apart from the price after the dash.
    const next = rules.currency.test(ws[i + 1].text) ? ws[i + 2] : ws[i + 1];
    if (
      next &&
      rules.rangePrice.test(ws[i - 1].text) &&
      rules.rangePrice.test(next.text)
    )
      return true;
  }
  return false;
}

/** The span of the number itself: without a leading "$" and without a footnote marker after it. */
function coreSpan(text: string, start: number): { start: number; end: number } {
  const lead = text.startsWith("$") ? 1 : 0;
  const marker = rules.attachedFootnote.exec(text);
  return {
    start: start + lead,
    end: start + (marker ? marker.index : text.length),
  };
}

export interface AnalyzedLine {
  readonly cells: Cell[];
  label: Cell | null;
  values: ValueCell[];
  /** Values that are numbers (not dashes or n/a). */
  numeric: number;
  /** Every value is a bare year: a header row such as "2003   2002". */
  yearsOnly: boolean;
}

const NO_VALUES: ValueCell[] = []; // read, never written

/**
 * A line's analysis as analyzeLine makes it. Every line's is held while the tables are found, and most are rows
 * whose cells are never looked at again once their label and values are known: the cells are split again on first
 * use and kept from then on, not held for every line.
 */
class LineAnalysis implements AnalyzedLine {
  constructor(
    private readonly text: string,
    readonly label: Cell | null,
    readonly values: ValueCell[],
    readonly numeric: number,
    readonly yearsOnly: boolean,
    private split: Cell[] | null = null,
  ) {}
  get cells(): Cell[] {
    return (this.split ??= splitCells(this.text));
  }
}

/**
 * A line with no value cell (prose, a title, a header's words): most are never looked at again once the tables are
 * found, so its label is made only when first asked for (then kept), and its cells each time (a long release has
 * thousands of such lines, and the few around each table are asked for their cells once or twice).
 */
class LabelOnly implements AnalyzedLine {
  private made: Cell | null | undefined = undefined;
  constructor(private readonly text: string) {}
  get values(): ValueCell[] {
    return NO_VALUES;
  }
  get numeric(): number {
    return 0;
  }
  get yearsOnly(): boolean {
    return false;
  }
  /** Split each time asked for, not kept: the lines around every table are asked for theirs, most only once. */
  get cells(): Cell[] {
    return splitCells(this.text);
  }
  get label(): Cell | null {
    if (this.made === undefined)
      this.made = labelOf(this.text, splitCells(this.text));
    return this.made;
  }
}

/** The label of a line's first `cells`: their span, dot leaders and runs of spaces folded. */
function labelOf(text: string, cells: Cell[]): Cell | null {
  if (cells.length === 0) return null;
  const start = cells[0].start;
  const end = cells[cells.length - 1].end;
  return { text: plainLabelText(text.slice(start, end)), start, end };
}

/** A label's text with dot leaders and inner runs of spaces folded to one space (most labels have neither). */
function plainLabelText(t: string): string {
  const noLeaders =
    t.includes("..") || t.includes(". .") ? t.replace(rules.dotLeader, " ") : t;
  return (
    noLeaders.includes("  ")
      ? noLeaders.replace(rules.spaceRun, " ")
      : noLeaders
  ).trim();
}

/** Separates a line's label from its trailing value cells. */
export function analyzeLine(text: string): AnalyzedLine {
  // A line of more cells than a worksheet has columns is no row of a table: it is read as one label, and its cells
  // are never all held at once (one huge line of figures would otherwise cost a hundred bytes a figure).
  const cells = splitCells(text, EXCEL_LIMITS.columns);
  if (!cells) {
    const start = text.length - text.trimStart().length;
    const whole: Cell = {
      text: text.trim(),
      start,
      end: text.trimEnd().length,
    };
    return new LineAnalysis(text, whole, NO_VALUES, 0, false, [whole]);
  }
  // The value cells right to left, each cell's values in order (reversed once at the end: no unshift per cell).
  const backwards: ValueCell[] = [];
  let cut = cells.length;
  let pendingCurrency = false;
  for (let i = cells.length - 1; i >= 0; i--) {
    const v = valuesOf(text, cells[i]);
    if (!v) break;
    // "$" standing alone two spaces before its number: the sign belongs to the value after it.
    if (v.pendingCurrency && backwards.length === 0) break;
    for (let k = v.values.length - 1; k >= 0; k--) backwards.push(v.values[k]);
    pendingCurrency = pendingCurrency || v.pendingCurrency;
    cut = i;
  }
  if (backwards.length === 0 && cut === cells.length)
    return new LabelOnly(text);
  const values = backwards.reverse();
  // A label cell ending in words followed by values separated by a single space is still a label.
  const label = labelOf(text, cells.slice(0, cut));
  const yearsOnly = values.length > 0 && values.every((v) => isHeaderYear(v));
  const settled = yearsOnly ? null : yearIntoLabel(text, label, values);
  const row = settled ?? { label, values };
  const numeric = countFigures(row.values);
  // Its values to size: an array grown by push keeps room for 16 items.
  return new LineAnalysis(
    text,
    row.label,
    row.values.slice(),
    numeric,
    yearsOnly,
  );
}

/** A bare year, or one with a footnote marker written onto it ("2003*"): a header's year, never a figure. */
export function isHeaderYear(v: { text: string }): boolean {
  return rules.yearWithMarker.test(v.text.trim());
}

/** Widest gap between "Third quarter" and the year that completes it (wider, the year may be a figure's column). */
const NEAR_YEAR_GAP = 4;

/**
 * "Balance at December 31,   2003   $ 1,234": the year completes the label ("December 31,", "Fiscal", "FY") and is no
 * figure. Returns the label with the year and the figures after it, or null when the first value is no such year.
 */
function yearIntoLabel(
  text: string,
  label: Cell | null,
  values: ValueCell[],
): { label: Cell; values: ValueCell[] } | null {
  if (!label || values.length < 2) return null;
  // "Balance at December  31  2003   1,234": a day standing close after the month, then the year.
  const day =
    values.length > 2 &&
    rules.labelAwaitsDay.test(label.text) &&
    rules.dayOfMonth.test(values[0].text) &&
    values[0].start - label.end <= 3 &&
    isYear(values[1].text);
  const near = values[0].start - label.end <= NEAR_YEAR_GAP;
  const awaits =
    rules.labelAwaitsYear.test(label.text) ||
    (near && rules.labelAwaitsNearYear.test(label.text));
  const taken = day ? 2 : isYear(values[0].text) && awaits ? 1 : 0;
  if (taken === 0) return null;
  const last = values[taken - 1];
  return {
    label: {
      text: plainLabelText(text.slice(label.start, last.end)),
      start: label.start,
      end: last.end,
    },
    values: values.slice(taken),
  };
}

/**
 * A figure written onto the end of a label with one space ("… and other items 12"): the label without it and the
 * figure as a value cell, or null when the label's last word is no figure (or a year, which names a label's notes).
 */
export function trailingFigure(
  label: Cell,
): { label: Cell; value: ValueCell } | null {
  const cut = label.text.lastIndexOf(" ");
  if (cut < 0) return null;
  const word = label.text.slice(cut + 1);
  const rest = label.text.slice(0, cut).trimEnd();
  if (isYear(word) || !rules.longWord.test(rest)) return null;
  const parsed = parseValue(word);
  if (!parsed || parsed.value === null || parsed.dash) return null;
  const core = coreSpan(word, label.end - word.length);
  return {
    label: { text: rest, start: label.start, end: label.end - word.length - 1 },
    value: marked(
      { text: word, start: core.start, end: core.end, value: parsed.value },
      parsed,
    ),
  };
}
