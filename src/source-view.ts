// What the source sheet shows of a release: a plain-text release line for line (line n on row n); a web page as a
// reader sees it — its narrative lines and each table's rows, cells apart — rather than its HTML source, whose
// lines can be 140,000 characters of markup. Says on which row each table row of the release stands.
import { isHtml, readHtml } from "./html";
import { Release, Row } from "./model";

/** How many printed rows past the last paired one a table row is looked for among. */
const LOOK_AHEAD = 64;

export interface SourceViewRow {
  /** The line of the original text it comes from (1-based). */
  line: number;
  /** Its text: one cell for a line of text, the label and then each figure as printed for a table row. */
  cells: string[];
}

export interface SourceView {
  rows: SourceViewRow[];
  /** The 1-based row on which a figure of a table row stands; `line` is the source line the figure cites. */
  rowOf: (row: Row, line: number) => number;
}

/** The view of a release's text; `release` is that text parsed. */
export function sourceView(text: string, release: Release): SourceView {
  if (isHtml(text)) {
    const view = pageView(text, release);
    if (view) return view;
  }
  return textView(text);
}

function textView(text: string): SourceView {
  const rows = text
    .split(/\r\n|\r|\n/)
    .map((l, i) => ({ line: i + 1, cells: [l] }));
  return { rows, rowOf: (_row, line) => line };
}

/**
 * A page: the narrative lines and the tables' rows in the page's order — by source line, and within one line (a
 * page saved on a single line) by how many narrative lines stand before each table. Null when the page's tables
 * are not the release's (they always are where the release parsed).
 */
function pageView(text: string, release: Release): SourceView | null {
  const doc = readHtml(text);
  if (doc.grids.length !== release.tables.length) return null;
  type Item = { line: number; order: number; cells: string[]; row?: Row };
  const items: Item[] = doc.lines.map((l, i) => ({
    line: l.no,
    order: i,
    cells: [l.text],
  }));
  let before = 0;
  doc.grids.forEach((grid, t) => {
    before = Math.min(doc.lines.length, before + grid.between.length);
    // Just before the next narrative line; rows of one table keep their order by a fraction of a step.
    const order = before - 0.5;
    const own: Item[] = [];
    for (const h of grid.header)
      own.push({
        line: h.line,
        order,
        cells: ["", ...h.cells.map((c) => c.text)],
      });
    const bodies: { item: Item; values: Set<string>; label: string }[] = [];
    for (const b of grid.body) {
      if (b.kind !== "row") continue;
      const item = {
        line: b.line,
        order,
        cells: [b.label?.text ?? "", ...b.values.map((v) => v.text)],
      };
      own.push(item);
      bodies.push({
        item,
        values: new Set(
          b.values.map((v) => v.value).filter((v): v is string => v !== null),
        ),
        label: b.label?.text.trim() ?? "",
      });
    }
    matchRows(release.tables[t].rows, bodies);
    own.forEach((it, k) => {
      it.order = order + (k + 1) / (own.length + 1) / 2;
      items.push(it);
    });
  });
  // Stable: by line, then by order (the narrative's index, or the place of a table's rows among it).
  items.sort((a, b) => a.line - b.line || a.order - b.order);
  const rowAt = new Map<Row, number>();
  items.forEach((it, i) => {
    if (it.row) rowAt.set(it.row, i + 1);
  });
  const first = new Map<number, number>();
  items.forEach((it, i) => {
    if (!first.has(it.line)) first.set(it.line, i + 1);
  });
  return {
    rows: items.map(({ line, cells }) => ({ line, cells })),
    rowOf: (row) => rowAt.get(row) ?? first.get(row.line) ?? 1,
  };
}

/**
 * Pairs each table row with the printed row it was read from, in order: the next printed row on its line that
 * carries every figure of it (a label carried over from the line above is part of it), or, for a row without
 * figures (a heading), the next one whose label is part of its label.
 */
function matchRows(
  rows: Row[],
  printed: {
    item: { line: number; row?: Row };
    values: Set<string>;
    label: string;
  }[],
): void {
  let at = 0;
  for (const row of rows) {
    const figures = row.values.filter(
      (v): v is string => v !== null && v !== "0",
    );
    // Looked for among the next few printed rows only (a label's continuation lines), so the pairing is linear.
    for (let k = at; k < Math.min(printed.length, at + LOOK_AHEAD); k++) {
      const p = printed[k];
      if (p.item.line !== row.line) continue;
      const fits =
        row.values.some((v) => v !== null) || figures.length > 0
          ? p.values.size > 0 && figures.every((v) => p.values.has(v))
          : p.values.size === 0 && row.label.includes(p.label);
      if (!fits) continue;
      p.item.row = row;
      at = k + 1;
      break;
    }
  }
}
