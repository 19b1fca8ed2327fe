// Pure: turns a parsed release into a write plan (sheets, cells, formats, Excel tables, checks as live formulas,
// the source sheet with hyperlinks, HEMA_Facts rows). No Office here; hosts only carry the plan out.
import { Decimal } from "./decimal";
import { EPS_LIMITS } from "./checks/eps";
import { Check, Fact, Release, Row, Table, Unit } from "./model";
import { headingPath, outline } from "./outline";
import { StoredRelease } from "./store";
import { sourceView, SourceViewRow } from "./source-view";
import { chunks } from "./kept-texts";
import {
  cellProblem,
  textProblem,
  EXCEL_LIMITS,
  excelNumber,
  extentProblem,
  sheetNameProblem,
} from "./excel-limits";

/** One cell of a plan. `text` is release text (always written as text, never a formula); `formula` is ours. */
export interface PlanCell {
  number?: number;
  text?: string;
  formula?: string;
  /** What the formula evaluates to at parse time (the preview shows it until a host recalculates). */
  cached?: string | number;
  format?: string;
  bold?: boolean;
  topBorder?: boolean;
  indent?: number;
  /** Internal hyperlink target, e.g. 'HEMA Q2-2003 src'!B115. */
  link?: string;
  highlight?: boolean;
}

export interface TablePlan {
  name: string;
  /** A1 range of the table including its header row. */
  address: string;
}

export interface SheetPlan {
  name: string;
  role: "release" | "source";
  rows: PlanCell[][];
  tables: TablePlan[];
  widths: number[];
}

/** A figure written to a release sheet, for change detection on refresh. */
export interface FigureRef {
  key: string;
  label: string;
  period: string;
  sheet: string;
  address: string;
  value: number;
}

export interface WritePlan {
  releaseId: string;
  sheets: SheetPlan[];
  factsHeader: string[];
  facts: (string | number)[][];
  figures: FigureRef[];
  /** What the plan could not write as parsed (a figure Excel cannot hold, a text past a sheet's limits). */
  warnings: { line: number; message: string }[];
}

export const FACTS_TABLE = "HEMA_Facts";
export const FACTS_SHEET = "HEMA_Facts";
export const STORE_SHEET = "HEMA_Store";
export const FACTS_HEADER = [
  "Company",
  "Ticker",
  "Release date",
  "Statement",
  "Line item",
  "Concept",
  "Period",
  "Value in full units",
  "Unit",
  "Source line",
  "Release",
];

export const FORMATS: Record<Unit, string> = {
  USD: '_(#,##0_);(#,##0);_("-"??_);_(@_)',
  "USD/share": "0.00",
  shares: "#,##0",
  percent: '0.0"%"',
  other: "General",
};

const STATEMENT_NAMES: Record<string, string> = {
  income: "Operations",
  balance: "BalanceSheet",
  cashflow: "CashFlows",
  other: "Data",
};

/** Column index (0-based) → letters. */
export function columnLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const address = (row: number, col: number): string =>
  `${columnLetter(col)}${row + 1}`;

/** A sheet reference usable in formulas and hyperlinks: 'My sheet'!B3. */
export const sheetRef = (sheet: string, addr: string): string =>
  `'${sheet.replace(/'/g, "''")}'!${addr}`;

/** Full units as an Excel number: exact decimal arithmetic, a float only at the end. */
export function fullUnits(value: string, scale: number): number {
  return Number(new Decimal(value).times(scale).toFixed());
}

/** The period the sheet is named after: the first quarter of an income table, else the first period, else the date. */
export function primaryPeriod(r: Release): string {
  const all = r.tables.flatMap((t) =>
    t.columns.map((c) => ({ t, p: c.period })),
  );
  const q =
    all.find((x) => x.t.statement === "income" && x.p?.startsWith("Q")) ??
    all.find((x) => x.p);
  return q?.p ?? r.releaseDate ?? "release";
}

export function tickerRoot(r: Release): string {
  return (
    (r.ticker ?? "").split(".")[0] ||
    (r.company ?? "").split(/\s+/)[0] ||
    "Release"
  );
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** A valid, unique sheet name (≤ 31 characters, no []:*?/\, no leading/trailing apostrophe). */
export function sheetName(
  base: string,
  taken: Iterable<string>,
  reserve = 0,
): string {
  const used = new Set([...taken].map((x) => x.toLowerCase()));
  const clean =
    base
      .replace(INVALID_SHEET_CHARS, "_")
      .replace(/^'+|'+$/g, "")
      .trim() || "Release";
  const max = 31 - reserve;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = clean.slice(0, max - suffix.length).trim() + suffix;
    if (!used.has(name.toLowerCase()) && name.toLowerCase() !== "history")
      return name;
  }
}

/** An Excel table name: letters, digits, underscores, starting with a letter. */
export function tableName(...parts: string[]): string {
  const s = parts
    .join("_")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
  return /^[A-Za-z]/.test(s) ? s.slice(0, 250) : `T_${s}`.slice(0, 250);
}

const uniqueHeaders = (hs: string[]): string[] =>
  hs.map((h, i) => {
    const n = hs.slice(0, i).filter((x) => x === h).length;
    return n ? `${h} (${n + 1})` : h;
  });

const t = (
  text: string | null | undefined,
  extra: Partial<PlanCell> = {},
): PlanCell => ({ text: text ?? "", ...extra });

/**
 * Each table cell's fact: the parse makes facts walking every table's rows and values in order and leaving some out
 * (a row with no label, a figure whose unit or scale is unsure), so the facts of a table are matched to its cells
 * in that order by label, column and printed value. A cell without a fact maps to undefined.
 */
export function factCells(r: Release): Map<Row, (Fact | undefined)[]> {
  const out = new Map<Row, (Fact | undefined)[]>();
  const byTable = new Map<number, Fact[]>();
  for (const f of r.facts) {
    const list = byTable.get(f.table) ?? [];
    if (!list.length) byTable.set(f.table, list);
    list.push(f);
  }
  r.tables.forEach((table, ti) => {
    const facts = byTable.get(ti) ?? [];
    let next = 0;
    for (const row of table.rows)
      out.set(
        row,
        row.values.map((v, k) => {
          const f = facts[next];
          if (
            f === undefined ||
            v === null ||
            f.label !== row.label ||
            f.column !== table.columns[k]?.column ||
            f.value !== v
          )
            return undefined;
          next++;
          return f;
        }),
      );
  });
  return out;
}

export interface PlanOptions {
  /** Sheet names in the workbook that this release does not own (its names must avoid them). */
  taken?: Iterable<string>;
}

/**
 * A check as live formulas over the cells it reads, so the sheet re-verifies itself when someone edits a figure:
 * the difference, and PASS/FAIL (SKIP for an EPS gap the release may explain) within the check's tolerance.
 */
export function checkFormulas(
  ch: Check,
  refs: string[],
  differenceCell: string,
): { difference: string; result: string } | null {
  const tol = Number(ch.tolerance ?? "0") + 1e-9;
  const within = `ABS(${differenceCell})<=${tol}`;
  if (ch.id === "balance.identity" && refs.length >= 2)
    return {
      difference: `=${refs[0]}-(${refs.slice(1).join("+")})`,
      result: `=IF(${within},"PASS","FAIL")`,
    };
  if (ch.id === "footing.total" && refs.length >= 2) {
    const total = refs[refs.length - 1];
    return {
      difference: `=${total}-(${refs.slice(0, -1).join("+")})`,
      result: `=IF(${within},"PASS","FAIL")`,
    };
  }
  if (ch.id === "eps.ratio" && refs.length === 3) {
    const [income, shares, eps] = refs;
    const far = `AND(ABS(${differenceCell})>${EPS_LIMITS.failBeyond},ABS(${differenceCell})>${EPS_LIMITS.failBeyondShare}*ABS(${income}/${shares}))`;
    return {
      difference: `=${eps}-${income}/${shares}`,
      result: `=IF(${within},"PASS",IF(${far},"FAIL","SKIP"))`,
    };
  }
  return null;
}

/** The complete write plan of one release. */
export function planRelease(
  entry: StoredRelease,
  options: PlanOptions = {},
): WritePlan {
  const r = entry.release;
  const taken = [...(options.taken ?? []), FACTS_SHEET, STORE_SHEET];
  const name = sheetName(`${tickerRoot(r)} ${primaryPeriod(r)}`, taken, 4);
  const srcName = `${name} src`;
  const prefix = tableName(name);
  const rows: PlanCell[][] = [];
  const tables: TablePlan[] = [];
  const figures: FigureRef[] = [];
  const facts: (string | number)[][] = [];
  const warnings: WritePlan["warnings"] = [];
  // The source sheet: the text line for line, or a web page as a reader sees it (src/source-view.ts).
  const view = sourceView(entry.text, r);
  const link = (row: Row, line: number) =>
    sheetRef(srcName, `B${view.rowOf(row, line)}`);
  const cellOfLine = new Map<string, string>(); // `${table}:${line}:${col}` → address

  rows.push([t("Company", { bold: true }), t(r.company)]);
  rows.push([t("Ticker", { bold: true }), t(r.ticker)]);
  rows.push([t("Release date", { bold: true }), t(r.releaseDate)]);
  rows.push([t("Source", { bold: true }), t(entry.source)]);
  rows.push([]);

  const factOf = factCells(r);
  const used = new Set<string>();
  r.tables.forEach((table: Table, ti) => {
    let tname = tableName(prefix, STATEMENT_NAMES[table.statement] ?? "Data");
    for (let n = 2; used.has(tname.toLowerCase()); n++)
      tname = tableName(
        prefix,
        STATEMENT_NAMES[table.statement] ?? "Data",
        String(n),
      );
    used.add(tname.toLowerCase());
    rows.push([
      t(table.title ?? STATEMENT_NAMES[table.statement], { bold: true }),
    ]);
    const headerRow = rows.length;
    const headers = uniqueHeaders([
      "Line item",
      ...table.columns.map((c) =>
        c.group && c.period ? `${c.group} ${c.period}` : (c.period ?? c.column),
      ),
    ]);
    rows.push(headers.map((h) => t(h, { bold: true })));
    // Headings on rows of their own where they open, rows indented by their depth; a heading that is the
    // table's title (written just above) is not repeated.
    const titled = (row: Row) =>
      headingPath(row)[0] === table.title && table.title !== null ? 1 : 0;
    for (const item of outline(table.rows)) {
      if (item.kind === "heading") {
        if (item.depth > 0 || item.text !== table.title)
          rows.push([t(item.text, { bold: true })]);
        continue;
      }
      const row = item.row;
      const r0 = rows.length;
      const indent = item.depth - titled(row);
      const cells: PlanCell[] = [
        t(row.label, {
          indent,
          bold: row.total,
          topBorder: row.total,
          link: link(row, row.line),
        }),
      ];
      row.values.forEach((v, k) => {
        const col = table.columns[k];
        // A figure is written as the parse decided it (its fact's unit, scale and line); a printed value the parse
        // left out (its unit or scale unsure) leaves its cell empty: right or absent.
        const fact = factOf.get(row)?.[k];
        const unit: Unit = fact?.unit ?? row.unit;
        const full = fact ? fullUnits(fact.value, fact.scale) : null;
        if (fact && full !== null && !excelNumber(full))
          warnings.push({
            line: fact.line,
            message: `"${row.label}" (${col?.period ?? col?.column ?? ""}) is ${v}×${fact.scale}, more than Excel can hold: its cell is left empty`,
          });
        const c: PlanCell =
          full === null || !excelNumber(full)
            ? { text: "", bold: row.total, topBorder: row.total }
            : {
                number: full,
                format: FORMATS[unit],
                bold: row.total,
                topBorder: row.total,
                link: link(row, fact!.line),
              };
        cells.push(c);
        cellOfLine.set(`${ti}:${row.line}:${k}`, address(r0, k + 1));
        if (c.number !== undefined) {
          const period = col?.period ?? col?.column ?? "";
          figures.push({
            key: `${table.statement}|${row.label}|${period}|${k}`,
            label: row.label,
            period,
            sheet: name,
            address: address(r0, k + 1),
            value: c.number!,
          });
        }
      });
      rows.push(cells);
    }
    tables.push({
      name: tname,
      address: `A${headerRow + 1}:${columnLetter(headers.length - 1)}${rows.length}`,
    });
    rows.push([]);
  });

  // HEMA_Facts: one row per fact of the parse, in its order (a figure Excel cannot hold is left out, warned above).
  for (const f of r.facts) {
    const full = fullUnits(f.value, f.scale);
    if (!excelNumber(full)) continue;
    facts.push([
      r.company ?? "",
      r.ticker ?? "",
      r.releaseDate ?? "",
      f.statement,
      f.label,
      f.concept ?? "",
      f.period ?? f.column,
      full,
      f.unit,
      f.line,
      entry.id,
    ]);
  }

  if (r.checks.length) {
    rows.push([t("Checks", { bold: true })]);
    rows.push(
      ["Check", "Period", "Difference", "Result", "At parse time"].map((h) =>
        t(h, { bold: true }),
      ),
    );
    for (const ch of r.checks) {
      const ti = r.tables.findIndex(
        (tb) =>
          tb.columns.some((c) => c.column === ch.column) &&
          ch.lines.every((l) => tb.rows.some((x) => x.line === l)),
      );
      const k =
        ti >= 0
          ? r.tables[ti].columns.findIndex((c) => c.column === ch.column)
          : -1;
      const refs = ch.lines.map((l) => cellOfLine.get(`${ti}:${l}:${k}`));
      const rr = rows.length;
      // A skipped check stays written as SKIP with its reason: a formula would turn the doubt into PASS or FAIL.
      const live =
        ch.status !== "skip" && refs.every((x): x is string => !!x)
          ? checkFormulas(ch, refs as string[], address(rr, 2))
          : null;
      rows.push([
        t(ch.id),
        t(ch.period ?? ch.column),
        live
          ? {
              formula: live.difference,
              cached: ch.difference === null ? "" : Number(ch.difference),
              format:
                ch.id === "eps.ratio" ? FORMATS["USD/share"] : FORMATS.USD,
            }
          : t(""),
        live
          ? {
              formula: live.result,
              cached: ch.status.toUpperCase(),
              bold: true,
            }
          : t(ch.status.toUpperCase()),
        t(ch.message),
      ]);
    }
  }

  const source: SheetPlan = {
    name: srcName,
    role: "source",
    rows: viewRows(view.rows, warnings),
    tables: [],
    widths: [6, 100],
  };
  const width = rows.reduce((w, x) => Math.max(w, x.length), 2);
  return {
    releaseId: entry.id,
    sheets: [
      {
        name,
        role: "release",
        rows,
        tables,
        widths: [40, ...Array(width - 1).fill(14)],
      },
      source,
    ],
    factsHeader: FACTS_HEADER,
    facts,
    figures,
    warnings,
  };
}

/**
 * The source sheet of a plain text: line n of the text on row n (so each figure links to its line), the line in
 * column B and, past Excel's cell limit, on in C, D … (never splitting a character). Lines past the sheet's last
 * row are left out with a note in the last row.
 */
export function sourceRows(
  text: string,
  warnings: WritePlan["warnings"],
  room: number = EXCEL_LIMITS.rows,
): PlanCell[][] {
  return viewRows(
    text.split(/\r\n|\r|\n/).map((l, i) => ({ line: i + 1, cells: [l] })),
    warnings,
    room,
  );
}

/**
 * The source sheet of a view (src/source-view.ts): the source line number in column A, then the row's cells
 * (a line of text, or a table row's label and figures), each spread over the next columns past Excel's cell
 * limit; a row of more cells than a sheet has columns is written as one text, its cells joined by " | ".
 */
export function viewRows(
  view: SourceViewRow[],
  warnings: WritePlan["warnings"],
  room: number = EXCEL_LIMITS.rows,
): PlanCell[][] {
  const shown = view.length > room ? room - 1 : view.length;
  const size = EXCEL_LIMITS.cellChars - 1;
  const rows: PlanCell[][] = [];
  for (let i = 0; i < shown; i++) {
    const parts: PlanCell[] = [];
    for (const cell of view[i].cells)
      for (const part of chunks(cell, size)) parts.push(t(part));
    rows.push([
      { number: view[i].line },
      ...(parts.length < EXCEL_LIMITS.columns
        ? parts
        : chunks(view[i].cells.join(" | "), size).map((part) => t(part))),
    ]);
  }
  if (shown < view.length) {
    const from = view[shown].line;
    const to = view[view.length - 1].line;
    const message = `lines ${from}–${to} of the text are past Excel's last row and are not on the source sheet (the text is kept whole)`;
    rows.push([t("…"), t(message)]);
    warnings.push({ line: from, message });
  }
  return rows;
}

/** The value cells whose figure changed between two plans of one release; marks them in `next`. */
export function markChanges(
  prev: WritePlan | null,
  next: WritePlan,
): FigureRef[] {
  if (!prev) return [];
  const old = new Map(prev.figures.map((f) => [f.key, f.value]));
  const changed = next.figures.filter(
    (f) => old.has(f.key) && old.get(f.key) !== f.value,
  );
  const sheet = next.sheets.find((s) => s.role === "release");
  for (const f of changed) {
    const m = /^([A-Z]+)(\d+)$/.exec(f.address)!;
    const col =
      m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const cell = sheet?.rows[Number(m[2]) - 1]?.[col];
    if (cell) cell.highlight = true;
  }
  return changed;
}

/**
 * The cell as Excel's `formulas` setter takes it. Every piece of release text gets a leading apostrophe, so
 * "=cmd|…", "+1", "-x", "@SUM" or "2003-06-30" stay literal text (the apostrophe is Excel's prefix character:
 * it is not part of the value). We chose the apostrophe over the "@" number format because it protects the
 * cell whatever order Excel applies format and value in, and the cell stays editable as ordinary text.
 */
export function excelInput(c: PlanCell | undefined): string | number {
  if (!c) return "";
  if (c.formula !== undefined) return c.formula;
  if (c.number !== undefined) return c.number;
  if (c.text === undefined || c.text === "") return "";
  return `'${c.text}`;
}

/** The first thing in a plan that Excel would refuse (a sheet name, a cell, a sheet's extent), or null. */
export function planProblem(plan: WritePlan): string | null {
  for (const sheet of plan.sheets) {
    const named = sheetNameProblem(sheet.name);
    if (named) return named;
    const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
    const extent = extentProblem(sheet.rows.length - 1, width - 1);
    if (extent) return `sheet "${sheet.name}": ${extent}`;
    for (let i = 0; i < sheet.rows.length; i++)
      for (let j = 0; j < sheet.rows[i].length; j++) {
        const bad = planCellProblem(sheet.rows[i][j]);
        if (bad) return `sheet "${sheet.name}", ${address(i, j)}: ${bad}`;
      }
  }
  for (const row of plan.facts)
    for (const v of row) {
      // Text goes in behind an apostrophe (excelInput), which Excel does not count.
      const bad =
        typeof v === "number" ? cellProblem(v) : textProblem(v.length);
      if (bad) return `${FACTS_SHEET}: ${bad}`;
    }
  return null;
}

/** Why Excel would refuse the cell as excelInput writes it, or null — without building that input. */
function planCellProblem(c: PlanCell | undefined): string | null {
  if (!c) return null;
  if (c.formula !== undefined) return cellProblem(c.formula);
  if (c.number !== undefined) return cellProblem(c.number);
  return textProblem(c.text?.length ?? 0);
}

/** The value the cell shows (text unescaped, formulas by their parse-time value). */
export function displayValue(c: PlanCell | undefined): string | number {
  if (!c) return "";
  if (c.formula !== undefined) return c.cached ?? "";
  if (c.number !== undefined) return c.number;
  return c.text ?? "";
}

/** The release's sheet names in a plan. */
export const planSheets = (p: WritePlan): string[] =>
  p.sheets.map((s) => s.name);
