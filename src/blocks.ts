// Fixed-width text → grids. Finds each financial table among the narrative (runs of value rows), its header rows
// above (the lines with text over the value columns), the heading and title lines that name it, and joins a
// table that a page break split. Everything after the grid is independent of fixed-width text.
import { AnalyzedLine, analyzeLine, countFigures, withText } from "./cells";
import { Cell, Grid, GridRow, SourceLine, ValueCell } from "./model";
import { isYear } from "./numbers";
import { greatest, least } from "./extremes";
import { rules } from "./rules";
import {
  namesScale,
  namesStatement,
  namesTable,
  statesScaleOnly,
} from "./statements";

export interface TextGrid extends Grid {
  firstLine: number;
  lastLine: number;
}

interface Region {
  start: number; // index of the first value row
  end: number; // index of the last value row
  valueLeft: number;
  valueRight: number;
  /** The right edges of the value cells: where right-aligned header cells end. */
  edges: number[];
  /** Where the labels of the value rows start (the label margin). */
  labelLeft: number;
  header: number[]; // indices of header lines, top to bottom
  leading: number[]; // heading lines between the header and the first value row
  context: number[]; // title lines above the header
  parts: { start: number; end: number }[]; // body ranges (more than one when a page break split the table)
}

const MAX_BLANKS_IN_BODY = 2;
const MAX_BLANKS_ABOVE_HEADER = 5;
const MAX_CONTEXT_LINES = 8;

export function findGrids(source: SourceLine[]): TextGrid[] {
  let lines = source;
  const an = lines.map((l) => (l.kind === "text" ? analyzeLine(l.text) : null));
  let regions = findRegions(lines, an);
  // Markers, years and page numbers standing in no column of figures are settled; the tables are then found again.
  const settled = settleStrays(regions, an);
  if (settled.changed) {
    if (settled.furniture.size)
      lines = lines.map((l, i) =>
        settled.furniture.has(i) ? { ...l, kind: "noise" as const } : l,
      );
    regions = findRegions(lines, an);
  }
  let lowerBound = -1;
  for (const r of regions) {
    findHeader(r, lines, an, lowerBound);
    findContext(r, lines, an, lowerBound);
    lowerBound = r.end;
  }
  const tables = mergeContinuations(regions, lines, an).filter(
    (r) =>
      countValueRows(r, an) >= 2 ||
      (r.header.length > 0 && countValueRows(r, an) >= 1),
  );
  // Each grid keeps its rows' labels and values; the rest of each line's analysis goes once no table still to be
  // made reads it, so a long text's analyses and its grids are not all held at once.
  const stillRead: number[] = []; // for each table, the first line a table after it reads
  for (let t = tables.length - 1, first = Infinity; t >= 0; t--) {
    stillRead[t] = first;
    first = Math.min(first, firstLineRead(tables[t]));
  }
  let released = 0;
  return tables.map((r, t) => {
    const grid = toGrid(r, lines, an, stillRead[t]);
    for (; released < Math.min(stillRead[t], an.length); released++)
      an[released] = null;
    return grid;
  });
}

/** The first line a region's grid is made from: its title, header, heading or first row, whichever is highest. */
function firstLineRead(r: Region): number {
  return least([r.start, ...r.context, ...r.header, ...r.leading]);
}

function isValueRow(a: AnalyzedLine | null): boolean {
  return (
    !!a &&
    a.values.length > 0 &&
    !a.yearsOnly &&
    (a.numeric > 0 || a.label !== null) &&
    !isAnnotationLine(a)
  );
}

/**
 * "(unaudited)        (1)" under the dates: notes on the columns, not a row of figures. Every value is a footnote
 * marker and nothing but annotations stands beside them.
 */
function isAnnotationLine(a: AnalyzedLine): boolean {
  return (
    a.values.every((v) => rules.footnoteMarker.test(v.text)) &&
    (a.label === null || rules.headerAnnotation.test(a.label.text))
  );
}

function isProse(a: AnalyzedLine): boolean {
  const t = a.label?.text ?? "";
  return a.values.length === 0 && t.length >= 60 && t.split(" ").length >= 8;
}

/**
 * Where a table's values stand: their left edge, and (once the table is known) each value's right edge and the
 * margin its labels start at.
 */
interface Area {
  left: number;
  edges: number[];
  labelLeft: number;
}

/** Indentation of a label line beyond the label margin that can still be a label (a sub-item, a wrapped line). */
const LABEL_INDENT = 6;
/** Lines right above a table of unlabelled figures read for its label margin (a label wrapped over lines). */
const LABEL_LINES_ABOVE = 3;

const areaOf = (r: Region): Area => ({
  left: r.valueLeft,
  edges: r.edges,
  labelLeft: r.labelLeft,
});
const leftOf = (valueLeft: number): Area => ({
  left: valueLeft,
  edges: [],
  labelLeft: 0,
});

/**
 * A cell that stands over the value columns rather than in the label area: it starts or is centred there, or it
 * reaches into it from well right of the label margin and ends where values end (a header right-aligned over a
 * column of narrower figures).
 */
function inValueArea(c: Cell, area: Area): boolean {
  if (c.start >= area.left - 3 || (c.start + c.end) / 2 >= area.left - 2)
    return true;
  return (
    c.end > area.left &&
    c.start > area.labelLeft + LABEL_INDENT &&
    area.edges.some((e) => Math.abs(e - c.end) <= 1)
  );
}

function valueAreaCells(a: AnalyzedLine, area: Area): Cell[] {
  return a.cells.filter((c) => inValueArea(c, area));
}

/**
 * A line whose one cell stands over the value columns and names the statement, its scale or its dates
 * ("CONDENSED BALANCE SHEETS", "(In thousands)", "December 31, 2004 and 2003"): a title centred over a narrow
 * table, not a column header.
 */
function isTitleOverValues(a: AnalyzedLine, area: Area): boolean {
  const over = valueAreaCells(a, area);
  if (over.length !== 1 || a.cells.length !== 1) return false;
  return namesTable(over[0].text) || capsTitleIntoLabels(over[0], area);
}

/**
 * "SUPPLEMENTAL DATA" centred over the whole table: capitals naming no period, no change, no annotation, beginning
 * left of the figures (a column group's header, "ACTUAL" or "PRO FORMA", stands over its figures).
 */
function capsTitleIntoLabels(c: Cell, area: Area): boolean {
  const t = c.text.trim();
  return (
    c.start < area.left - 2 &&
    rules.allCapsLabel.test(t) &&
    !rules.periodWord.test(t) &&
    !rules.percentHeader.test(t) &&
    !rules.headerAnnotation.test(t)
  );
}

function isHeaderLine(a: AnalyzedLine, area: Area): boolean {
  if (isValueRow(a) || isTitleOverValues(a, area)) return false;
  const over = valueAreaCells(a, area);
  if (over.length === 0) return false;
  const labelCells = a.cells.length - over.length;
  return labelCells === 0 || over.some((c) => rules.periodWord.test(c.text));
}

function findRegions(
  lines: SourceLine[],
  an: (AnalyzedLine | null)[],
): Region[] {
  const regions: Region[] = [];
  let cur: Region | null = null;
  let blanks = 0;
  let prose = 0;
  const close = () => {
    if (cur) regions.push(cur);
    cur = null;
  };
  lines.forEach((l, i) => {
    if (l.kind === "tag") {
      if (
        rules.edgarTableOpen.test(l.text) ||
        rules.edgarTableClose.test(l.text)
      )
        close();
      return;
    }
    if (l.kind === "noise") return;
    if (l.kind === "blank") {
      if (cur && ++blanks > MAX_BLANKS_IN_BODY) close();
      return;
    }
    blanks = 0;
    if (l.kind === "rule") return;
    const a = an[i]!;
    if (isValueRow(a)) {
      prose = 0;
      const left = least(a.values.map((v) => v.start));
      const right = greatest(a.values.map((v) => v.end));
      if (!cur) {
        if (a.numeric === 0) return;
        cur = {
          start: i,
          end: i,
          valueLeft: left,
          valueRight: right,
          edges: [],
          labelLeft: 0,
          header: [],
          leading: [],
          context: [],
          parts: [],
        };
      } else {
        cur.end = i;
        cur.valueLeft = Math.min(cur.valueLeft, left);
        cur.valueRight = Math.max(cur.valueRight, right);
      }
      return;
    }
    if (!cur) return;
    const c: Region = cur;
    if (
      isHeaderLine(a, leftOf(c.valueLeft)) ||
      isTitleOverValues(a, leftOf(c.valueLeft))
    )
      close();
    else if (isProse(a) && ++prose >= 2) close();
    else if (!isProse(a)) prose = 0;
  });
  close();
  for (const r of regions) {
    r.parts = [{ start: r.start, end: r.end }];
    r.edges = valueEdges(r, an);
    r.labelLeft = labelMargin(r, an);
  }
  return regions;
}

/** What a value standing outside every column of figures would be, were it not a figure. */
type Stray = "page" | "year" | "marker";

/**
 * A value that may not be a figure: a lone small integer on a line of its own (a page number), a bare year first
 * on a line without a label (a row labelled by its year), a footnote marker ("(1)", "*", a superscript digit)
 * after a label or a number.
 */
function strayKind(a: AnalyzedLine, k: number): Stray | null {
  const v = a.values[k];
  const t = v.text.trim();
  if (a.label === null && a.values.length === 1 && rules.smallInteger.test(t))
    return "page";
  if (k === 0 && a.label === null && a.values.length >= 2 && isYear(t))
    return "year";
  if (rules.markerLike.test(t) && hugs(a, k)) return "marker";
  return null;
}

/** Widest gap between a label and a footnote marker after it, and between a figure and its marker (one space). */
const MARKER_GAP_AFTER_LABEL = 4;
const MARKER_GAP_AFTER_FIGURE = 2;

/** A footnote marker stands close after what it annotates: a label, or a figure one space before it. */
function hugs(a: AnalyzedLine, k: number): boolean {
  const v = a.values[k];
  if (k > 0) return v.start - a.values[k - 1].end <= MARKER_GAP_AFTER_FIGURE;
  return a.label !== null && v.start - a.label.end <= MARKER_GAP_AFTER_LABEL;
}

/** Where a table's figures (not its strays) stand: the disjoint sorted extents they cover, and their right edges. */
interface Figures {
  extents: [number, number][];
  edges: Set<number>;
}

function figuresOf(r: Region, an: (AnalyzedLine | null)[]): Figures {
  const spans = new Spans();
  const edges = new Set<number>();
  for (let i = r.start; i <= r.end; i++) {
    const a = an[i];
    if (!isValueRow(a)) continue;
    a!.values.forEach((v, k) => {
      if (strayKind(a!, k)) return;
      spans.add(v);
      edges.add(v.end);
    });
  }
  return { extents: spans.extents(), edges };
}

/**
 * The extents a set of cells covers, gathered a cell at a time: only each start's furthest end is held (figures
 * aligned in columns share a few starts), not a pair per figure.
 */
class Spans {
  private readonly furthest = new Map<number, number>();
  add(c: { start: number; end: number }): void {
    const e = this.furthest.get(c.start);
    if (e === undefined || c.end > e) this.furthest.set(c.start, c.end);
  }
  /** The disjoint extents, sorted: spans that overlap are one. */
  extents(): [number, number][] {
    const merged: [number, number][] = [];
    for (const start of [...this.furthest.keys()].sort((x, y) => x - y)) {
      const end = this.furthest.get(start)!;
      const last = merged[merged.length - 1];
      if (last && start < last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return merged;
  }
}

/**
 * Does a stray stand in a column of figures? A page number must end where figures end (they are right-aligned; a
 * page number is centred on the page, often over a column); a year or a marker must overlap some figure's extent.
 */
function inColumn(figures: Figures, v: ValueCell, kind: Stray): boolean {
  if (kind === "page")
    return [v.end - 1, v.end, v.end + 1].some((e) => figures.edges.has(e));
  return overlapsExtent(figures.extents, v.start, v.end);
}

/** Does [start, end) overlap one of the sorted disjoint extents? (Binary search: the first extent ending after start.) */
function overlapsExtent(
  extents: [number, number][],
  start: number,
  end: number,
): boolean {
  let lo = 0;
  let hi = extents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (extents[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < extents.length && extents[lo][0] < end;
}

/**
 * Only figures are values. In each table, a stray (see strayKind) that stands in no column of the table's other
 * figures is given back: a page number becomes page furniture, a year or a marker after a label joins the label, a
 * marker after a number joins that number's text. A stray inside a column ("(2)" under figures) stays a figure.
 */
function settleStrays(
  regions: Region[],
  an: (AnalyzedLine | null)[],
): { changed: boolean; furniture: Set<number> } {
  const furniture = new Set<number>();
  let changed = false;
  for (const r of regions) {
    const figures = figuresOf(r, an);
    if (figures.extents.length === 0) continue;
    for (let i = r.start; i <= r.end; i++) {
      const a = an[i];
      if (!isValueRow(a)) continue;
      const next = settleLine(a!, figures);
      if (next === "page") furniture.add(i);
      else if (next) an[i] = next;
      changed = changed || next !== null;
    }
  }
  return { changed, furniture };
}

function settleLine(
  a: AnalyzedLine,
  figures: Figures,
): AnalyzedLine | "page" | null {
  let label = a.label;
  const values: ValueCell[] = [];
  let moved = false;
  a.values.forEach((v, k) => {
    const kind = strayKind(a, k);
    if (!kind || inColumn(figures, v, kind)) {
      values.push(v);
      return;
    }
    moved = true;
    if (kind === "page") return;
    const prev = values[values.length - 1];
    if (prev)
      values[values.length - 1] = withText(prev, `${prev.text} ${v.text}`);
    else
      label = label
        ? { text: `${label.text} ${v.text}`, start: label.start, end: v.end }
        : { text: v.text, start: v.start, end: v.end };
  });
  if (!moved) return null;
  if (values.length === 0 && label === null) return "page";
  return {
    cells: a.cells,
    label,
    values,
    numeric: countFigures(values),
    yearsOnly: false,
  };
}

function labelMargin(r: Region, an: (AnalyzedLine | null)[]): number {
  let left = Infinity;
  for (let i = r.start; i <= r.end; i++)
    if (isValueRow(an[i]) && an[i]!.label)
      left = Math.min(left, an[i]!.label!.start);
  if (left < Infinity) return left;
  // No row of figures has its label on its line (each stands under the label it completes): the margin is where
  // those labels start, in the table or right above it, however far the text is indented.
  let top = r.start;
  while (top > 0 && r.start - top < LABEL_LINES_ABOVE && an[top - 1]) top--;
  for (let i = top; i <= r.end; i++) {
    const label = an[i]?.label;
    if (label && label.start < r.valueLeft) left = Math.min(left, label.start);
  }
  return left === Infinity ? 0 : left;
}

function valueEdges(r: Region, an: (AnalyzedLine | null)[]): number[] {
  const edges = new Set<number>();
  for (const p of r.parts)
    for (let i = p.start; i <= p.end; i++)
      if (isValueRow(an[i])) for (const v of an[i]!.values) edges.add(v.end);
  return [...edges];
}

/** Walks up from the first value row: headings, then the header rows, stopping at the title area. */
function findHeader(
  r: Region,
  lines: SourceLine[],
  an: (AnalyzedLine | null)[],
  lowerBound: number,
): void {
  const header: number[] = [];
  const leading: number[] = [];
  let blanks = 0;
  for (let j = r.start - 1; j > lowerBound; j--) {
    const l = lines[j];
    if (l.kind === "tag") {
      if (rules.edgarTableClose.test(l.text) || rules.edgarPage.test(l.text))
        break;
      if (
        header.length &&
        (rules.edgarTableOpen.test(l.text) || rules.edgarCaption.test(l.text))
      )
        break;
      continue;
    }
    if (l.kind === "noise" || l.kind === "rule") continue;
    if (l.kind === "blank") {
      blanks++;
      if (
        header.length
          ? !headerContinuesAbove(j, lines, an, areaOf(r), lowerBound)
          : blanks > MAX_BLANKS_ABOVE_HEADER
      )
        break;
      continue;
    }
    const a = an[j]!;
    if (isValueRow(a)) break;
    const over = valueAreaCells(a, areaOf(r));
    if (isHeaderLine(a, areaOf(r))) {
      if (header.length === 0 && over.length < a.cells.length)
        leading.unshift(j); // "ASSETS   1997   1996"
      header.unshift(j);
      blanks = 0;
    } else if (header.length) {
      break;
    } else if (!isProse(a)) {
      leading.unshift(j);
    } else break;
  }
  if (header.length === 0) {
    // No header: keep only the headings standing directly on the table.
    const near: number[] = [];
    for (
      let j = r.start - 1;
      j > lowerBound &&
      lines[j].kind === "text" &&
      !isValueRow(an[j]) &&
      !isProse(an[j]!) &&
      near.length < 3;
      j--
    )
      near.unshift(j);
    r.leading = near;
  } else {
    r.leading = leading.filter(
      (j) =>
        j > header[header.length - 1] ||
        an[j]!.cells.some((c) => !inValueArea(c, areaOf(r))),
    );
  }
  r.header = header;
}

/** After a blank line inside a header: does the header go on above (a period line over the value columns)? */
function headerContinuesAbove(
  j: number,
  lines: SourceLine[],
  an: (AnalyzedLine | null)[],
  area: Area,
  lowerBound: number,
): boolean {
  if (j - 1 <= lowerBound || lines[j - 1].kind !== "text") return false;
  const a = an[j - 1]!;
  const over = valueAreaCells(a, area);
  return (
    over.length === a.cells.length &&
    over.length > 0 &&
    over.some((c) => rules.periodWord.test(c.text)) &&
    !isValueRow(a)
  );
}

function isTitleLike(l: SourceLine): boolean {
  const t = l.text.trim();
  if (statesScaleOnly(t)) return true;
  if (t.length > 90) return false;
  if (rules.headerAnnotation.test(t)) return true; // "(unaudited)" between the title and the header
  const indent = l.text.length - l.text.trimStart().length;
  const letters = t.replace(/[^A-Za-z]/g, "");
  const upper = t.replace(/[^A-Z]/g, "").length;
  // Capitals make a title, not a sentence in capitals: a release written all in capitals has narrative too.
  const sentence =
    rules.manyWords.test(t) &&
    rules.sentenceEnd.test(t) &&
    !rules.abbreviationEnd.test(t);
  return (
    indent >= 6 ||
    (letters.length > 0 && upper / letters.length >= 0.6 && !sentence) ||
    namesScale(t) ||
    namesStatement(t)
  );
}

/** Title lines above the header (company, statement name, dates, scale). */
function findContext(
  r: Region,
  lines: SourceLine[],
  an: (AnalyzedLine | null)[],
  lowerBound: number,
): void {
  const top = r.header.length ? r.header[0] : (r.leading[0] ?? r.start);
  const ctx: number[] = [];
  let blanks = 0;
  for (let j = top - 1; j > lowerBound && ctx.length < MAX_CONTEXT_LINES; j--) {
    const l = lines[j];
    if (l.kind === "blank") {
      if (++blanks > MAX_BLANKS_ABOVE_HEADER) break;
      continue;
    }
    if (l.kind === "rule" || l.kind === "noise") continue;
    if (l.kind === "tag") {
      if (rules.edgarTableOpen.test(l.text) || rules.edgarCaption.test(l.text))
        continue;
      break;
    }
    if (isValueRow(an[j]) || !isTitleLike(l)) break;
    blanks = 0;
    ctx.unshift(j);
  }
  // Label-area text on the upper header lines ("(In thousands)   Three Months Ended") is context too.
  for (const h of r.header) if (!r.leading.includes(h)) ctx.push(h);
  r.context = ctx;
}

function countValueRows(r: Region, an: (AnalyzedLine | null)[]): number {
  let n = 0;
  for (const p of r.parts)
    for (let i = p.start; i <= p.end; i++) if (isValueRow(an[i])) n++;
  return n;
}

/**
 * A table with no header right after a page break (or a run of blank lines) continues the table before it
 * when its values stand in that table's columns.
 */
function mergeContinuations(
  regions: Region[],
  lines: SourceLine[],
  an: (AnalyzedLine | null)[],
): Region[] {
  const out: Region[] = [];
  for (const r of regions) {
    const prev = out[out.length - 1];
    const repeated = prev
      ? repeatsYearRow(r, prev, an) && nextPageOf(prev, r, lines)
      : false;
    if (
      prev &&
      (r.header.length === 0 || repeated) &&
      onlyFurnitureBetween(
        prev.end,
        repeated ? r.header[0] : r.start - r.leading.length,
        lines,
        an,
      ) &&
      alignsWith(r, prev, an)
    ) {
      prev.parts.push({
        start: repeated
          ? (r.leading.find((j) => j > r.header[0]) ?? r.start)
          : (r.leading[0] ?? r.start),
        end: r.end,
      });
      prev.end = r.end;
      prev.valueLeft = Math.min(prev.valueLeft, r.valueLeft);
      prev.valueRight = Math.max(prev.valueRight, r.valueRight);
      prev.edges = valueEdges(prev, an);
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * The next page repeats only the year row of the table's header ("1998   1997   1998   1997" under "(CONTINUED)"):
 * the table goes on under its full header. The years must be the same, in the same places.
 */
function repeatsYearRow(
  r: Region,
  prev: Region,
  an: (AnalyzedLine | null)[],
): boolean {
  if (r.header.length !== 1 || prev.header.length === 0) return false;
  const mine = an[r.header[0]];
  const theirs = an[prev.header[prev.header.length - 1]];
  if (!mine?.yearsOnly || !theirs?.yearsOnly) return false;
  return (
    mine.values.length === theirs.values.length &&
    mine.values.every(
      (v, k) =>
        v.text === theirs.values[k].text &&
        Math.abs(v.end - theirs.values[k].end) <= 2,
    )
  );
}

/**
 * Between the two: a page break, and nothing but the table's own title lines repeated or a "(Continued)" line — the
 * same table on the next page, not another table with the same years.
 */
function nextPageOf(prev: Region, r: Region, lines: SourceLine[]): boolean {
  const titles = new Set(prev.context.map((j) => lines[j].text.trim()));
  let page = false;
  for (let i = prev.end + 1; i < r.header[0]; i++) {
    const l = lines[i];
    if (
      l.kind === "noise" ||
      (l.kind === "tag" && rules.edgarPage.test(l.text))
    )
      page = true;
    else if (
      l.kind === "text" &&
      !titles.has(l.text.trim()) &&
      !rules.continuedTitle.test(l.text)
    )
      return false;
  }
  return page;
}

function onlyFurnitureBetween(
  from: number,
  to: number,
  lines: SourceLine[],
  an: (AnalyzedLine | null)[],
): boolean {
  let text = 0;
  for (let i = from + 1; i < to; i++) {
    const l = lines[i];
    if (l.kind === "tag" && rules.edgarTableClose.test(l.text)) continue;
    if (l.kind === "text" && !isValueRow(an[i])) {
      if (isProse(an[i]!)) return false; // narrative between: two tables, not one split by a page
      text++;
    }
  }
  return text <= 2;
}

function alignsWith(
  r: Region,
  prev: Region,
  an: (AnalyzedLine | null)[],
): boolean {
  const spans = new Spans();
  for (const p of prev.parts)
    for (let i = p.start; i <= p.end; i++)
      if (isValueRow(an[i])) for (const v of an[i]!.values) spans.add(v);
  // A figure overlapping one of them overlaps their union, and the other way round.
  const extents = spans.extents();
  let ok = 0;
  let all = 0;
  for (let i = r.start; i <= r.end; i++) {
    if (!isValueRow(an[i])) continue;
    for (const v of an[i]!.values) {
      all++;
      if (overlapsExtent(extents, v.start, v.end)) ok++;
    }
  }
  return all > 0 && ok / all >= 0.8;
}

/**
 * A region's grid. Each body line's analysis goes once its grid row is made, where no table after reads it (lines
 * above `stillRead`): a long table's analyses and its grid rows are not all held at once.
 */
function toGrid(
  r: Region,
  lines: SourceLine[],
  an: (AnalyzedLine | null)[],
  stillRead: number,
): TextGrid {
  const header = r.header.map((j) => ({
    line: lines[j].no,
    cells: widenToRule(headerCells(an[j]!, areaOf(r)), lines[j + 1]),
  }));
  const context = r.context
    .map((j) => ({
      line: lines[j].no,
      text: r.header.includes(j)
        ? an[j]!.cells.filter((c) => !inValueArea(c, areaOf(r)))
            .map((c) => c.text)
            .join(" ")
        : lines[j].text.trim(),
    }))
    .filter((c) => c.text !== "");
  const body: GridRow[] = [];
  const pushLine = (i: number) => {
    if (r.header.includes(i) && !r.leading.includes(i)) return;
    const l = lines[i];
    if (l.kind === "blank") body.push({ kind: "gap", line: l.no });
    else if (l.kind === "rule")
      body.push({
        kind: "rule",
        line: l.no,
        double: rules.doubleRule.test(l.text),
      });
    else if (l.kind === "text") {
      const a = an[i]!;
      // (A value row's cells are not looked at: its label and values are known.)
      if (isValueRow(a))
        body.push({
          kind: "row",
          line: l.no,
          label: a.label,
          values: a.values,
        });
      // A line of dot leaders only has no cell: nothing to show.
      else if (a.cells.length === 0) return;
      else {
        const labelCells = a.cells.filter(
          (c) => !inValueArea(c, leftOf(r.valueLeft)),
        );
        const cells = labelCells.length ? labelCells : a.cells;
        const text = cells
          .map((c) => c.text)
          .join(" ")
          .replace(/\s+/g, " ")
          .trim();
        body.push({
          kind: "row",
          line: l.no,
          label: {
            text,
            start: cells[0].start,
            end: cells[cells.length - 1].end,
          },
          values: [],
        });
      }
    }
  };
  const pushBody = (i: number) => {
    pushLine(i);
    if (i < stillRead) an[i] = null;
  };
  if (r.leading.length)
    for (let j = r.leading[0]; j < r.start; j++) pushBody(j);
  r.parts.forEach((p, k) => {
    if (k > 0) body.push({ kind: "gap", line: lines[p.start].no });
    for (let i = p.start; i <= p.end; i++) pushBody(i);
  });
  const first = least([...r.header, ...r.leading, r.start]);
  return {
    context,
    header,
    body,
    firstLine: lines[first].no,
    lastLine: lines[r.end].no,
  };
}

/**
 * A header cell underlined by a rule ("------") spans the rule's width: the columns it heads lie under it. A rule
 * under several cells of the line (a separator across the table) widens none of them.
 */
function widenToRule(cells: Cell[], below: SourceLine | undefined): Cell[] {
  if (!below || below.kind !== "rule") return cells;
  const segments = [...below.text.matchAll(rules.ruleSegment)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const under = (s: { start: number; end: number }, c: Cell) =>
    s.start <= c.start && s.end >= c.end;
  return cells.map((c) => {
    const seg = segments.find((s) => under(s, c));
    // A rule running under several header cells is a separator across the table, not one cell's underline.
    if (!seg || cells.filter((o) => under(seg, o)).length > 1) return c;
    return { ...c, start: seg.start, end: seg.end };
  });
}

/** The header cells over the value columns; "2003 2002" (or "2003* 2002") written with one space is two cells. */
function headerCells(a: AnalyzedLine, area: Area): Cell[] {
  const out: Cell[] = [];
  for (const c of valueAreaCells(a, area)) {
    const parts = [...c.text.matchAll(/\S+/g)];
    if (
      parts.length > 1 &&
      parts.every((p) => rules.yearWithMarker.test(p[0]))
    ) {
      for (const p of parts)
        out.push({
          text: p[0],
          start: c.start + p.index!,
          end: c.start + p.index! + p[0].length,
        });
    } else out.push(c);
  }
  return out;
}
