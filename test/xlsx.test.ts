// The .xlsx writer and `hema export` on an invented release: what a workbook file holds (tables, formats, links,
// live checks, the very hidden kept texts) and what it must never hold (a formula made of release text, a HEMA.*
// call, a name Excel refuses). The LibreOffice round trip is test/xlsx-libreoffice.test.ts.
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { main } from "../cli/hema";
import { rowsToKept } from "../src/kept-texts";
import { FACTS_SHEET, FORMATS, STORE_SHEET } from "../src/sheet-plan";
import { emptyStore, StoredRelease } from "../src/store";
import { planWorkbook } from "../src/workbook-plan";
import {
  buildWorkbook,
  formulaProblem,
  uniqueTableName,
  workbookBytes,
} from "../src/xlsx";
import { addText } from "../src/text-store";

const FIXTURE = join(__dirname, "fixtures", "corvane-q1-2005-export.txt");
const EXAMPLE = join(__dirname, "..", "examples", "acme-q3-2024.txt");
const dir = mkdtempSync(join(tmpdir(), "hema-export-"));

function entryOf(text: string, source: string): StoredRelease {
  const { store, id } = addText(emptyStore(), text, source);
  return store.releases.find((x) => x.id === id)!;
}

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const cellsOf = (ws: ExcelJS.Worksheet): ExcelJS.Cell[] => {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => void out.push(c)));
  return out;
};

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return Promise.resolve(
    main(
      args,
      (s) => void out.push(s),
      (s) => void err.push(s),
    ),
  ).then((status) => ({ status, out, err }));
}

describe("the .xlsx writer", () => {
  const text = readFileSync(FIXTURE, "utf8");
  const entry = entryOf(text, "corvane.txt");
  const plan = planWorkbook([entry]);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await reread(await workbookBytes(ExcelJS, plan));
  });

  it("writes release text as text, never as a formula, and no HEMA.* call", () => {
    const ws = wb.getWorksheet("CRVN Q1-2005")!;
    const labels = cellsOf(ws).filter((c) => Number(c.col) === 1);
    for (const hostile of [
      '=HYPERLINK("http://example.invalid")',
      "+Other operating expense",
      "@Royalty expense",
    ]) {
      const cell = labels.find((c) => c.value === hostile);
      expect(cell).toBeDefined();
      expect(cell!.formula).toBeUndefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
    }
    const formulas = wb.worksheets.flatMap((s) =>
      cellsOf(s).filter((c) => c.formula !== undefined),
    );
    // Only the checks' difference and result columns carry formulas, two cells a check; a skipped check, the tax
    // check and a narrative check (its figure is the text's, in no cell) are written as their status.
    const live = entry.release.checks.filter(
      (c) =>
        c.status !== "skip" && c.id !== "tax" && c.id !== "narrative.figure",
    );
    expect(live.length).toBeGreaterThan(10);
    expect(formulas).toHaveLength(2 * live.length);
    expect(
      formulas.every((c) => Number(c.col) === 3 || Number(c.col) === 4),
    ).toBe(true);
    expect(formulas.some((c) => /HEMA\./i.test(c.formula))).toBe(false);
  });

  it("keeps a label beginning with - or = as text even where a plan cell is changed by hand", async () => {
    const p = planWorkbook([entry]);
    const labels = p.plans[0].sheets[0].rows.filter((r) => r[1]?.number);
    labels[0][0] = { text: "-1+2" };
    labels[1][0] = { text: "=1+1" };
    const back = await reread(await workbookBytes(ExcelJS, p));
    const cells = cellsOf(back.getWorksheet("CRVN Q1-2005")!);
    for (const v of ["-1+2", "=1+1"]) {
      const c = cells.find((x) => x.value === v)!;
      expect(c.type).toBe(ExcelJS.ValueType.String);
    }
  });

  it("refuses a formula calling HEMA.* or another file", () => {
    expect(formulaProblem("=HEMA.NETLOSS(A1)")).toMatch(/HEMA/);
    expect(formulaProblem("=[other.xlsx]Sheet1!A1")).toMatch(/another file/);
    expect(formulaProblem("=B20-(B25)")).toBeNull();
    const p = planWorkbook([entry]);
    const check = p.plans[0].sheets[0].rows.find((r) => r[3]?.formula)!;
    check[3].formula = '=HEMA.BALANCED("2005-03-31")';
    expect(() => buildWorkbook(ExcelJS, p)).toThrow(/HEMA function/);
  });

  it("names tables as Excel accepts them, once per workbook", () => {
    const used = new Set<string>();
    expect(uniqueTableName("AB12", used)).toBe("T_AB12");
    expect(uniqueTableName("R1C1", used)).toBe("T_R1C1");
    expect(uniqueTableName("C", used)).toBe("T_C");
    expect(uniqueTableName("Sales_Ops", used)).toBe("Sales_Ops");
    expect(uniqueTableName("sales_ops", used)).toBe("sales_ops_2");
    const names = wb.worksheets.flatMap((s) =>
      Object.keys((s as unknown as { tables: object }).tables),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "CRVN_Q1_2005_Operations",
        "CRVN_Q1_2005_BalanceSheet",
        "HEMA_Facts",
      ]),
    );
  });

  it("refuses a sheet name Excel would refuse, saying which", () => {
    const p = planWorkbook([entry]);
    p.plans[0].sheets[0].name = "Q1/2005: [draft]";
    expect(() => buildWorkbook(ExcelJS, p)).toThrow(/sheet name .* contains/);
  });

  it("formats figures: accounting with parentheses, per-share 0.00, shares #,##0; totals bold over a top border", () => {
    const ws = wb.getWorksheet("CRVN Q1-2005")!;
    const row = (label: string) =>
      cellsOf(ws).find((c) => Number(c.col) === 1 && c.value === label)!.row;
    const net = ws.findCell(Number(row("Net sales")), 2)!;
    expect(net.value).toBe(21400000);
    expect(net.numFmt).toBe(FORMATS.USD);
    expect(FORMATS.USD).toContain("(#,##0)");
    const basic = cellsOf(ws).filter(
      (c) => Number(c.col) === 1 && c.value === "Basic",
    );
    expect(ws.findCell(Number(basic[0].row), 2)!.numFmt).toBe("0.00");
    expect(ws.findCell(Number(basic[0].row), 2)!.value).toBe(0.5);
    expect(ws.findCell(Number(basic[1].row), 2)!.numFmt).toBe("#,##0");
    expect(ws.findCell(Number(basic[1].row), 2)!.value).toBe(10000000);
    expect(basic[0].alignment?.indent).toBeGreaterThan(0);
    const total = ws.findCell(Number(row("Total assets")), 2)!;
    expect(total.font?.bold).toBe(true);
    expect(total.border?.top?.style).toBe("thin");
  });

  it("links every figure (a number cell) and its label to the figure's source line", () => {
    const book = buildWorkbook(ExcelJS, plan);
    const model = book.model as unknown as {
      worksheets: {
        name: string;
        hyperlinks?: { address: string; target: string }[];
      }[];
    };
    (
      book.xlsx as unknown as { prepareModel(m: unknown, o: unknown): void }
    ).prepareModel(model, {});
    const links = model.worksheets.find(
      (s) => s.name === "CRVN Q1-2005",
    )!.hyperlinks!;
    for (const f of plan.plans[0].figures)
      expect(links).toContainEqual(
        expect.objectContaining({ address: f.address }),
      );
    const fact = entry.release.facts.find((f) => f.label === "Total assets")!;
    const figure = plan.plans[0].figures.find(
      (f) => f.label === "Total assets",
    )!;
    expect(links.find((l) => l.address === figure.address)!.target).toBe(
      `'CRVN Q1-2005 src'!B${fact.line}`,
    );
    // The line it points at shows the figure.
    expect(text.split("\n")[fact.line - 1]).toContain("40,000");
  });

  it("keeps the text in a very hidden HEMA_Store exactly as the add-in keeps it", async () => {
    const store = wb.getWorksheet(STORE_SHEET)!;
    expect(store.state).toBe("veryHidden");
    // A long text with a character outside the BMP at a chunk boundary comes back whole.
    const long = `${text}\n${"x".repeat(29_999)}😀${"y".repeat(40_000)}`;
    const e2 = entryOf(long, "long.txt");
    const back = await reread(await workbookBytes(ExcelJS, planWorkbook([e2])));
    const rows = (
      back.getWorksheet(STORE_SHEET)!.getSheetValues() as unknown[][]
    )
      .slice(1)
      .map((r) => r.slice(1));
    const kept = rowsToKept(rows);
    expect(kept).toHaveLength(1);
    expect(kept[0].text).toBe(long);
    expect(kept[0].sheets).toEqual(["CRVN Q1-2005", "CRVN Q1-2005 src"]);
    expect(rows.length).toBeGreaterThan(3);
  });

  it("writes HEMA_Facts with one row per fact, in full units", () => {
    const rows = (
      wb.getWorksheet(FACTS_SHEET)!.getSheetValues() as unknown[][]
    ).slice(2);
    expect(rows).toHaveLength(entry.release.facts.length);
    expect(rows.map((r) => r[8])).toEqual(
      entry.release.facts.map((f) => Number(f.value) * f.scale),
    );
  });
});

describe("hema export", () => {
  it("writes several releases into one workbook as Insert lays them out", async () => {
    const out = join(dir, "two.xlsx");
    const r = await run("export", FIXTURE, EXAMPLE, "-o", out);
    expect(r.status).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out[r.out.length - 1]).toBe(`wrote ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "CRVN Q1-2005",
      "CRVN Q1-2005 src",
      "ACMW Q3-2024",
      "ACMW Q3-2024 src",
      FACTS_SHEET,
      STORE_SHEET,
    ]);
    const releases = new Set(
      (wb.getWorksheet(FACTS_SHEET)!.getSheetValues() as unknown[][])
        .slice(2)
        .map((x) => x[11]),
    );
    expect(releases.size).toBe(2);
  });

  it("refuses to overwrite a file unless --force", async () => {
    const out = join(dir, "kept.xlsx");
    writeFileSync(out, "mine");
    const r = await run("export", FIXTURE, "-o", out);
    expect(r.status).toBe(1);
    expect(r.err).toEqual([`hema: ${out} exists: add --force to overwrite it`]);
    expect(readFileSync(out, "utf8")).toBe("mine");
    const f = await run("export", FIXTURE, "-o", out, "--force");
    expect(f.status).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  it("says in one line which release cannot be read and still writes the others", async () => {
    const out = join(dir, "some.xlsx");
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const r = await run(
      "export",
      join(dir, "missing.txt"),
      FIXTURE,
      empty,
      "-o",
      out,
    );
    expect(r.status).toBe(1);
    expect(r.err).toHaveLength(2);
    expect(r.err[0]).toBe(`hema: ${join(dir, "missing.txt")}: no such file`);
    expect(r.err[1]).toMatch(/^hema: .*empty\.txt(:\d+)?: /);
    expect(existsSync(out)).toBe(true);
  });

  it("writes nothing when no release can be read", async () => {
    const out = join(dir, "none.xlsx");
    const r = await run("export", join(dir, "missing.txt"), "-o", out);
    expect(r.status).toBe(1);
    expect(r.err[r.err.length - 1]).toMatch(/no release could be read/);
    expect(existsSync(out)).toBe(false);
  });

  it("asks for the output file", async () => {
    const r = await run("export", FIXTURE);
    expect(r.status).toBe(2);
  });
});
