// The parser's pipeline, one stage after another: text → lines → grids → columns and periods → rows and
// concepts → facts → checks. Each stage lives in its own module; this file only wires them together.
import { balanceChecks } from "./balance-check";
import { epsChecks } from "./eps-check";
import { footingChecks } from "./footing-check";
import { findGrids, TextGrid } from "./blocks";
import { layoutColumns } from "./columns";
import { conceptOf, unlabeledBalanceTotals } from "./concepts";
import { isHtml, readHtml } from "./html";
import { toLines } from "./lines";
import { readMetadata } from "./metadata";
import {
  Column,
  Fact,
  Release,
  Row,
  SourceLine,
  Table,
  Warning,
} from "./model";
import { learnCalendar, resolvePeriod } from "./periods";
import { buildRows } from "./rows";
import { classifyTable, statementNamed } from "./statements";
import { readScale, rowScale, rowUnit, ScaleStatement } from "./units";
import { rules } from "./rules";

/** Rejects what is not a release's text: empty input, binary data. */
function unreadable(text: string): string | null {
  if (text.trim() === "")
    return "the file is empty (expected the text of an earnings release)";
  const sample = text.slice(0, 8192);
  // eslint-disable-next-line no-control-regex
  const control = (sample.match(/[\x00-\x08\x0e-\x1f\ufffd]/g) ?? []).length;
  if (sample.includes("\x00") || control / sample.length > 0.05)
    return "this is not a text file (expected the plain text of an earnings release)";
  return null;
}

function emptyRelease(source: string): Release {
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

export function parseRelease(text: string, source = "-"): Release {
  const release = emptyRelease(source);
  const bad = unreadable(text);
  if (bad) return { ...release, error: { message: bad } };
  // An HTML page is read by html.ts into narrative lines and grids; text by lines.ts and blocks.ts. From the grids
  // on, both take the same path.
  const html = isHtml(text) ? readHtml(text) : null;
  Object.assign(release, readMetadata(html ? html.text : text));
  const lines = html ? html.lines : toLines(text);
  const grids: TextGrid[] = html ? html.grids : findGrids(lines);
  if (grids.length === 0) {
    return {
      ...release,
      error: {
        message:
          "no financial table found (expected rows of figures in columns under period headers, e.g. 'Three Months Ended June 30,')",
      },
    };
  }
  const layouts = grids.map(layoutColumns);
  const narrative = endedPhrases(lines);
  const calendar = learnCalendar(
    layouts.flatMap((l) => l.columns.map((c) => c.header.join(" "))),
    narrative,
  );
  let previous: { table: Table; scale: ScaleStatement | null } | null = null;
  grids.forEach((grid, t) => {
    // A table that follows another with only page furniture or title lines between them (the second half of an
    // EDGAR <TABLE> pair, the next statement on the page) shares the first one's scale statement.
    const adjacent =
      previous &&
      (html
        ? html.grids[t].between.every(isFurniture)
        : onlyFurniture(lines, previous.table.lastLine, grid.firstLine))
        ? previous
        : null;
    const built = buildTable(
      grid,
      layouts[t],
      calendar,
      release.warnings,
      adjacent?.scale ?? null,
      adjacent?.table ?? null,
    );
    const stated = release.tables.find((x) => x.scale > 1);
    if (!built.scale && stated && built.table.statement !== "other")
      release.warnings.push({
        line: grid.firstLine,
        message: `the table at line ${grid.firstLine} states no scale (such as "(in thousands)") and text stands between it and the table before, which is ×${stated.scale}: its figures are taken as written, in units`,
      });
    release.tables.push(built.table);
    previous = built;
  });
  release.tables.forEach((table, t) =>
    release.facts.push(...factsOf(table, t)),
  );
  release.checks = [
    ...release.tables.flatMap(balanceChecks),
    ...release.tables.flatMap(footingChecks),
    ...release.tables.flatMap(epsChecks),
  ];
  return release;
}

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

/** Not prose and not a row of figures: a title line, a blank, page furniture. */
function isFurniture(l: SourceLine): boolean {
  return !(
    l.kind === "text" &&
    (rules.manyWords.test(l.text) || rules.endsInFigure.test(l.text))
  );
}

function buildTable(
  grid: TextGrid,
  layout: ReturnType<typeof layoutColumns>,
  calendar: ReturnType<typeof learnCalendar>,
  warnings: Warning[],
  carried: ScaleStatement | null,
  before: Table | null,
): { table: Table; scale: ScaleStatement | null } {
  const raw = buildRows(layout.body);
  const headings = raw.length ? [...raw[0].sections].reverse() : [];
  const context = [...grid.context].reverse().map((c) => c.text);
  let { statement, title } = classifyTable(
    [...headings, ...context],
    raw.map((r) => r.label),
  );
  const headerText = grid.header.flatMap((h) => h.cells.map((c) => c.text));
  const scale =
    readScale([...context, ...headings, ...headerText].join(" ")) ?? carried;
  const titleText = [...grid.context.map((c) => c.text), ...headings].join(" ");
  const headerLine = grid.header.length
    ? grid.header[grid.header.length - 1].line
    : grid.firstLine;
  const columns: Column[] = layout.columns.map((c, k) => {
    const column = c.header.join(" | ");
    const p = resolvePeriod(c.header.join(" "), {
      title: titleText,
      balance: statement === "balance",
      calendar,
      siblings: layout.columns.map((s) => s.header.join(" ")),
    });
    const cells = raw.flatMap((r) =>
      r.values.filter((v) => layout.columnOf.get(v) === k),
    );
    const numeric = cells.filter((v) => v.value !== null);
    const percent =
      p.percent ||
      (numeric.length > 0 &&
        numeric.filter((v) => v.percent).length * 2 >= numeric.length);
    if (p.period === null && !percent && p.reason !== undefined)
      warnings.push({
        line: headerLine,
        message: `column "${column || "(no header)"}" of the table at line ${grid.firstLine} has no period: ${p.reason}`,
      });
    const col: Column = { column, period: percent ? null : p.period };
    if (p.fiscalPeriod) col.fiscalPeriod = p.fiscalPeriod;
    if (p.end && col.period) col.end = p.end;
    if (percent) col.percent = true;
    return col;
  });
  // The rest of a statement on the next page under its header repeated (EDGAR's second <TABLE> after <PAGE>),
  // with no title of its own: the same statement as the table before.
  if (
    before !== null &&
    before.statement !== "other" &&
    !(title && statementNamed(title)) &&
    before.columns.length === columns.length &&
    before.columns.every((c, k) => c.column === columns[k].column)
  ) {
    statement = before.statement;
    title = before.title;
  }
  const rows: Row[] = raw.map((r) => {
    const figures = r.values.filter(
      (v) =>
        v.value !== null && !columns[layout.columnOf.get(v) ?? -1]?.percent,
    );
    const unit = rowUnit(
      r.label,
      r.section,
      figures.length > 0 && figures.every((v) => v.percent),
    );
    const values: (string | null)[] = columns.map(() => null);
    for (const v of r.values) {
      const k = layout.columnOf.get(v);
      if (k === undefined || values[k] !== null) continue;
      values[k] = v.dash ? (columns[k].percent ? null : "0") : v.value;
    }
    const row: Row = {
      label: r.label,
      concept: conceptOf(r.label, statement, r.section, r.sections),
      values,
      line: r.line,
      total: r.total,
      unit,
      scale: rowScale(unit, r.label, scale),
    };
    if (r.section) row.section = r.section;
    if (r.sections.length) row.headings = r.sections;
    return row;
  });
  if (statement === "balance") unlabeledBalanceTotals(rows);
  const table: Table = {
    title,
    statement,
    scale: scale?.scale ?? 1,
    firstLine: grid.firstLine,
    lastLine: grid.lastLine,
    columns,
    rows,
  };
  return { table, scale };
}

function factsOf(table: Table, t: number): Fact[] {
  const facts: Fact[] = [];
  for (const row of table.rows) {
    row.values.forEach((value, k) => {
      if (value === null) return;
      const col = table.columns[k];
      const fact: Fact = {
        statement: table.statement,
        label: row.label,
        concept: row.concept,
        column: col.column,
        period: col.period,
        value,
        scale: col.percent ? 1 : row.scale,
        unit: col.percent ? "percent" : row.unit,
        line: row.line,
        table: t,
      };
      if (col.fiscalPeriod) fact.fiscalPeriod = col.fiscalPeriod;
      if (row.section) fact.section = row.section;
      facts.push(fact);
    });
  }
  return facts;
}
