// Grid → columns by alignment. Value cells that overlap across rows form a column; header cells are given to the
// columns they stand over, bottom row first, so a spanning header ("Six Months Ended June 30,") reaches every
// column under the cells below it.
import { Cell, Grid, GridRow, ValueCell } from "./model";
import { countAtMost, greatest, least } from "./extremes";
import { rules } from "./rules";
import { trailingFigure } from "./cells";

export interface GridColumn {
  /** Header cell texts, top to bottom. */
  header: string[];
  start: number;
  end: number;
}

export interface ColumnLayout {
  columns: GridColumn[];
  /**
   * The column of each value of body row `row`, in the row's order (-1: a stray figure left out). Read from one list
   * of a column a cell, not a map of cells or of rows: a dense table's figures cost 4 bytes each here.
   */
  columnsOf: (row: number) => ArrayLike<number>;
  /** The grid's body, with any label that ran into a column split from its figure. */
  body: GridRow[];
  /** Where the table was laid out mostly empty (sparseColumns): its size, and the columns and figures left out. */
  thinned?: Thinned;
}

export interface Thinned {
  rows: number;
  columns: number;
  figures: number;
  leftOut: { columns: number; figures: number };
}

/**
 * The body's value cells, each known by its index: a row's cells stand together, in its order, and a figure claimed
 * from a label (at most one a row, claimTrailingFigures) comes after all of the grid's own. A cell is read from its
 * row (cellOf): a dense table holds no list of its cells while its columns are found, only an integer or two a cell.
 */
interface BodyCells {
  body: GridRow[];
  /** The body row of each cell. */
  row: Int32Array;
  /** Where each body row's own cells start; one entry more than the rows, the end of the last. */
  from: Int32Array;
  /** How many cells the grid gave. */
  given: number;
  /** The figures claimed from labels: cell `given + n` is the n-th. */
  claimed: ValueCell[];
}

function bodyCells(body: GridRow[]): BodyCells {
  const from = new Int32Array(body.length + 1);
  body.forEach(
    (r, i) =>
      (from[i + 1] = from[i] + (r.kind === "row" ? r.values.length : 0)),
  );
  const given = from[body.length];
  const row = new Int32Array(given + body.length);
  for (let i = 0; i < body.length; i++) row.fill(i, from[i], from[i + 1]);
  return { body, row, from, given, claimed: [] };
}

function cellOf(all: BodyCells, j: number): ValueCell {
  if (j >= all.given) return all.claimed[j - all.given];
  const i = all.row[j];
  const r = all.body[i] as Extract<GridRow, { kind: "row" }>;
  return r.values[j - all.from[i]];
}

const cellCount = (all: BodyCells) => all.given + all.claimed.length;

interface Cluster {
  start: number;
  end: number;
  /** Its cells, as indices into BodyCells (a run of the cells in order of their start, as clusterBySpan finds them). */
  cells: Int32Array;
}

export function layoutColumns(grid: Grid): ColumnLayout {
  const all = bodyCells(grid.body);
  const clusters = splitCrowded(clusterBySpan(all), all);
  /** The column of each cell (its cluster's index until strays are dropped); -1 where none. */
  const column = new Int32Array(all.row.length).fill(-1);
  clusters.forEach((c, k) => c.cells.forEach((j) => (column[j] = k)));
  const body = claimTrailingFigures(grid, clusters, all, column);
  const columns = clusters.map((c) => ({
    header: [] as string[],
    start: c.start,
    end: c.end,
  }));
  assignHeaders(grid, columns);
  const kept = dropStrays(clusters, columns, all, column);
  const sparse = sparseColumns(kept.length, all, column);
  return {
    columns: sparse ? keepColumns(kept, column, sparse.keep) : kept,
    columnsOf: columnsByRow(all, column),
    body,
    ...(sparse && { thinned: sparse.thinned }),
  };
}

/**
 * Each body row's columns: its own cells' in order (a view of `column`), after the one claimed from its label where
 * there is one.
 */
function columnsByRow(
  all: BodyCells,
  column: Int32Array,
): ColumnLayout["columnsOf"] {
  const claimed = new Map<number, number>();
  for (let j = all.given; j < cellCount(all); j++)
    claimed.set(all.row[j], column[j]);
  return lookup(claimed, column, all.from);
}

/** Made apart from columnsByRow and layoutColumns: a function made in them would keep all their lists alive. */
function lookup(
  claimed: Map<number, number>,
  column: Int32Array,
  from: Int32Array,
): ColumnLayout["columnsOf"] {
  return (i) => {
    const own = column.subarray(from[i], from[i + 1]);
    const first = claimed.get(i);
    return first === undefined ? own : [first, ...own];
  };
}

/**
 * A lone figure standing between two headed columns, under no header and overlapping no figure of another row:
 * which column it belongs to cannot be told, so it is left out rather than given a column of its own.
 */
function dropStrays(
  clusters: Cluster[],
  columns: GridColumn[],
  all: BodyCells,
  column: Int32Array,
): GridColumn[] {
  let rows = 0;
  for (let i = 0; i + 1 < all.from.length; i++)
    if (all.from[i + 1] > all.from[i]) rows++;
  const stray = (k: number) =>
    rows >= 3 &&
    clusters[k].cells.length === 1 &&
    columns[k].header.length === 0 &&
    k > 0 &&
    k < columns.length - 1 &&
    columns[k - 1].header.length > 0 &&
    columns[k + 1].header.length > 0;
  const keep = columns.map((_, k) => !stray(k));
  return keep.every(Boolean) ? columns : keepColumns(columns, column, keep);
}

/** The columns kept, each cell's column renumbered to match (-1 for a cell of a column left out). */
function keepColumns(
  columns: GridColumn[],
  column: Int32Array,
  keep: boolean[],
): GridColumn[] {
  const index = new Int32Array(keep.length);
  let n = 0;
  keep.forEach((k, x) => (index[x] = k ? n++ : -1));
  column.forEach((k, j) => {
    if (k >= 0) column[j] = index[k];
  });
  return columns.filter((_, k) => keep[k]);
}

/** No table of at most this many slots (rows × columns) is thinned: every real statement is far smaller. */
export const THIN_FROM_SLOTS = 100_000;
/** A column holds a figure in at least one row of this many, in a table thinned. */
export const ROWS_A_FIGURE = 4;

/**
 * A table laid out mostly empty — a line of thousands of figures over a long table of two columns, an HTML staircase
 * of row spans — would take memory and time as its rows times its columns, the square of its text. Where its slots
 * number more than THIN_FROM_SLOTS and ROWS_A_FIGURE times its figures, every column holding a figure in fewer than one
 * row in ROWS_A_FIGURE is left out: what is kept holds a figure in one slot of ROWS_A_FIGURE at least, so the table's
 * size follows its figures. Null where the table is dense enough as it is.
 */
function sparseColumns(
  count: number,
  all: BodyCells,
  column: Int32Array,
): { keep: boolean[]; thinned: Thinned } | null {
  let rows = 0;
  for (let i = 0; i + 1 < all.from.length; i++)
    if (all.body[i].kind === "row") rows++;
  const figures = new Int32Array(count);
  let total = 0;
  for (const k of column)
    if (k >= 0) {
      figures[k]++;
      total++;
    }
  const slots = rows * count;
  if (slots <= Math.max(THIN_FROM_SLOTS, ROWS_A_FIGURE * total)) return null;
  const keep = Array.from(figures, (n) => n * ROWS_A_FIGURE >= rows);
  const leftOut = { columns: 0, figures: 0 };
  keep.forEach((k, x) => {
    if (k) return;
    leftOut.columns++;
    leftOut.figures += figures[x];
  });
  return { keep, thinned: { rows, columns: count, figures: total, leftOut } };
}

/**
 * A label that runs into a column with its figure one space after it ("Provision for other items 12"): when the
 * label's last word is a figure standing wholly inside the extent of a column (of two rows or more) where its row
 * has no value (and has figures in other columns), the figure is that column's and the label ends before it.
 * Where the source gave the cells (HTML), a label's cell holds the label alone: its last word stays in it.
 */
function claimTrailingFigures(
  grid: Grid,
  clusters: Cluster[],
  all: BodyCells,
  column: Int32Array,
): GridRow[] {
  if (grid.cellsGiven) return grid.body;
  return grid.body.map((r, i) => {
    if (
      r.kind !== "row" ||
      !r.label ||
      r.values.length === 0 ||
      r.label.end <= (clusters[0]?.start ?? Infinity)
    )
      return r;
    const split = trailingFigure(r.label);
    if (!split) return r;
    const v = split.value;
    const under = clusters.filter((c) => overlap(c, v) > 0);
    if (under.length !== 1) return r;
    const c = under[0];
    const k = clusters.indexOf(c);
    if (
      v.start < c.start ||
      v.end > c.end ||
      c.cells.length < 2 ||
      column.subarray(all.from[i], all.from[i + 1]).includes(k)
    )
      return r;
    // The figure's column is set here; its cluster's cells stay the grid's own (only whether they number one or two
    // is asked of them from now on, which a figure claimed into a column of two or more does not change).
    const j = all.given + all.claimed.push(v) - 1;
    all.row[j] = i;
    column[j] = k;
    return { ...r, label: split.label, values: [v, ...r.values] };
  });
}

/**
 * Sweeps cells left to right; a cell overlapping the current column's extent joins it. Each column's cells are a run
 * of the cells in order, held as a view of that order (no list a column).
 */
function clusterBySpan(all: BodyCells): Cluster[] {
  const sorted = byStartThenEnd(all);
  const out: Cluster[] = [];
  let from = 0;
  let start = 0;
  let end = -Infinity;
  sorted.forEach((j, x) => {
    const c = cellOf(all, j);
    if (x > 0 && c.start < end) {
      end = Math.max(end, c.end);
      return;
    }
    if (x > 0) out.push({ start, end, cells: sorted.subarray(from, x) });
    from = x;
    start = c.start;
    end = c.end;
  });
  if (sorted.length)
    out.push({ start, end, cells: sorted.subarray(from, sorted.length) });
  return out;
}

/**
 * The cells' indices in order of start, then end, then index: counted into place by end, then (keeping that order) by
 * start, as integers (a sort of the indices by comparison held two lists of a slot a cell, and took n log n). Where
 * the cells stand far apart for their number (a few figures on a very long line), compared instead: counting would
 * take a slot for every column of the line.
 */
function byStartThenEnd(all: BodyCells): Int32Array {
  const n = cellCount(all);
  let edge = 0;
  for (let j = 0; j < n; j++) edge = Math.max(edge, cellOf(all, j).end);
  const order = new Int32Array(n).map((_, j) => j);
  if (edge > 4 * n + 4096) {
    const sorted = Array.from(order).sort(
      (a, b) =>
        cellOf(all, a).start - cellOf(all, b).start ||
        cellOf(all, a).end - cellOf(all, b).end ||
        a - b,
    );
    return Int32Array.from(sorted);
  }
  const place = (
    from: Int32Array,
    to: Int32Array,
    key: (c: ValueCell) => number,
  ) => {
    const at = new Int32Array(edge + 2);
    for (const j of from) at[key(cellOf(all, j)) + 1]++;
    for (let x = 1; x < at.length; x++) at[x] += at[x - 1];
    for (const j of from) to[at[key(cellOf(all, j))]++] = j;
  };
  const byEnd = new Int32Array(n);
  place(order, byEnd, (c) => c.end);
  place(byEnd, order, (c) => c.start);
  return order;
}

/** A column holding two cells of one row was chained together from two: split it at its widest gap of right edges. */
function splitCrowded(clusters: Cluster[], all: BodyCells): Cluster[] {
  const { row } = all;
  const end = (j: number) => cellOf(all, j).end;
  const out: Cluster[] = [];
  // Taken from the end, so a split's first half comes next (a queue shifted from the front took the square of the
  // columns' number).
  const stack = [...clusters].reverse();
  while (stack.length) {
    const c = stack.pop()!;
    const rows = new Set(c.cells.map((j) => row[j]));
    if (rows.size === c.cells.length || c.cells.length < 2) {
      out.push(c);
      continue;
    }
    const byEnd = Array.from(c.cells).sort((a, b) => end(a) - end(b));
    let cut = 1;
    let widest = -1;
    for (let i = 1; i < byEnd.length; i++) {
      const gap = end(byEnd[i]) - end(byEnd[i - 1]);
      if (gap > widest) {
        widest = gap;
        cut = i;
      }
    }
    if (widest <= 0) {
      out.push(c);
      continue;
    }
    const make = (xs: number[]): Cluster => ({
      start: least(xs.map((j) => cellOf(all, j).start)),
      end: greatest(xs.map(end)),
      cells: Int32Array.from(xs),
    });
    stack.push(make(byEnd.slice(cut)), make(byEnd.slice(0, cut)));
  }
  return out.sort((a, b) => a.end - b.end);
}

function overlap(
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Bottom header row first: each cell goes to the columns whose extent it overlaps (by two characters or more),
 * or failing that to the nearest column. A cell given to one column widens that column's extent, so the row
 * above sees the sub-headers' width (a spanning header centred over two date headers reaches both). Then, top row
 * first, a cell standing alone and centred under a spanning header spans the same columns: the second line of a
 * spanning header ("Three Months Ended" / "June 30," over "2004   2003").
 */
function assignHeaders(grid: Grid, columns: GridColumn[]): void {
  if (columns.length === 0) return;
  const extent = columns.map((c) => ({ start: c.start, end: c.end }));
  const owners: Map<number, Cell>[] = grid.header.map(() => new Map());
  for (let h = grid.header.length - 1; h >= 0; h--) {
    const assigned: { cell: Cell; cols: number[] }[] = [];
    // A note reference under a date ("(Notes)", "(a)") is not part of the column's name; "(Unaudited)" is.
    const cells = grid.header[h].cells.filter(
      (c) => !rules.noteReference.test(c.text.trim()),
    );
    const find = extentFinder(extent);
    for (const cell of cells) {
      let cols = find.over(cell);
      if (cols.length === 0) {
        const k = find.nearest(cell);
        const mid = (cell.start + cell.end) / 2;
        if (Math.abs(midOf(extent[k]) - mid) <= 8 + (cell.end - cell.start) / 2)
          cols = [k];
      }
      // A short cell alone on an upper header row, centred over the whole table ("As of" over "September 30,
      // 2004   June 30, 2004"), heads every column even where it overlaps only one.
      if (
        cells.length === 1 &&
        h < grid.header.length - 1 &&
        cols.length < extent.length &&
        centredOver(cell, extent)
      )
        cols = extent.map((_, k) => k);
      // Two cells of one row claiming a column: the one overlapping more keeps it.
      assigned.push({ cell, cols });
    }
    const owner = new Map<number, { cell: Cell; ov: number }>();
    for (const { cell, cols } of assigned)
      for (const k of cols) {
        const ov = overlap(cell, extent[k]);
        const cur = owner.get(k);
        if (!cur || ov > cur.ov) owner.set(k, { cell, ov });
      }
    const inOrder = oneCellEach(cells, extent, owner);
    if (inOrder) {
      owner.clear();
      inOrder.forEach((cell, k) =>
        owner.set(k, { cell, ov: overlap(cell, extent[k]) }),
      );
    }
    const owned = new Map<Cell, number>();
    for (const { cell } of owner.values())
      owned.set(cell, (owned.get(cell) ?? 0) + 1);
    for (const [k, { cell }] of owner) {
      owners[h].set(k, cell);
      const solo = owned.get(cell) === 1;
      if (solo)
        extent[k] = {
          start: Math.min(extent[k].start, cell.start),
          end: Math.max(extent[k].end, cell.end),
        };
    }
  }
  spreadOverRuns(owners, columns.length);
  for (let h = 1; h < owners.length; h++) spreadUnderSpans(owners, h);
  columns.forEach(
    (c, k) =>
      (c.header = owners
        .filter((o) => o.has(k))
        .map((o) => o.get(k)!.text.trim())),
  );
}

const midOf = (e: { start: number; end: number }) => (e.start + e.end) / 2;

/**
 * The columns a header cell stands over (overlapping each by two characters, or wholly where it is narrower), and the
 * column whose centre is nearest its own (the first of equals): each found by binary search among the columns in
 * order of start and of centre, not by measuring every column against every cell (a header of thousands of cells
 * over as many columns took seconds).
 */
function extentFinder(extent: { start: number; end: number }[]): {
  over: (cell: Cell) => number[];
  nearest: (cell: Cell) => number;
} {
  const ks = Array.from(extent.keys());
  const byStart = [...ks].sort(
    (a, b) => extent[a].start - extent[b].start || a - b,
  );
  const byMid = [...ks].sort(
    (a, b) => midOf(extent[a]) - midOf(extent[b]) || a - b,
  );
  const starts = byStart.map((k) => extent[k].start);
  const mids = byMid.map((k) => midOf(extent[k]));
  let widest = 0;
  for (const e of extent) widest = Math.max(widest, e.end - e.start);
  return {
    over(cell) {
      // A column overlapping the cell starts at its end at the latest, and no earlier than the widest column's
      // width before its start.
      const out: number[] = [];
      for (
        let i = countAtMost(starts, cell.end) - 1;
        i >= 0 && starts[i] >= cell.start - widest;
        i--
      ) {
        const e = extent[byStart[i]];
        if (overlap(cell, e) >= Math.min(2, e.end - e.start))
          out.push(byStart[i]);
      }
      return out.sort((a, b) => a - b);
    },
    nearest(cell) {
      const mid = (cell.start + cell.end) / 2;
      // The last centre at or left of the cell's and the first right of it: the nearest is one of them.
      const at = countAtMost(mids, mid);
      const dist = (i: number) =>
        i >= 0 && i < mids.length ? Math.abs(mids[i] - mid) : Infinity;
      const best = Math.min(dist(at - 1), dist(at));
      // Every column at that distance (on either side, in runs of equal centres): the first of them in order.
      let k = Infinity;
      for (let i = at - 1; i >= 0 && dist(i) === best; i--)
        k = Math.min(k, byMid[i]);
      for (let i = at; i < mids.length && dist(i) === best; i++)
        k = Math.min(k, byMid[i]);
      return k;
    },
  };
}

/**
 * A header row with exactly one cell per column, where alignment left a column without its cell (figures printed
 * wider than their headers drift right, so the last headers overlap the column before theirs): the cells name the
 * columns in order — when each cell still stands near its own column. Otherwise null (alignment decides).
 */
function oneCellEach(
  cells: Cell[],
  extent: { start: number; end: number }[],
  owner: Map<number, { cell: Cell }>,
): Cell[] | null {
  if (cells.length !== extent.length || cells.length < 2) return null;
  const owned = new Set([...owner.values()].map((o) => o.cell));
  if (owner.size === extent.length && owned.size === cells.length) return null;
  const sorted = [...cells].sort((a, b) => a.start - b.start);
  const near = sorted.every(
    (c, k) =>
      c.end >= extent[k].start - NEAR && c.start <= extent[k].end + NEAR,
  );
  return near ? sorted : null;
}

const NEAR = 8;

/** The cell's centre is within a few characters of the centre of all the columns together. */
function centredOver(
  cell: Cell,
  extent: { start: number; end: number }[],
): boolean {
  const start = least(extent.map((e) => e.start));
  const end = greatest(extent.map((e) => e.end));
  const mid = (cell.start + cell.end) / 2;
  return (
    cell.start >= start - 2 &&
    cell.end <= end + 2 &&
    Math.abs(mid - (start + end) / 2) <=
      Math.max(CENTRE_TOLERANCE, (end - start) / 8)
  );
}

/** Columns owned by each cell of one header row. */
function colsByCell(owner: Map<number, Cell>): Map<Cell, number[]> {
  const out = new Map<Cell, number[]>();
  for (const [k, cell] of owner) {
    const ks = out.get(cell);
    if (ks) ks.push(k);
    else out.set(cell, [k]);
  }
  return out;
}

const CENTRE_TOLERANCE = 3;

/**
 * A bottom header row that repeats one run of labels ("2004  2003  2004  2003") under an upper row with one cell
 * for each run ("Three Months   Six Months"): each upper cell heads its whole run, even where it was typed off
 * centre and stands over only part of it. Only where every upper cell stands within its own run.
 */
function spreadOverRuns(owners: Map<number, Cell>[], n: number): void {
  const bottom = owners[owners.length - 1];
  if (owners.length < 2 || bottom.size !== n) return;
  const texts = [...bottom.keys()]
    .sort((a, b) => a - b)
    .map((k) => bottom.get(k)!.text.trim());
  for (let h = owners.length - 2; h >= 0; h--) {
    const cells = [...colsByCell(owners[h])].sort(
      ([a], [b]) => a.start - b.start,
    );
    const run = n / cells.length;
    if (
      cells.length < 2 ||
      !Number.isInteger(run) ||
      run < 2 ||
      !texts.every((t, k) => t === texts[k % run]) ||
      !cells.every(([, ks], i) => ks.every((k) => Math.floor(k / run) === i))
    )
      continue;
    cells.forEach(([cell], i) => {
      for (let k = i * run; k < (i + 1) * run; k++) owners[h].set(k, cell);
    });
  }
}

/** Row `h`: a cell alone under a wider spanning cell above it, and centred under it, takes all of its columns. */
function spreadUnderSpans(owners: Map<number, Cell>[], h: number): void {
  // The row as it stood before any cell of it spread.
  const before = new Map(owners[h]);
  const mine = colsByCell(before);
  // Made as a row is first looked at: most cells find their span in the row right above.
  const aboveCols: Map<Cell, number[]>[] = [];
  const colsAbove = (u: number) => (aboveCols[u] ??= colsByCell(owners[u]));
  /** The cells of this row under each cell above (read from the row as it stood). */
  const under = new Map<Cell, Set<Cell>>();
  const cellsUnder = (above: Cell, cols: number[]) => {
    let set = under.get(above);
    if (!set) {
      set = new Set();
      for (const k of cols) {
        const c = before.get(k);
        if (c) set.add(c);
      }
      under.set(above, set);
    }
    return set;
  };
  for (const [cell, cols] of mine) {
    // The nearest row above with one cell over all these columns.
    let above: { cell: Cell; cols: number[] } | undefined;
    for (let u = h - 1; u >= 0 && !above; u--) {
      const c = owners[u].get(cols[0]);
      if (c && cols.every((k) => owners[u].get(k) === c))
        above = { cell: c, cols: colsAbove(u).get(c)! };
      if (!above && cols.some((k) => owners[u].has(k))) break;
    }
    if (!above || above.cols.length <= cols.length) continue;
    // Another cell of this row under the same span: neither takes it.
    const others = cellsUnder(above.cell, above.cols);
    if (others.size > 1 || (others.size === 1 && !others.has(cell))) continue;
    const mid = (c: Cell) => (c.start + c.end) / 2;
    if (
      Math.abs(mid(cell) - mid(above.cell)) >
      Math.max(CENTRE_TOLERANCE, (above.cell.end - above.cell.start) / 4)
    )
      continue;
    for (const k of above.cols) owners[h].set(k, cell);
  }
}

/**
 * Each column's group: the segment or basis its header names besides the period ("Domestic" | "Sears Canada" |
 * "Consolidated", "GAAP" | "Non-GAAP", "As Reported" | "Adjusted"). A header cell counts when it names no period,
 * no change or percent, no note, no measure or unit; a cell that mixes a year with a basis ("2022 Non-GAAP") gives
 * its basis. A basis counts on its own; a segment name only where it tells columns apart (another group in the
 * table, "Domestic" beside "Canada", "Actual" beside "Pro forma", and some column not under it), so a company name
 * or a title spanning every column is not a group — and only in a table of periods: where no column names one, the
 * header cells name the columns themselves.
 */
export function columnGroups(
  headers: string[][],
  periods: (string | null)[],
): (string | undefined)[] {
  // A table whose columns name no period at all (a statement of changes in equity, an options table): its header
  // cells name the columns themselves, not groups of them.
  const dated =
    periods.some((p) => p !== null) ||
    headers.some((cells) => cells.some((c) => rules.periodWord.test(c)));
  const named = headers.map((cells) => cells.map(groupOfCell));
  const distinct = new Set(
    named.flatMap((cells) =>
      cells.filter((g) => g && !g.total).map((g) => g!.text.toLowerCase()),
    ),
  );
  const everywhere = (text: string) =>
    named.every((cells) => cells.some((g) => g?.text === text));
  const keep = (g: CellGroup | null): g is CellGroup =>
    !!g &&
    (g.kind === "basis" ||
      (dated && distinct.size >= 2 && !everywhere(g.text)));
  return named.map((cells) => {
    const texts = cells.filter(keep).map((g) => g.text);
    return texts.length ? texts.join(" | ") : undefined;
  });
}

interface CellGroup {
  text: string;
  kind: "segment" | "basis";
  total: boolean;
}

/** A group names a segment or a basis in a few words; a longer cell, or one ending in a colon, is a heading. */
const GROUP_WORDS = 6;
const MIXED_WORDS = 8;

function groupOfCell(cell: string): CellGroup | null {
  const t = cell.trim();
  const words = t.split(rules.whiteRun).length;
  if (
    rules.headingEnd.test(t) ||
    words > MIXED_WORDS ||
    !rules.wordCell.test(t) ||
    rules.percentHeader.test(t) ||
    rules.headerAnnotation.test(t) ||
    rules.noteReference.test(t)
  )
    return null;
  if (
    rules.periodWord.test(t) ||
    rules.periodOrComparisonHint.test(t) ||
    rules.measureHeader.test(t)
  ) {
    const basis = t.match(rules.basisHeader);
    return basis ? { text: basis[0], kind: "basis", total: false } : null;
  }
  if (words > GROUP_WORDS) return null;
  return {
    text: t,
    kind: rules.basisHeader.test(t) ? "basis" : "segment",
    total: rules.totalHeader.test(t),
  };
}
