// The sheet plan's second writer: the plans of one or more releases as an .xlsx file, through exceljs (the first
// writer is the pane's Office.js host). Same sheets, tables, formats, links and live check formulas as Insert; the
// texts kept in a very hidden HEMA_Store laid out as the add-in keeps them, so the add-in opening the file answers
// HEMA.* at once. The exceljs module is passed in: the CLI requires it, the pane loads it on demand.
import type * as ExcelJSModule from "exceljs";
import { keptToRows } from "./kept-texts";
import { workbookNameRules } from "./rules";
import {
  address,
  FACTS_SHEET,
  FACTS_TABLE,
  PlanCell,
  planProblem,
  SheetPlan,
  STORE_SHEET,
} from "./sheet-plan";
import { WorkbookPlan } from "./workbook-plan";

type ExcelJS = typeof ExcelJSModule;
type Worksheet = ExcelJSModule.Worksheet;

const HIGHLIGHT = "FFFFF2CC";
const LINK_TIP = "Show the source line";

/** An internal hyperlink: the cell and the place it points at ('Sheet'!B12). */
interface Link {
  address: string;
  target: string;
}

/**
 * A valid Excel table name not yet used in the workbook (compared without case): a name Excel would read as a cell
 * reference (`AB12`, `R1C1`, `C`) gets a `T_` prefix, a repeated one a number.
 */
export function uniqueTableName(name: string, used: Set<string>): string {
  const base =
    workbookNameRules.a1Reference.test(name) ||
    workbookNameRules.r1c1Reference.test(name)
      ? `T_${name}`
      : name;
  let out = base.slice(0, 250);
  for (let n = 2; used.has(out.toLowerCase()); n++)
    out = `${base.slice(0, 240)}_${n}`;
  used.add(out.toLowerCase());
  return out;
}

/**
 * Whether a formula is one the plan writes over its own cells: no call to a HEMA.* function (Excel without the
 * add-in shows #NAME?), no reference outside the workbook.
 */
export function formulaProblem(formula: string): string | null {
  const f = formula.toUpperCase();
  if (f.includes("HEMA."))
    return `the formula ${formula} calls a HEMA function`;
  if (f.includes("[")) return `the formula ${formula} refers to another file`;
  return null;
}

/** exceljs's value for a plan cell: text stays text (a string cell is never read as a formula), formulas are ours. */
function cellValue(c: PlanCell): ExcelJSModule.CellValue {
  if (c.formula !== undefined) {
    const bad = formulaProblem(c.formula);
    if (bad) throw new Error(bad);
    return {
      formula: c.formula.startsWith("=") ? c.formula.slice(1) : c.formula,
      result: c.cached === "" ? undefined : c.cached,
    } as ExcelJSModule.CellFormulaValue;
  }
  if (c.number !== undefined) return c.number;
  return c.text ? c.text : null;
}

function styleCell(cell: ExcelJSModule.Cell, c: PlanCell): void {
  if (c.format && c.format !== "General") cell.numFmt = c.format;
  if (c.bold) cell.font = { bold: true };
  if (c.topBorder) cell.border = { top: { style: "thin" } };
  if (c.indent) cell.alignment = { indent: c.indent };
  if (c.highlight)
    cell.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: HIGHLIGHT },
    };
}

/** An A1 address as [row, column], 0-based. */
function position(a1: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < a1.length && a1.charCodeAt(i) >= 65; i++)
    col = col * 26 + a1.charCodeAt(i) - 64;
  return [Number(a1.slice(i)) - 1, col - 1];
}

/** Writes one plan sheet; returns its hyperlinks (added when the file is written, see addLinks). */
function writeSheet(
  ws: Worksheet,
  plan: SheetPlan,
  tableNames: Set<string>,
): Link[] {
  const links: Link[] = [];
  plan.widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  for (const t of plan.tables) {
    // The table writes its header and body; the cells are then written again below with their formats.
    const [from, to] = t.address.split(":");
    const [top, left] = position(from);
    const [bottom, right] = position(to);
    const header = plan.rows[top] ?? [];
    const width = right - left + 1;
    const body = plan.rows.slice(top + 1, bottom + 1).map((r) =>
      Array.from({ length: width }, (_, j) => {
        const c = r[left + j];
        return c ? cellValue(c) : null;
      }),
    );
    ws.addTable({
      name: uniqueTableName(t.name, tableNames),
      ref: from,
      headerRow: true,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns: Array.from({ length: width }, (_, j) => ({
        name: header[left + j]?.text || `Column${j + 1}`,
      })),
      rows: body.length ? body : [Array(width).fill(null)],
    });
  }
  plan.rows.forEach((r, i) =>
    r.forEach((c, j) => {
      if (!c) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = cellValue(c);
      styleCell(cell, c);
      if (c.link) links.push({ address: address(i, j), target: c.link });
    }),
  );
  return links;
}

/**
 * exceljs 4 writes a hyperlink only on a text cell (it turns the cell into a string), and the figures must stay
 * numbers: the links are added to each sheet's <hyperlinks> as internal locations (no relationship needed) just
 * before the file is rendered, on the workbook's own writer.
 */
function addLinks(
  wb: ExcelJSModule.Workbook,
  links: Map<string, Link[]>,
): void {
  const xlsx = wb.xlsx as unknown as {
    prepareModel(model: unknown, options: unknown): void;
  };
  const prepare = xlsx.prepareModel.bind(xlsx);
  xlsx.prepareModel = (model, options) => {
    prepare(model, options);
    const sheets = (
      model as {
        worksheets: {
          name: string;
          hyperlinks?: { address: string; target: string; tooltip: string }[];
        }[];
      }
    ).worksheets;
    for (const ws of sheets)
      for (const l of links.get(ws.name) ?? [])
        (ws.hyperlinks ??= []).push({
          address: l.address,
          target: l.target,
          tooltip: LINK_TIP,
        });
  };
}

/** The workbook of `plan` (release sheets and their sources in order, then HEMA_Facts, then the hidden store). */
export function buildWorkbook(
  excel: ExcelJS,
  plan: WorkbookPlan,
): ExcelJSModule.Workbook {
  for (const p of plan.plans) {
    const bad = planProblem(p);
    if (bad) throw new Error(`${p.releaseId}: ${bad}`);
  }
  const wb = new excel.Workbook();
  wb.creator = "HEMA";
  wb.calcProperties.fullCalcOnLoad = true;
  const tableNames = new Set<string>([FACTS_TABLE.toLowerCase()]);
  const links = new Map<string, Link[]>();
  for (const p of plan.plans)
    for (const s of p.sheets)
      links.set(s.name, writeSheet(wb.addWorksheet(s.name), s, tableNames));

  const facts = wb.addWorksheet(FACTS_SHEET);
  const header = plan.plans[0]?.factsHeader;
  if (header) {
    const rows = plan.plans.flatMap((p) => p.facts);
    facts.addTable({
      name: FACTS_TABLE,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns: header.map((name) => ({ name })),
      rows: rows.length ? rows : [header.map(() => null)],
    });
    header.forEach((h, j) => (facts.getColumn(j + 1).width = h.length + 6));
  }

  const store = wb.addWorksheet(STORE_SHEET, { state: "veryHidden" });
  keptToRows(plan.kept).forEach((r, i) =>
    r.forEach((v, j) => {
      const cell = store.getCell(i + 1, j + 1);
      cell.numFmt = "@";
      cell.value = v === "" ? null : v;
    }),
  );
  addLinks(wb, links);
  return wb;
}

/** The .xlsx file's bytes. */
export async function workbookBytes(
  excel: ExcelJS,
  plan: WorkbookPlan,
): Promise<Uint8Array> {
  const buf = await buildWorkbook(excel, plan).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
