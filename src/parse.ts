// The parser's pipeline, one stage after another: text → lines → grids → columns and periods → rows and
// concepts → facts → checks. Each stage lives in its own module; this file only wires them together.
import { balanceChecks } from "./checks/balance";
import { Budget, startBudget } from "./budget";
import { Decimal } from "./decimal";
import { epsChecks } from "./checks/eps";
import { footingChecks } from "./checks/footing";
import { narrativeChecks, narrativeClaims } from "./checks/narrative";
import { taxChecks } from "./checks/tax";
import { findGrids, TextGrid } from "./blocks";
import { ColumnLayout, columnGroups, layoutColumns, Thinned } from "./columns";
import { holdsFigure } from "./cells";
import { conceptOf, unlabeledBalanceTotals } from "./concepts";
import { append } from "./extremes";
import { readHtml } from "./html";
import { detectForm, readCopiedText } from "./copied-text";
import { tabbedFromSpaced } from "./spaced-text";
import { MAX_INPUT_BYTES, TOO_LARGE } from "./limits";
import { toLines } from "./lines";
import { readMetadata } from "./metadata";
import {
  Check,
  Column,
  Fact,
  Release,
  Row,
  SourceLine,
  Table,
  ValueCell,
  Warning,
} from "./model";
import { learnCalendar, resolvePeriod } from "./periods";
import { sectionPath } from "./outline";
import { RowFields, tableFact } from "./fact";
import { buildRows, RawRow, sectionOf } from "./rows";
import { classifyTable, statementNamed } from "./statements";
import {
  ColumnUnit,
  columnUnit,
  FigureUnit,
  figureUnit,
  sharedUnit,
  perShareComponents,
  printsMoney,
  readScale,
  rowScale,
  rowUnit,
  ScaleStatement,
  scaleBySize,
  scaleContradictions,
  sharesFigure,
  sharesScaleByEps,
  takesTableScale,
} from "./units";
import { rules } from "./rules";

/** Rejects what is not a release's text: empty input, binary data. */
function unreadable(text: string): string | null {
  if (text.length > MAX_INPUT_BYTES) return TOO_LARGE;
  if (text.trim() === "")
    return "the file is empty (expected the text of an earnings release)";
  const sample = text.slice(0, 8192);
  // eslint-disable-next-line no-control-regex
  const control = (sample.match(/[\x00-\x08\x0e-\x1f\ufffd]/g) ?? []).length;
  if (sample.includes("\x00") || control / sample.length > 0.05)
    return "this is not a text file (expected the plain text of an earnings release)";
  return null;
}

/** A release with nothing read yet: what a parse starts from, or answers with beside an error. */
export function emptyRelease(source: string): Release {
  return {
    source,
    company: null,
    ticker: null,
    releaseDate: null,
    tables: [],
    facts: [],
    checks: [],
    warnings: [],
    error: null,
  };
}

/** `budget`: the time the parse may take (a stored release's, see limits.ts); past it the result is an error value. */
export interface ParseOptions {
  budget?: Budget;
}

/** What was read of a release the parse gave up on: its metadata and the reason, no tables or figures. */
function gaveUp(release: Release, error: Release["error"]): Release {
  return { ...release, tables: [], facts: [], checks: [], warnings: [], error };
}

export function parseRelease(
  text: string,
  source = "-",
  options: ParseOptions = {},
): Release {
  const overdue = startBudget(options.budget);
  const release = emptyRelease(source);
  const bad = unreadable(text);
  if (bad) return { ...release, error: { message: bad } };
  // An HTML page is read by html.ts into narrative lines and grids; text by lines.ts and blocks.ts. From the grids
  // on, both take the same path.
  // Text copied from a web page (TAB-separated or one cell a paragraph) is rebuilt into the same grids (copied-text.ts).
  const form = detectForm(text);
  // Text copied from a PDF viewer (one space between cells) is first written as TAB rows (spaced-text.ts).
  const copied =
    form === "copied"
      ? readCopiedText(text)
      : form === "spaced"
        ? readCopiedText(tabbedFromSpaced(text))
        : null;
  const html = form === "html" ? readHtml(text) : copied;
  Object.assign(release, readMetadata(html ? html.text : text));
  const lines = html ? html.lines : toLines(text);
  const grids: TextGrid[] = html ? html.grids : findGrids(lines);
  let late = overdue(lines[lines.length - 1]?.no ?? 1, "finding its tables");
  if (late) return gaveUp(release, late);
  if (grids.length === 0) {
    return {
      ...release,
      // Tables left out (copied ones whose columns are unclear, HTML ones read as text) say why.
      warnings: html ? html.warnings : [],
      error: {
        message:
          "no financial table found (expected rows of figures in columns under period headers, e.g. 'Three Months Ended June 30,')",
      },
    };
  }
  // The calendar is learned from every table's column headers before any table is built. Each table's columns are
  // laid out for it here and again when the table is built: a long text's layouts are never all held at once.
  const headers = grids.flatMap((g) =>
    layoutColumns(g).columns.map((c) => c.header.join(" ")),
  );
  late = overdue(grids[grids.length - 1].lastLine, "laying out its columns");
  if (late) return gaveUp(release, late);
  const narrative = endedPhrases(lines);
  // The narrative's own figures, read now: the text's lines are let go before the tables are built.
  const claims = narrativeClaims(lines);
  const calendar = learnCalendar(headers, narrative, release.releaseDate);
  // What stands between each table and the one before it, read now: the text's lines go before any table is built.
  const edgarTables = html ? [] : edgarTableOf(lines);
  const joins = grids.map((grid, t) => {
    const prev = grids[t - 1];
    if (!prev) return { furniture: false, oneContainer: false };
    const furniture = html
      ? html.grids[t].between.every(isFurniture)
      : onlyFurniture(lines, prev.lastLine, grid.firstLine);
    const oneContainer = html
      ? html.grids[t].sameTable === true
      : sameEdgarTable(edgarTables, prev.lastLine, grid.firstLine);
    return { furniture, oneContainer };
  });
  for (const list of [lines, edgarTables]) list.length = 0;
  let previous: { table: Table; scale: ScaleStatement | null } | null = null;
  /** The latest table printed in a stated scale: what a table stating none is measured against. */
  let reference: { table: Table; scale: ScaleStatement } | null = null;
  const figureUnits: (FigureUnit | null)[][][] = [];
  const tableWarnings: Warning[][] = [];
  const scales: (ScaleStatement | null)[] = [];
  /** Each table's draft, kept only where it may be finished again against another reference (tables before the
   * first stated scale). */
  const drafts: (TableDraft | null)[] = [];
  const figureLines: number[][][] = [];
  // By index, not forEach: a grid held as the loop's argument would stay alive while its table is built.
  for (let t = 0; t < grids.length; t++) {
    late ??= overdue(grids[t].firstLine, "building its tables");
    if (late) break;
    // A table that follows another with only page furniture or title lines between them (the second half of an
    // EDGAR <TABLE> pair, the next statement on the page) shares the first one's scale statement.
    const adjacent = previous && joins[t].furniture ? previous : null;
    // One container (an HTML <table> element, an EDGAR <TABLE> block) holding both: what is stated above it
    // covers every statement in it.
    const oneContainer = adjacent !== null && joins[t].oneContainer;
    const built = buildTableAt(
      grids,
      t,
      calendar,
      adjacent,
      oneContainer,
      reference,
      drafts,
    );
    tableWarnings[t] = built.warnings;
    scales.push(built.scale);
    if (built.scale && built.scale.scale > 1 && printsMoney(built.table))
      reference = { table: built.table, scale: built.scale };
    release.tables.push(built.table);
    figureUnits.push(built.figures);
    figureLines.push(built.lines);
    // Only its table and scale: its figures' units and lines go once its facts are made.
    previous = { table: built.table, scale: built.scale };
  }
  if (late) return gaveUp(release, late);
  // Tables before the first one printed in a stated scale, stating none themselves, are measured against it.
  const first = release.tables.findIndex(
    (x, t) => (scales[t]?.scale ?? 1) > 1 && printsMoney(x),
  );
  for (let t = 0; t < first; t++) {
    if (scales[t] !== null) continue;
    const built = finishTable(
      drafts[t]!,
      { table: release.tables[first], scale: scales[first]! },
      false,
    );
    tableWarnings[t] = built.warnings;
    release.tables[t] = built.table;
    figureUnits[t] = built.figures;
    figureLines[t] = built.lines;
  }
  // A table whose every column was left out (laid out mostly empty: columns.ts) holds no figure: it is no table.
  if (release.tables.some((x) => x.columns.length === 0)) {
    let n = 0;
    release.tables.forEach((table, t) => {
      if (table.columns.length === 0) return;
      release.tables[n] = table;
      figureUnits[n] = figureUnits[t];
      figureLines[n++] = figureLines[t];
    });
    for (const list of [release.tables, figureUnits, figureLines])
      list.length = n;
  }
  // The grids and layouts are not needed past this point: let them go before the facts are made.
  for (const list of [drafts, grids]) list.length = 0;
  // Appended one by one: a long text's warnings spread into one call would pass the limit on a call's arguments.
  for (const w of tableWarnings) append(release.warnings, w);
  if (html) append(release.warnings, html.warnings);
  release.tables.forEach((table, t) => {
    late ??= overdue(table.firstLine, "reading its figures");
    if (late) return;
    // No column says what it holds (no period, no measure): its figures could be anything — left out.
    if (table.columns.every((c) => c.column === "")) {
      release.warnings.push({
        line: table.firstLine,
        message: `the table at line ${table.firstLine}${table.title ? ` ("${table.title}")` : ""} has no column headers: what its figures are (period, amount or count) is not printed, so they are left out`,
      });
      return;
    }
    // Straight into the release's list: a list of a table's own, then copied, held each figure twice.
    factsOf(
      table,
      t,
      { units: figureUnits[t], lines: figureLines[t] },
      release.facts,
      release.warnings,
    );
    // Each figure's unit and line are in its fact now: let the table's go before the next table's facts are made.
    figureUnits[t] = [];
    figureLines[t] = [];
  });
  if (late) return gaveUp(release, late);
  // Each table's checks are made compact as they are made: a long release's are never held twice.
  release.checks = [balanceChecks, footingChecks, epsChecks, taxChecks].flatMap(
    (kind) => release.tables.flatMap((table) => kind(table).map(compact)),
  );
  // The narrative's quarters ("second quarter 2003") placed as the tables' labels are: by the calendar the release
  // states, or as the calendar's own where it never speaks of a fiscal year and comes out weeks after the quarter.
  if (claims.length) {
    const claimCalendar = learnCalendar(
      [...headers, ...claims.map((c) => c.period)],
      narrative,
      release.releaseDate,
    );
    for (const c of narrativeChecks(
      claims,
      release.facts,
      release.tables,
      claimCalendar,
    ))
      release.checks.push(compact(c));
  }
  return release;
}

/**
 * Table t built from its grid, which goes once its rows are read (a long table's grid and table are never both held),
 * and finished against `reference`. Only a table stating no scale, before any table that states one, may be finished
 * again: its draft is kept in `drafts`; any other is finished in place. A function of its own: a draft held in the
 * caller's loop would outlive the loop.
 */
function buildTableAt(
  grids: (TextGrid | null)[],
  t: number,
  calendar: ReturnType<typeof learnCalendar>,
  adjacent: { table: Table; scale: ScaleStatement | null } | null,
  oneContainer: boolean,
  reference: { table: Table; scale: ScaleStatement } | null,
  drafts: (TableDraft | null)[],
): ReturnType<typeof finishTable> {
  const source = tableSource(grids[t]!);
  grids[t] = null;
  const draft = draftTable(
    source,
    calendar,
    adjacent?.scale ?? null,
    adjacent?.table ?? null,
    oneContainer,
  );
  const final = reference !== null || draft.scale !== null;
  drafts[t] = final ? null : draft;
  return finishTable(draft, reference, !final);
}

/** What a table laid out mostly empty lost (columns.ts, sparseColumns), for the warning at its first line. */
function thinnedWarning(line: number, t: Thinned): Warning {
  const all = t.leftOut.columns === t.columns;
  return {
    line,
    message:
      `the table at line ${line} is laid out mostly empty (${t.rows} rows × ${t.columns} columns for ${t.figures} figures): ` +
      (all
        ? "no column has a figure in one row in four, so it is left out"
        : `its ${t.leftOut.columns} columns with a figure in fewer than one row in four, holding ${t.leftOut.figures} figures, are left out`),
  };
}

/**
 * A check as one object made at once, its fields in the contract's order: one given a field after it was made
 * holds that field apart, and a long release's checks took twice the memory. A check without a tolerance holds it
 * as undefined, which JSON leaves out. Its message is one run of characters and its lines an array to size (one
 * grown by push keeps room for 16).
 */
function compact(c: Check): Check {
  return {
    id: c.id,
    column: c.column,
    period: c.period,
    status: c.status,
    expected: c.expected,
    actual: c.actual,
    difference: c.difference,
    tolerance: c.tolerance,
    message: flat(c.message),
    lines: c.lines.slice(),
  };
}

/**
 * A sentence built with + and template strings is held by V8 as a tree of its pieces, about twice its size as one
 * run of characters; normalize() answers it as one run (in NFC, which changes no printed label's look). A long
 * release's checks take a third less.
 */
const flat = (s: string) => s.normalize();

/**
 * The stretches of text around each "ended"/"ending" ("the second quarter ended June 30, 2003"), where a release
 * states its fiscal calendar; reading only these keeps the calendar's patterns off the rest of a long filing.
 */
function endedPhrases(lines: SourceLine[]): string {
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== "text" || !rules.endedWord.test(l.text)) return;
    const around = lines
      .slice(Math.max(0, i - 1), i + 2)
      .filter((x) => x.kind === "text");
    out.push(around.map((x) => x.text.trim()).join(" "));
  });
  return out.join(" | ");
}

/**
 * Nothing but page furniture and title lines strictly between two source lines (1-based): no prose, no rows. A
 * paragraph between two tables means the second one may well be in other units.
 */
function onlyFurniture(
  lines: SourceLine[],
  after: number,
  before: number,
): boolean {
  for (let no = after + 1; no < before; no++) {
    const l = lines[no - 1];
    if (l && !isFurniture(l)) return false;
  }
  return true;
}

/** For each source line, the EDGAR <TABLE> … </TABLE> block it stands in (numbered from 0), or -1: one pass. */
function edgarTableOf(lines: SourceLine[]): number[] {
  const out: number[] = [];
  let current = -1;
  let count = 0;
  for (const l of lines) {
    if (l.kind === "tag" && rules.edgarTableOpen.test(l.text))
      current = count++;
    out.push(current);
    if (l.kind === "tag" && rules.edgarTableClose.test(l.text)) current = -1;
  }
  return out;
}

/** Two source lines (1-based) inside one EDGAR <TABLE> block. */
function sameEdgarTable(of: number[], a: number, b: number): boolean {
  const x = of[a - 1] ?? -1;
  return x !== -1 && x === (of[b - 1] ?? -1);
}

/** Not prose and not a row of figures: a title line, a blank, page furniture. */
function isFurniture(l: SourceLine): boolean {
  return !(
    l.kind === "text" &&
    (rules.manyWords.test(l.text) || rules.endsInFigure.test(l.text))
  );
}

/** A row whose figures all stand on its own line: no line of each is held. */
const ON_ITS_ROW: number[] = []; // read, never written
/** A row without figures: no unit of each is held. */
const NO_FIGURES: (FigureUnit | null)[] = []; // read, never written
/** The one-unit list of every row whose figures share that unit: one list a unit, not one a row (read, never written). */
const UNIT_LISTS = new Map<FigureUnit | null, (FigureUnit | null)[]>();
function unitList(unit: FigureUnit | null): (FigureUnit | null)[] {
  let list = UNIT_LISTS.get(unit);
  if (!list) UNIT_LISTS.set(unit, (list = [unit]));
  return list;
}

/** What a table is built from, read once from its grid: its rows, its header and title lines, its columns. */
interface TableSource extends Pick<
  TextGrid,
  "firstLine" | "lastLine" | "context" | "header"
> {
  raw: RawRow[];
  columns: ColumnLayout["columns"];
  columnsOf: ColumnLayout["columnsOf"];
  thinned?: Thinned;
}

function tableSource(grid: TextGrid): TableSource {
  const layout = layoutColumns(grid);
  return {
    firstLine: grid.firstLine,
    lastLine: grid.lastLine,
    context: grid.context,
    header: grid.header,
    raw: buildRows(layout.body),
    columns: layout.columns,
    columnsOf: layout.columnsOf,
    thinned: layout.thinned,
  };
}

/**
 * A table as read from its source: everything that does not depend on another table's scale. Its rows hold their
 * units as their labels and figures say, before any scale. A table that states no scale is finished again against a
 * later table's (finishTable); it is never read again from its source, whose rows go as the table's are made.
 */
interface TableDraft extends Pick<
  Table,
  "title" | "statement" | "columns" | "rows" | "firstLine" | "lastLine"
> {
  /** The scale it states, or carries from the table before. */
  scale: ScaleStatement | null;
  columnUnits: ColumnUnit[];
  /** For each row, how each column's figure reads where one is not plain (FIGURE_KIND); null where all are plain. */
  kinds: (number[] | null)[];
  /** For each row and column, the source line its figure stands on. */
  lines: number[][];
  /** Its warnings so far: a table finished again says them again. */
  warnings: Warning[];
}

/** How a figure reads, where its row's unit is not all it takes: a percentage, or a change in percentage points. */
const FIGURE_KIND = { plain: 0, rate: 1, points: 2 } as const;

/** A table's draft read from its source, whose rows are let go as the table's are made. */
function draftTable(
  source: TableSource,
  calendar: ReturnType<typeof learnCalendar>,
  carried: ScaleStatement | null,
  before: Table | null,
  oneContainer: boolean,
): TableDraft {
  const warnings: Warning[] = [];
  const { raw, columnsOf } = source;
  if (source.thinned)
    warnings.push(thinnedWarning(source.firstLine, source.thinned));
  const headings = raw.length ? [...raw[0].sections].reverse() : [];
  const context = [...source.context].reverse().map((c) => c.text);
  let { statement, title } = classifyTable(
    [...headings, ...context],
    raw.map((r) => r.label),
    headings.length,
  );
  const headerText = source.header.flatMap((h) => h.cells.map((c) => c.text));
  const own = readScale([...context, ...headings, ...headerText].join(" "));
  // A statement continued on the next page keeps its scale, and so does a table of supplemental data under a title
  // of its own; a new statement, named by its own title in a container of its own, does not take the one before's
  // by accident.
  const named = title ? statementNamed(title) : null;
  const newStatement =
    !oneContainer &&
    before !== null &&
    named !== null &&
    named !== before.statement;
  const columnUnits = moneyMarksApart(
    source.columns.map((c) => columnUnit(c.header)),
  );
  const titleText = [...source.context.map((c) => c.text), ...headings].join(
    " ",
  );
  const headerLine = source.header.length
    ? source.header[source.header.length - 1].line
    : source.firstLine;
  const columnVotes: Map<string, boolean>[] = [];
  const datedColumns: boolean[] = [];
  // Every column's block votes in one pass over the cells (a pass per column was columns × cells).
  const votesOf = blockVotes(raw, columnsOf);
  const siblings = source.columns.map((s) => s.header.join(" "));
  const columns: Column[] = source.columns.map((c, k) => {
    const column = c.header.join(" | ");
    const p = resolvePeriod(c.header.join(" "), {
      title: titleText,
      balance: statement === "balance",
      calendar,
      siblings,
    });
    // A column the header names as a change is a column of percentages. One with no period of its own ("Change",
    // "Total") is voted on block by block (the rows under one heading): where most of a block's figures in it
    // carry "%", they are percentages; a dated column's "%" cells are decided row by row (percentRows). So blocks
    // of growth rates stacked under the dollars' columns never turn the dollars into percentages.
    const dated = p.period !== null || p.fiscalPeriod !== undefined;
    const votes = dated
      ? new Map<string, boolean>()
      : (votesOf[k] ?? new Map<string, boolean>());
    columnVotes.push(votes);
    datedColumns.push(dated);
    const percent =
      p.percent ||
      rules.shareOfHeader.test(c.header.join(" ")) ||
      (votes.size > 0 && [...votes.values()].every(Boolean));
    if (p.period === null && !percent && p.reason !== undefined)
      warnings.push({
        line: headerLine,
        message: `column "${column || "(no header)"}" of the table at line ${source.firstLine} has no period: ${p.reason}`,
      });
    const col: Column = { column, period: percent ? null : p.period };
    const stated = columnUnits[k];
    if (stated.unit && !percent) col.unit = stated.unit;
    if (stated.scale && !percent) col.scale = stated.scale.scale;
    if (p.fiscalPeriod) col.fiscalPeriod = p.fiscalPeriod;
    if (p.end && col.period) col.end = p.end;
    if (percent) col.percent = true;
    return col;
  });
  // "% of Sales" beside each period's figures is that period's ratio: it takes the period of the amount it stands
  // beside — on its left, or on its right where the table opens with a ratio. Paired any other way, none.
  const shareOf = (c: Column) =>
    c.percent === true &&
    rules.shareOfHeader.test(c.column.split(" | ").join(" "));
  const ratios = columns
    .map((c, k) => (shareOf(c) ? k : -1))
    .filter((k) => k >= 0);
  const side = columns.length > 0 && shareOf(columns[0]) ? 1 : -1;
  const amount = (k: number) => {
    const c = columns[k + side];
    return c && !c.percent && c.period !== null ? c : null;
  };
  if (ratios.length > 0 && ratios.every((k) => amount(k) !== null))
    for (const k of ratios) {
      const c = columns[k];
      const beside = amount(k)!;
      c.period = beside.period;
      if (beside.fiscalPeriod) c.fiscalPeriod = beside.fiscalPeriod;
      if (beside.end) c.end = beside.end;
    }
  const groups = columnGroups(
    source.columns.map((c) => c.header),
    columns.map((c) => c.period),
  );
  columns.forEach((c, k) => {
    if (groups[k]) c.group = groups[k];
  });
  // The rest of a statement on the next page under its header repeated (EDGAR's second <TABLE> after <PAGE>),
  // with no title of its own: the same statement as the table before. A statement of stockholders' equity goes on
  // under other columns as often as under the same ones (its columns do not fit one page).
  const continues =
    before !== null &&
    !(title && statementNamed(title)) &&
    ((before.statement !== "other" &&
      before.columns.length === columns.length &&
      before.columns.every((c, k) => c.column === columns[k].column)) ||
      (title === null &&
        before.title !== null &&
        rules.equityTitle.test(before.title)));
  if (continues && before !== null) {
    statement = before.statement;
    title = before.title;
  }
  // A row's own figures in the columns of periods (all columns where none is dated) tell whether it is a rate.
  const anyDated = datedColumns.some((d) => d);
  const ratesRows = percentRows(
    raw,
    columnsOf,
    (k) => !columns[k].percent && (datedColumns[k] || !anyDated),
  );
  /** The figure of row i in column k is a percentage: by its column, its row, its block or its own "%". */
  const rateCell = (
    r: RawRow,
    i: number,
    k: number,
    cell: ValueCell | undefined,
  ) =>
    cell?.points !== true &&
    (columns[k].percent ||
      ratesRows[i] ||
      columnVotes[k].get(blockOf(r)) === true ||
      cell?.percent === true);
  const lines: number[][] = [];
  const kinds: (number[] | null)[] = [];
  const rows: Row[] = [];
  /** For each column, the last row (counted from 1) a cell was seen in it. */
  const seenIn = new Float64Array(columns.length);
  // Each source row goes once its row is made: a long table's source rows and rows are not both held.
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    (raw as (RawRow | null)[])[i] = null;
    const unit = rowUnit(r.label, r.sections, ratesRows[i]);
    const values: (string | null)[] = columns.map(() => null);
    // Each figure's own line, where one stands on another line than its row (held only then).
    let at: number[] | null = null;
    // The first cell in each column is what that column's figure reads as.
    let kind: number[] | null = null;
    const ks = columnsOf(r.at);
    for (let j = 0; j < r.values.length; j++) {
      const v = r.values[j];
      const k = ks[j];
      if (k < 0) continue;
      const rate = rateCell(r, i, k, v);
      if (seenIn[k] !== i + 1) {
        seenIn[k] = i + 1;
        const how = v.points
          ? FIGURE_KIND.points
          : rate
            ? FIGURE_KIND.rate
            : FIGURE_KIND.plain;
        if (how !== FIGURE_KIND.plain) {
          kind ??= columns.map(() => FIGURE_KIND.plain);
          kind[k] = how;
        }
      }
      if (values[k] !== null) continue;
      values[k] = v.dash ? (rate ? null : "0") : v.value;
      if (v.line !== undefined && v.line !== r.line) {
        at ??= columns.map(() => r.line);
        at[k] = v.line;
      }
    }
    lines.push(at ?? ON_ITS_ROW);
    kinds.push(kind);
    const row: Row = {
      label: r.label,
      concept: conceptOf(r.label, statement, sectionOf(r), r.sections),
      values,
      line: r.line,
      total: r.total,
      unit,
      scale: 1, // decided below, once the table's scale is
    };
    const section = sectionOf(r);
    if (section) row.section = section;
    if (r.sections.length) row.headings = r.sections;
    rows.push(row);
  }
  // A new statement that repeats a figure of the table before (the cash-flow statement's net income) confirms that
  // it is printed in the same scale; without such a figure, the scale is not carried to it.
  const confirmed =
    newStatement && before !== null && sharesFigure(before, { rows, columns });
  return {
    title,
    statement,
    columns,
    rows,
    firstLine: source.firstLine,
    lastLine: source.lastLine,
    scale: own ?? (newStatement && !confirmed ? null : carried),
    columnUnits,
    kinds,
    lines,
    warnings,
  };
}

/** A row as its draft reads, for a table finished again: finishing sets its scale, and may its unit and concept. */
const copyRow = (r: Row): Row => {
  const row: Row = {
    label: r.label,
    concept: r.concept,
    values: r.values,
    line: r.line,
    total: r.total,
    unit: r.unit,
    scale: r.scale,
  };
  if (r.section !== undefined) row.section = r.section;
  if (r.headings !== undefined) row.headings = r.headings;
  return row;
};

/**
 * A drafted table finished: its scale decided (its own or carried, else measured against `reference`, the latest
 * table printed in a stated scale), and each figure's unit. `again`: the draft may be finished again against another
 * reference, so its rows are copied, not changed.
 */
function finishTable(
  draft: TableDraft,
  reference: { table: Table; scale: ScaleStatement } | null,
  again: boolean,
): {
  table: Table;
  scale: ScaleStatement | null;
  /**
   * For each row, the unit of each of its figures (its values that are not null, in order), or one unit for all of
   * them where they agree (figureUnitAt reads either).
   */
  figures: (FigureUnit | null)[][];
  /** For each row and column, the source line its figure stands on. */
  lines: number[][];
  warnings: Warning[];
} {
  const { title, statement, columns, columnUnits, kinds, lines } = draft;
  const warnings = draft.warnings.slice();
  const rows = again ? draft.rows.map(copyRow) : draft.rows;
  let scale = draft.scale;
  // A table stating no scale after one that does: measured against it (units.ts, scaleBySize).
  let unknownScale = false;
  if (
    scale === null &&
    reference !== null &&
    rows.some((r) => takesTableScale(r) && r.values.some((v) => v !== null))
  ) {
    const where = `the table at line ${draft.firstLine}${title ? ` ("${title}")` : ""} states no scale`;
    const against = `the table at line ${reference.table.firstLine} (×${reference.scale.scale})`;
    const bySize = scaleBySize(
      { rows },
      {
        table: reference.table,
        scale: reference.scale.scale,
      },
    );
    if (bySize === "same") {
      scale = reference.scale;
      warnings.push({
        line: draft.firstLine,
        message: `${where}; its figures are of the size of ${against}, so they are taken ×${scale.scale} too`,
      });
    } else if (bySize === "units")
      warnings.push({
        line: draft.firstLine,
        message: `${where}; its figures are about ${reference.scale.scale} times those of ${against}: taken as written, in units`,
      });
    else {
      unknownScale = true;
      warnings.push({
        line: draft.firstLine,
        message: `${where}, and the size of its figures does not tell whether they are in units or ×${reference.scale.scale} like ${against}: its amounts are left out`,
      });
    }
  }
  for (const row of rows) {
    row.scale = rowScale(row.unit, row.label, scale, row.headings ?? []);
    // Amounts and share counts that would take the table's scale, where it cannot be told: left out.
    if (unknownScale && takesTableScale(row))
      row.values = row.values.map(() => null);
  }
  // Rows that add up to a per-share total ("Extraordinary gain" between two per-share rows) are per share.
  for (const row of perShareComponents(rows)) {
    row.unit = "USD/share";
    row.scale = 1;
  }
  // "(Dollars in thousands)" says nothing of share counts: where EPS confirms them in units, they are.
  if (sharesScaleByEps({ rows, columns }, scale) === 1) {
    for (const row of rows)
      if (row.unit === "shares" && row.scale === scale?.scale) row.scale = 1;
    warnings.push({
      line: draft.firstLine,
      message: `the table at line ${draft.firstLine} states its scale for dollars only; net income / shares = EPS holds with share counts in units, so they are taken in units`,
    });
  }
  // A change in basis or percentage points ("(242) bp.") is a plain number: `other`, as printed.
  // Each row's units are held for its figures only, in their order (a sparse table's empty cells hold nothing), and
  // once where they all agree (most rows: a figure then costs nothing here).
  const figures = rows.map((row, i) => {
    const units: (FigureUnit | null)[] = [];
    const kind = kinds[i];
    row.values.forEach((value, k) => {
      if (value === null) return;
      const how = kind ? kind[k] : FIGURE_KIND.plain;
      units.push(
        how === FIGURE_KIND.points
          ? sharedUnit("other", 1)
          : figureUnit(
              row,
              { ...columnUnits[k], percent: how === FIGURE_KIND.rate },
              scale,
            ),
      );
    });
    if (units.length === 0) return NO_FIGURES;
    return units.every((u) => u === units[0]) ? unitList(units[0]) : units;
  });
  if (statement === "balance") unlabeledBalanceTotals(rows);
  const table: Table = {
    title,
    statement,
    scale: scale?.scale ?? 1,
    firstLine: draft.firstLine,
    lastLine: draft.lastLine,
    columns,
    rows,
  };
  for (const message of scaleContradictions(table))
    warnings.push({ line: draft.firstLine, message });
  return { table, scale, figures, lines, warnings };
}

/**
 * The rows of percentages among a table's rows, read from their own figures in the dated columns (`counted`): a row
 * at least half of whose figures there carry "%" ("Gross margin  41.2%  39.8%", a growth rate under each quarter).
 * A row of dollars beside them stays dollars, whatever the rows around it print.
 */
export function percentRows(
  raw: RawRow[],
  columnsOf: ColumnLayout["columnsOf"],
  counted: (column: number) => boolean,
): boolean[] {
  return raw.map((r) => {
    const ks = columnsOf(r.at);
    const figures = r.values.filter((v, j) => {
      const k = ks[j];
      return holdsFigure(v) && k >= 0 && counted(k);
    });
    return (
      figures.length > 0 &&
      figures.filter((v) => v.percent).length * 2 >= figures.length
    );
  });
}

/** The block a row stands in: the headings open above it. */
const blockOf = (r: RawRow): string => r.sections.join("\u0000");

/**
 * For each column (`columnsOf` places a row's cells), each block's vote: most of its figures there carry "%". Only blocks
 * with figures in the column vote.
 */
function blockVotes(
  raw: RawRow[],
  columnsOf: ColumnLayout["columnsOf"],
): Map<string, boolean>[] {
  const tallies: Map<string, { rates: number; all: number }>[] = [];
  for (const r of raw) {
    const block = blockOf(r);
    const ks = columnsOf(r.at);
    for (let j = 0; j < r.values.length; j++) {
      const v = r.values[j];
      const k = holdsFigure(v) ? ks[j] : -1;
      if (k < 0) continue;
      const tally = (tallies[k] ??= new Map());
      const t = tally.get(block) ?? { rates: 0, all: 0 };
      t.all++;
      if (v.percent) t.rates++;
      tally.set(block, t);
    }
  }
  return tallies.map((tally) => {
    const out = new Map<string, boolean>();
    for (const [b, t] of tally) out.set(b, t.rates * 2 >= t.all);
    return out;
  });
}

/**
 * "$" or "($000)" over every column says no more than a title would: money for the money rows, not a claim that
 * share counts and statistics are dollars. Only columns that differ ("Units k" beside "Rev $m") keep their unit; a
 * column stating none (a "% Change") does not make them differ.
 */
function moneyMarksApart(units: ColumnUnit[]): ColumnUnit[] {
  const stated = units.filter((u) => u.unit !== undefined);
  if (stated.length === 0 || stated.some((u) => u.unit !== "USD")) return units;
  return units.map((u) => (u.scale ? { scale: u.scale } : {}));
}

/** The unit of a row's n-th figure: its own, or the one all its figures share (a list of one). */
const figureUnitAt = (units: (FigureUnit | null)[], n: number) =>
  units.length === 1 ? units[0] : units[n];

function factsOf(
  table: Table,
  t: number,
  figures: { units: (FigureUnit | null)[][]; lines: number[][] },
  facts: Fact[],
  warnings: Warning[],
): void {
  table.rows.forEach((row, i) => {
    // A row with no label and no concept ("$0.30" read as a figure, an unnamed subtotal) says nothing a user could
    // ask for: it stays in the table, out of the facts.
    if (row.label.trim() === "" && row.concept === null) return;
    let shared: RowFields | null = null;
    let figure = 0; // the row's figures are counted: its units are held for its figures only
    row.values.forEach((value, k) => {
      if (value === null) return;
      const col = table.columns[k];
      const decided = figureUnitAt(figures.units[i], figure++);
      const line = figures.lines[i]?.[k] ?? row.line;
      if (decided === null) {
        // A dash in a column of another unit ("Net loss" under "Shares") says nothing: left out quietly.
        if (new Decimal(value).isZero()) return;
        warnings.push({
          line,
          message: `"${row.label}" is ${row.unit === "USD" ? "money" : row.unit} but column "${col.column}" states ${col.unit === "USD" ? "money" : col.unit === "other" ? "a count" : col.unit}: its figure ${value} is left out`,
        });
        return;
      }
      shared ??= {
        statement: table.statement,
        label: row.label,
        concept: row.concept,
        section: sectionPath(row),
        table: t,
        line: row.line,
        figure: decided,
        values: row.values,
        columns: table.columns,
      };
      facts.push(tableFact(shared, k, decided, line));
    });
  });
}
