// Copied text → the same tables the HTML reader builds. What a browser puts on the clipboard as text/plain keeps a
// table's cells apart (TABs, or one paragraph per cell) but not its columns: rows are rebuilt from their values,
// each value's column found from the rows that fill every column, and the result written out as a plain HTML table
// (one source line for one copied line) for html.ts to read, so everything after the grid is shared.
import { isHtml, readHtml, HtmlDocument } from "./html";
import { Warning } from "./model";
import { parseValue } from "./numbers";
import { rules } from "./rules";
import { isSpacedText } from "./spaced-text";
import { namesStatement, statesScaleOnly } from "./statements";

type Kind = "text" | "figure" | "mark" | "space";

interface Token {
  kind: Kind;
  text: string;
  /** 1-based source line. */
  line: number;
  /** The first piece of its line (a TAB line's label cell, or a paragraph). */
  lineStart: boolean;
  /** The line holds TAB-separated pieces. */
  tabbed: boolean;
  /** The piece is empty text before the line's first TAB (a row whose label cell is empty). */
  emptyLead?: boolean;
}

/** A header cell's length at most: a few words. */
const SHORT_CELL = 40;
const isShort = (t: string) => t.length <= SHORT_CELL;

/** A cell of a rebuilt row: its text (marks merged into figures), its source line, its place counted three ways. */
interface RowCell {
  text: string;
  line: number;
  kind: "text" | "figure";
  /** Place in the row: every piece counted / currency signs not counted / no mark counted. */
  at: [number, number, number];
}

interface CopiedRow {
  line: number;
  /** Label pieces (joined with a space), or empty. */
  label: { text: string; line: number }[];
  cells: RowCell[];
  /** Empty cells that follow the label before any figure or text (a heading row's blank columns). */
  trailingSpaces: number;
  /** The label is the continuation paragraph of the text above, with no empty cell between them. */
  adjacent: boolean;
  /** Places (every piece counted) of the currency signs in cells of their own. */
  currencyAt: number[];
  /** Pieces after the label (every piece counted): the row's width. */
  width: number;
}

// ---- telling copied text apart ------------------------------------------------------------------------------------

/** Only the top of a long input is looked at to tell its form. */
const SNIFF_LINES = 4000;
/** A label this long is a paragraph of prose. */
const PROSE_LENGTH = 200;

export type TextForm = "html" | "copied" | "spaced" | "fixed";

/**
 * The form of a release's text, by content whatever the file is called: an HTML page or fragment; text copied from
 * a web page (rows of two figures or more in TAB-separated cells without alignment padding, or one cell a paragraph, figures alone on their lines);
 * text copied from a PDF viewer (one space between a table's cells: spaced-text.ts); or fixed-width text (columns
 * aligned with spaces, or TABs and spaces).
 */
export function detectForm(text: string): TextForm {
  if (isHtml(text)) return "html";
  const lines = text.split(rules.lineBreak, SNIFF_LINES);
  let tabbedFigureLines = 0;
  let padded = 0;
  let lone = 0;
  let nonBlank = 0;
  for (const l of lines) {
    if (l.trim() === "") continue;
    nonBlank++;
    if (rules.copiedTab.test(l)) {
      if (alignedBySpaces(l)) padded++;
      else if (l.split("\t").filter((p) => isFigure(clean(p))).length >= 2)
        tabbedFigureLines++;
    } else if (
      rules.copiedLoneCell.test(l) &&
      !rules.innerSpaceRun.test(l.trim())
    )
      lone++;
  }
  if (
    (tabbedFigureLines >= 5 && padded * 10 <= tabbedFigureLines) ||
    (tabbedFigureLines >= 2 && padded === 0)
  )
    return "copied";
  if (lone >= 20 && lone * 4 >= nonBlank) return "copied";
  return isSpacedText(text) ? "spaced" : "fixed";
}

/**
 * A TAB line laid out with spaces as well: two spaces or more after a TAB, or inside a cell. The spaces a browser
 * copies beside each TAB (a cell's own padding, one either side) are not alignment.
 */
function alignedBySpaces(line: string): boolean {
  return (
    rules.tabThenPadding.test(line) ||
    line.split("\t").some((cell) => rules.innerSpaceRun.test(cell.trim()))
  );
}

// ---- tokens -------------------------------------------------------------------------------------------------------

/**
 * A cell's text: no-break and other odd spaces folded, runs of white space one, trimmed; dashes and minus signs
 * ("−393", "–") the hyphen, as every other line is read (lines.ts normalizeLine).
 */
function clean(s: string): string {
  return s
    .replace(rules.oddSpace, " ")
    .replace(rules.dash, "-")
    .replace(rules.whiteRun, " ")
    .trim();
}

function isFigure(t: string): boolean {
  if (t === "" || rules.year.test(t)) return false;
  const v = parseValue(t);
  return v !== null && (v.value !== null || v.dash || t.length <= 4);
}

function kindOf(t: string): Kind {
  if (t === "") return "space";
  if (rules.copiedMark.test(t)) return "mark";
  // An opening parenthesis left on a figure whose closing one is the next cell: "(1%" → a figure.
  if (isFigure(t) || isFigure(`${t})`)) return "figure";
  return "text";
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  text.split(rules.lineBreak).forEach((raw, i) => {
    const line = i + 1;
    if (raw === "") return;
    const tabbed = rules.copiedTab.test(raw);
    raw.split("\t").forEach((piece, k) => {
      const t = clean(piece);
      // The empty piece after a line's last TAB closes the row; it is no cell.
      if (tabbed && t === "" && k > 0 && k === raw.split("\t").length - 1)
        return;
      out.push({
        kind: kindOf(t),
        text: t,
        line,
        lineStart: k === 0,
        tabbed,
        emptyLead: tabbed && k === 0 && t === "",
      });
    });
  });
  return out;
}

// ---- rows ---------------------------------------------------------------------------------------------------------

/**
 * Rows rebuilt from the tokens: a text starts a row (unless it is another cell of a TAB line whose row has no
 * figure yet); figures and marks join the row open; "$", "(" merge into the figure after them, ")" and "%" into the
 * one before.
 */
/** A row begun on `line`, with its label pieces, no cells yet. */
function newRow(line: number, label: CopiedRow["label"] = []): CopiedRow {
  return {
    line,
    label,
    cells: [],
    trailingSpaces: 0,
    adjacent: false,
    currencyAt: [],
    width: 0,
  };
}

function buildRows(tokens: Token[]): CopiedRow[] {
  const rows: CopiedRow[] = [];
  let row: CopiedRow | null = null;
  let at: [number, number, number] = [0, 0, 0];
  let pending: string[] = [];
  let prev: Token | null = null;
  let lastLine = 0;
  const advance = (mark: boolean, currency: boolean) => {
    at = [at[0] + 1, currency ? at[1] : at[1] + 1, mark ? at[2] : at[2] + 1];
    if (row) {
      row.width = at[0];
      if (currency) row.currencyAt.push(at[0]);
    }
  };
  tokens.forEach((t, ti) => {
    const sameLine = t.line === lastLine;
    if (t.kind === "text") {
      const anotherCell =
        row !== null &&
        sameLine &&
        t.tabbed &&
        !row.cells.some((c) => c.kind === "figure");
      if (anotherCell && row) {
        advance(false, false);
        row.cells.push({ text: t.text, line: t.line, kind: "text", at });
      } else {
        row = newRow(t.line, [{ text: t.text, line: t.line }]);
        row.adjacent =
          prev !== null &&
          prev.kind === "text" &&
          !t.tabbed &&
          !prev.tabbed &&
          prev.line < t.line - 1;
        rows.push(row);
        at = [0, 0, 0];
        pending = [];
      }
    } else {
      if (!row) {
        row = newRow(t.line);
        rows.push(row);
        at = [0, 0, 0];
      }
      // A TAB line of figures under a label standing on its own line: its first piece is the label's cell. A TAB
      // line opening with an empty cell and text after it is a row of its own (a header row's empty corner).
      if (t.lineStart && t.tabbed && !sameLine && row.line !== t.line) {
        if (t.emptyLead && textFollows(tokens, ti)) {
          row = newRow(t.line);
          rows.push(row);
          at = [0, 0, 0];
          pending = [];
          prev = t;
          lastLine = t.line;
          return;
        }
        if (t.emptyLead) {
          prev = t;
          lastLine = t.line;
          return;
        }
        at = [0, 0, 0];
        row.currencyAt = [];
      }
      if (t.kind === "space") {
        if (
          row.cells.length === 0 &&
          pending.length === 0 &&
          row.label.length > 0
        )
          row.trailingSpaces++;
        advance(false, false);
      } else if (t.kind === "mark") {
        const last = row.cells[row.cells.length - 1];
        const closing =
          !rules.copiedCurrency.test(t.text) && !rules.copiedOpen.test(t.text);
        if (closing && last && last.kind === "figure" && pending.length === 0) {
          last.text += t.text;
        } else pending.push(t.text);
        advance(true, rules.copiedCurrency.test(t.text));
      } else {
        advance(false, false);
        row.cells.push({
          text: [...pending, t.text].join(""),
          line: t.line,
          kind: "figure",
          at,
        });
        pending = [];
      }
    }
    prev = t;
    lastLine = t.line;
  });
  return rows;
}

/** The next cell on the same line as token i, past empty ones, is text. */
function textFollows(tokens: Token[], i: number): boolean {
  for (
    let j = i + 1;
    j < tokens.length && tokens[j].line === tokens[i].line;
    j++
  )
    if (tokens[j].kind !== "space") return tokens[j].kind === "text";
  return false;
}

const figures = (r: CopiedRow) => r.cells.filter((c) => c.kind === "figure");
const labelText = (r: CopiedRow) => r.label.map((l) => l.text).join(" ");

// ---- tables -------------------------------------------------------------------------------------------------------

interface TableDraft {
  /** Index of the first row that belongs to the table (its header's top) and one past its last. */
  from: number;
  to: number;
}

/** Prose or a title: what ends a table and is never one of its header cells. */
function isStop(r: CopiedRow): boolean {
  const t = labelText(r);
  // A note under a table, its marker read as a figure: prose all the same.
  if (isProse(t)) return true;
  if (figures(r).length > 0) return false;
  // "Changes in operating assets and liabilities:" introduces rows; it is no title.
  if (rules.copiedHeadingColon.test(t)) return false;
  return namesStatement(t) || statesScaleOnly(t) || rules.manyWords.test(t);
}

/**
 * A sentence of prose, never a row label: many words ending in a full stop, or a paragraph's length, or a sentence
 * leading into the table under it ("… as of May 31, 2022 was as follows:"), which ends the table above like prose.
 */
function isProse(t: string): boolean {
  return (
    rules.manyWords.test(t) &&
    (t.length > PROSE_LENGTH || rules.sentenceEnd.test(t) || isLeadIn(t))
  );
}

/** Many words ending in a colon, with a verb or pointer ("was as follows:"): not a heading over rows. */
function isLeadIn(t: string): boolean {
  return (
    rules.manyWords.test(t) &&
    rules.copiedHeadingColon.test(t) &&
    rules.copiedLeadInWord.test(t)
  );
}

/** Stretches of rows holding figures, each with the rows above it that may be its header. */
function findTables(rows: CopiedRow[]): TableDraft[] {
  const out: TableDraft[] = [];
  let i = 0;
  while (i < rows.length) {
    if (figures(rows[i]).length === 0 || isStop(rows[i])) {
      i++;
      continue;
    }
    let from = i;
    while (from > 0 && !isStop(rows[from - 1])) from--;
    if (out.length && from < out[out.length - 1].to)
      from = out[out.length - 1].to;
    let to = i;
    let end = i + 1;
    for (; to < rows.length && !isStop(rows[to]); to++)
      if (figures(rows[to]).length > 0) end = to + 1;
    // Text after the last row of figures (a note, the next table's title) is not the table's.
    out.push({ from, to: end });
    i = end;
  }
  return out;
}

/** How many value columns the table has: the most values any of its rows holds, where two rows or more agree. */
function columnCount(rows: CopiedRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const n = figures(r).length;
    if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const widest = Math.max(0, ...counts.keys());
  if ((counts.get(widest) ?? 0) >= 2 || counts.size === 1) return widest;
  const agreed = [...counts.entries()].filter(([, c]) => c >= 2);
  return agreed.length ? Math.max(...agreed.map(([n]) => n)) : widest;
}

/** A place → column map, learned counting places one way (see RowCell.at). */
interface PlaceMap {
  way: number;
  map: Map<number, number>;
}

/**
 * For each way of counting a row's places, the place → column map learned from the rows that fill every column;
 * kept only where no place falls in two columns and columns come in order of place.
 */
function placeMaps(rows: CopiedRow[], n: number): PlaceMap[] {
  const maps: PlaceMap[] = [];
  for (let way = 0; way < 3; way++) {
    const map = new Map<number, number>();
    let ok = true;
    for (const r of rows) {
      const f = figures(r);
      if (f.length !== n) continue;
      f.forEach((c, k) => {
        const had = map.get(c.at[way]);
        if (had !== undefined && had !== k) ok = false;
        map.set(c.at[way], k);
      });
    }
    const sorted = [...map.entries()].sort((a, b) => a[0] - b[0]);
    for (let j = 1; j < sorted.length; j++)
      if (sorted[j][1] < sorted[j - 1][1]) ok = false;
    if (ok && map.size > 0) maps.push({ way, map });
  }
  // Where one way gives each column a single place, it is the table's way: the others are looser.
  const tight = maps.filter((m) => m.map.size === n);
  return tight.length ? tight : maps;
}

/**
 * The pieces of the rows that fill every column, every piece counted: the place of each column's figure, the places
 * a "$" cell takes just before a figure's (an empty cell on some rows), and the rows' widths.
 */
interface Layout {
  figureAt: Map<number, number>;
  currencySlot: Set<number>;
  widths: Set<number>;
}

/** The layout of the full rows, where every piece counted gives each column one place (see placeMaps); else null. */
function fullLayout(
  rows: CopiedRow[],
  n: number,
  maps: PlaceMap[],
): Layout | null {
  const every = maps.find((m) => m.way === 0);
  if (!every || every.map.size !== n) return null;
  const full = rows.filter((r) => figures(r).length === n);
  const taken = new Set(every.map.keys());
  const currencySlot = new Set<number>();
  for (const r of full)
    for (const p of r.currencyAt)
      if (!taken.has(p) && taken.has(p + 1)) currencySlot.add(p);
  return {
    figureAt: every.map,
    currencySlot,
    widths: new Set(full.map((r) => r.width)),
  };
}

/**
 * A short row's figures walked over the full rows' pieces: a figure on a column's place takes it; one on the place
 * of a "$" cell spans that cell and the figure's (a percent on a row of amounts: the page's cell over both), so the
 * places after it shift by one. Each figure's column, or null where it lands on neither; and the row's width, the
 * shifts counted.
 */
function walk(
  r: CopiedRow,
  f: RowCell[],
  layout: Layout,
): { cols: (number | null)[]; width: number } {
  let shift = 0;
  const cols = f.map((c) => {
    const p = c.at[0] + shift;
    const k = layout.figureAt.get(p);
    if (k !== undefined) return k;
    if (!layout.currencySlot.has(p)) return null;
    shift++;
    return layout.figureAt.get(p + 1) ?? null;
  });
  return { cols, width: r.width + shift };
}

/**
 * The walk is certain where every figure lands, in order, and the row is as wide as the full rows (an empty cell
 * spanning two, copied as one, would leave it narrower): its columns; else null.
 */
function certainWalk(
  r: CopiedRow,
  f: RowCell[],
  layout: Layout,
): number[] | null {
  const { cols, width } = walk(r, f, layout);
  if (cols.some((k) => k === null) || !layout.widths.has(width)) return null;
  const ks = cols as number[];
  for (let j = 1; j < ks.length; j++) if (ks[j] <= ks[j - 1]) return null;
  return ks;
}

/**
 * The columns of a row's values: all of them in order; or, where the full rows' pieces are known, as the walk over
 * them places them when it is certain (another way of counting agreeing or silent), each left out where the walk is
 * uncertain and would place it elsewhere than the places do; or each by its place where every way agrees; else null.
 */
function placeRow(
  r: CopiedRow,
  n: number,
  maps: PlaceMap[],
  layout: Layout | null,
): (number | null)[] {
  const f = figures(r);
  if (f.length === n) return f.map((_, k) => k);
  const walked = layout ? certainWalk(r, f, layout) : null;
  if (walked)
    return f.map((c, j) => {
      const others = maps
        .filter((m) => m.way !== 0)
        .map((m) => m.map.get(c.at[m.way]));
      return others.every((k) => k === undefined || k === walked[j])
        ? walked[j]
        : null;
    });
  const byPlace = placeByWays(f, maps);
  if (!layout) return byPlace;
  // The walk uncertain: a figure it would put elsewhere (or nowhere) than its places say is not certain either.
  const shifted = walk(r, f, layout).cols;
  return byPlace.map((k, j) => (k !== null && shifted[j] === k ? k : null));
}

/** Each value's column by its place where every way of counting agrees, distinct and in order; else null. */
function placeByWays(f: RowCell[], maps: PlaceMap[]): (number | null)[] {
  const placed = f.map((c) => {
    const ks = new Set<number | undefined>();
    for (const m of maps) ks.add(m.map.get(c.at[m.way]));
    const [k] = [...ks];
    return ks.size === 1 && k !== undefined ? k : null;
  });
  // Columns must be distinct and in order; otherwise none is trusted.
  let last = -1;
  for (const k of placed) {
    if (k === null) continue;
    if (k <= last) return f.map(() => null);
    last = k;
  }
  return placed;
}

// ---- headers ------------------------------------------------------------------------------------------------------

interface HeaderCell {
  text: string;
  line: number;
}

/** A row standing over the rows below it ("Net sales:", "REVENUES" followed by the row's empty cells). */
function isHeading(r: CopiedRow, n: number): boolean {
  if (figures(r).length > 0 || r.cells.length > 0) return false;
  const t = labelText(r);
  return (
    rules.copiedHeadingColon.test(t) ||
    (r.trailingSpaces >= Math.max(2, n - 1) && !isHeaderLike(t))
  );
}

/** The header cells above a table's first row of figures, top to bottom, a split cell rejoined. */
function headerCells(rows: CopiedRow[]): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (const r of rows) {
    const pieces: HeaderCell[] = [
      ...r.label.map((l) => ({ text: l.text, line: l.line })),
      ...r.cells.map((c) => ({ text: c.text, line: c.line })),
    ];
    pieces.forEach((p, k) => {
      const last = cells[cells.length - 1];
      // A cell broken over two paragraphs ("% of" / "Revenues"), or after its month and day ("May 31," / "2022").
      const joins =
        last !== undefined &&
        ((k === 0 && r.adjacent) ||
          (k === 0 &&
            rules.copiedMonthDay.test(last.text) &&
            rules.copiedYearStart.test(p.text)));
      if (joins) {
        last.text = `${last.text} ${p.text}`;
        return;
      }
      cells.push({ ...p });
    });
  }
  return cells;
}

/** A header cell over the columns (a period, a change, a basis) rather than a title above the table. */
function isHeaderLike(t: string): boolean {
  if (rules.copiedPeriodPhrase.test(t)) return true;
  if (t.includes("%")) return true;
  const words = t.split(" ").length;
  return rules.copiedHeaderWord.test(t) && words <= 3;
}

/**
 * Spans of the cells of the row above the bottom one, over `n` columns (first column and count each), or null where
 * they cannot be told: one cell spans all; as many cells as columns take one each; cells over columns that repeat
 * in groups of the same kind ("Units" "Revenue" under each) take a group each; a period phrase spans the columns
 * the trailing cells (changes, one each) leave it.
 */
function upperSpans(
  upper: HeaderCell[],
  bottom: HeaderCell[],
): [number, number][] | null {
  const n = bottom.length;
  const k = upper.length;
  if (k === 0) return [];
  if (k === 1) return [[0, n]];
  if (k === n) return upper.map((_, j) => [j, 1]);
  if (k > n) return null;
  const kind = (t: string) =>
    rules.copiedDatedCell.test(t) ? "d" : t.includes("%") ? "%" : "t";
  // Period phrases beside other cells ("Three Months Ended June 30," "% Change") are laid out by the dates below,
  // not split evenly: six dated columns and two changes are no two groups of four.
  const phrases = upper.filter((c) =>
    rules.copiedPeriodPhrase.test(c.text),
  ).length;
  const mixed = phrases > 0 && phrases < k;
  if (n % k === 0 && !mixed) {
    const g = n / k;
    const pattern = bottom.slice(0, g).map((c) => kind(c.text));
    const repeats = bottom.every((c, j) => kind(c.text) === pattern[j % g]);
    if (repeats) return upper.map((_, j) => [j * g, g]);
  }
  // Period phrases first, then cells one column each at the right.
  // Period phrases first, then the cells over the columns after theirs (changes, bases): where the period phrases'
  // columns end is after the last column dated below (and its ratio), where both parts split evenly.
  const lead = upper.findIndex((c) => !rules.copiedPeriodPhrase.test(c.text));
  const periods = lead < 0 ? upper : upper.slice(0, lead);
  const rest = lead < 0 ? [] : upper.slice(lead);
  if (
    periods.length === 0 ||
    rest.some((c) => rules.copiedPeriodPhrase.test(c.text))
  )
    return null;
  let lastDated = -1;
  bottom.forEach((c, j) => {
    if (rules.copiedYearAnywhere.test(c.text)) lastDated = j;
  });
  if (lastDated < 0) return null;
  for (let b = lastDated + 1; b <= n - rest.length; b++) {
    if (b % periods.length !== 0) continue;
    if (rest.length > 0 ? (n - b) % rest.length !== 0 : b !== n) continue;
    const g = b / periods.length;
    const h = rest.length > 0 ? (n - b) / rest.length : 0;
    // Each period phrase stands over dated columns.
    const dated = periods.every((_, j) =>
      bottom
        .slice(j * g, j * g + g)
        .some((c) => rules.copiedYearAnywhere.test(c.text)),
    );
    if (!dated) return null;
    return [
      ...periods.map((_, j) => [j * g, g] as [number, number]),
      ...rest.map((_, j) => [b + j * h, h] as [number, number]),
    ];
  }
  return null;
}

// ---- writing the HTML ---------------------------------------------------------------------------------------------

const escape = (s: string) =>
  s.replace(rules.copiedHtmlSpecial, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );

/** One HTML fragment per source line: what is written on line i stays on line i. */
class LineWriter {
  private readonly at: string[];
  constructor(count: number) {
    this.at = new Array<string>(count).fill("");
  }
  put(line: number, html: string): void {
    this.at[line - 1] += html;
  }
  text(): string {
    return this.at.join("\n");
  }
}

/**
 * Reads copied text: narrative paragraphs as they are, tables rebuilt and handed to the HTML reader. Its warnings also
 * say what could not be placed (a value whose column is unclear, a header it cannot lay over the columns).
 */
export function readCopiedText(text: string): HtmlDocument {
  const lineCount = text.split(rules.lineBreak).length;
  const rows = buildRows(tokenize(text));
  const tables = findTables(rows);
  const warnings: Warning[] = [];
  const out = new LineWriter(lineCount);
  let next = 0;
  const narrate = (r: CopiedRow) => {
    const pieces = [...r.label, ...r.cells.filter((c) => c.kind === "text")];
    for (const p of pieces) out.put(p.line, `<p>${escape(p.text)}</p>`);
  };
  for (const t of tables) {
    for (; next < t.from; next++) narrate(rows[next]);
    writeTable(rows.slice(t.from, t.to), out, warnings, narrate);
    next = t.to;
  }
  for (; next < rows.length; next++) narrate(rows[next]);
  const doc = readHtml(`<html><body>${out.text()}</body></html>`);
  return { ...doc, warnings: [...warnings, ...doc.warnings] };
}

/**
 * The last `n` header cells are not the columns' own where a dated cell stands just before them and one of them
 * is no header at all ("June 30, 2024" | "June 30, 2023" "Unaudited" over two columns): a note among the cells.
 */
function cutsThroughDates(header: HeaderCell[], n: number): boolean {
  const before = header[header.length - n - 1];
  return (
    before !== undefined &&
    rules.copiedDatedCell.test(before.text) &&
    header.slice(header.length - n).some((c) => !isHeaderLike(c.text))
  );
}

/** A table's header rows: the cells above with their spans (first column, count), then one cell a column. */
function writeHeader(
  out: LineWriter,
  upper: HeaderCell[],
  spans: [number, number][],
  bottom: HeaderCell[],
): void {
  if (upper.length) {
    out.put(upper[0].line, "<tr><td></td>");
    let col = 0;
    upper.forEach((c, j) => {
      const [from, span] = spans[j];
      if (from > col) out.put(c.line, `<td colspan="${from - col}"></td>`);
      out.put(c.line, `<td colspan="${span}">${escape(c.text)}</td>`);
      col = from + span;
    });
    out.put(upper[upper.length - 1].line, "</tr>");
  }
  out.put(bottom[0].line, "<tr><td></td>");
  for (const c of bottom) out.put(c.line, `<td>${escape(c.text)}</td>`);
  out.put(bottom[bottom.length - 1].line, "</tr>");
}

function writeTable(
  rows: CopiedRow[],
  out: LineWriter,
  warnings: Warning[],
  narrate: (r: CopiedRow) => void,
): void {
  const first = rows.findIndex((r) => figures(r).length > 0);
  const n = columnCount(rows);
  const maps = placeMaps(rows, n);
  const layout = fullLayout(rows, n, maps);
  // Headings just above the first figures belong to the body; the header is what stands above them.
  let bodyFrom = first;
  while (bodyFrom > 0 && isHeading(rows[bodyFrom - 1], n)) bodyFrom--;
  const header = headerCells(rows.slice(0, bodyFrom));
  // Titles above the header (a company name, "Summary Data"): narrative, as the page's own would be.
  let h = header.length - n;
  while (h > 0 && isHeaderLike(header[h - 1].text)) h--;
  const fits = header.length >= n && !cutsThroughDates(header, n);
  const bottom = fits ? header.slice(header.length - n) : [];
  let upper = header.slice(Math.max(0, h), Math.max(0, header.length - n));
  const spans = upperSpans(upper, bottom);
  const tableLine = rows[first].line;
  if (bottom.length < n || spans === null) {
    warnings.push({
      line: tableLine,
      message:
        bottom.length < n
          ? `the copied table at line ${tableLine} has ${n} columns of figures but its header shows ${header.length} cells: which period each column is cannot be told, so its figures are left out`
          : `the copied table at line ${tableLine}: how the header cells ${upper.map((c) => `"${c.text}"`).join(", ")} stand over its ${n} columns cannot be told, so its figures are left out`,
    });
    for (const r of rows) narrate(r);
    return;
  }
  if (spans.length === 0) upper = [];
  for (const c of header.slice(0, Math.max(0, h)))
    out.put(c.line, `<p>${escape(c.text)}</p>`);
  const lead = (upper[0] ?? bottom[0]).line;
  out.put(lead, "<table>");
  writeHeader(out, upper, spans, bottom);
  const body = rows.slice(bodyFrom);
  for (let i = 0; i < body.length; i++) {
    // The header repeated under a table's first block ("Units k" "Rev $m" … over the next rows): its bottom row is
    // written over the columns as the page has it; what stands above it is left out, its spans unknown.
    let j = i;
    while (
      j < body.length &&
      figures(body[j]).length === 0 &&
      !isHeading(body[j], n) &&
      !isProse(labelText(body[j]))
    )
      j++;
    const again = j > i ? headerCells(body.slice(i, j)) : [];
    if (again.length >= n && again.slice(-n).every((c) => isShort(c.text))) {
      // A new table under the header repeated: cells repeated from the first header keep their spans; the rest
      // of the row above, where its spans cannot be told, is left out (the columns then say no more than is shown).
      const cells = again.slice(-n);
      const above = again.slice(0, -n);
      const known = above.map((c) => {
        const j0 = upper.findIndex((u) => u.text === c.text);
        return j0 >= 0 ? spans[j0] : null;
      });
      const repeated = known.every((k) => k !== null);
      const ownSpans = repeated
        ? (known as [number, number][])
        : upperSpans(above, cells);
      const keep = ownSpans !== null && ownSpans.length > 0;
      if (!keep)
        for (const c of above) out.put(c.line, `<p>${escape(c.text)}</p>`);
      // Repeated cells stay in the table (blank over the other columns, as the page leaves them): the header goes
      // on below; otherwise a new table begins.
      if (!repeated || above.length === 0)
        out.put(above[0]?.line ?? cells[0].line, "</table><table>");
      writeHeader(out, keep ? above : [], keep ? ownSpans : [], cells);
      i = j - 1;
      continue;
    }
    writeRow(body[i], n, maps, layout, out, warnings);
  }
  const lastRow = rows[rows.length - 1];
  const end = [
    ...lastRow.label.map((l) => l.line),
    ...lastRow.cells.map((c) => c.line),
    lastRow.line,
  ];
  out.put(Math.max(...end), "</table>");
}

function writeRow(
  r: CopiedRow,
  n: number,
  maps: PlaceMap[],
  layout: Layout | null,
  out: LineWriter,
  warnings: Warning[],
): void {
  const f = figures(r);
  const label = labelText(r);
  const labelLine = r.label[0]?.line ?? r.line;
  const cols = placeRow(r, n, maps, layout);
  const texts = r.cells.filter((c) => c.kind === "text");
  out.put(labelLine, `<tr><td>${escape(label)}</td>`);
  // Text cells after the label of a row without figures (a repeated sub-header, a note): kept in the label cell.
  for (const c of texts) out.put(c.line, `<td>${escape(c.text)}</td>`);
  if (texts.length === 0) {
    let col = 0;
    f.forEach((c, j) => {
      const k = cols[j];
      if (k === null) {
        warnings.push({
          line: c.line,
          message: `"${label}": the column of the copied figure ${c.text} cannot be told (the row has ${f.length} of the table's ${n} figures), so it is left out`,
        });
        return;
      }
      for (; col < k; col++) out.put(c.line, "<td></td>");
      out.put(c.line, `<td>${escape(c.text)}</td>`);
      col = k + 1;
    });
  }
  const lastLine = Math.max(labelLine, ...r.cells.map((c) => c.line));
  out.put(lastLine, "</tr>");
}
