// Excel's limits, known to the plan and to both in-memory workbooks: what Excel refuses is refused here too,
// and what the add-in writes stays within them (a figure too large for a cell, a line too long, a text too long).
import * as fs from "fs";
import * as path from "path";
import { StoredRelease } from "../src/store";
import { ExcelHost } from "../taskpane/excel-host";
import {
  cellProblem,
  EXCEL_LIMITS,
  sheetNameProblem,
} from "../src/excel-limits";
import { HostError } from "../taskpane/host";
import { MemoryHost } from "../taskpane/memory-host";
import {
  planProblem,
  planRelease,
  sourceRows,
  WritePlan,
} from "../src/sheet-plan";
import { FakeWorkbook } from "./fake-excel";
import { entryOf, keptOf } from "./store-helpers";

const EXAMPLE = path.join(__dirname, "..", "examples", "acme-q3-2024.txt");
const APPLE_PAGE = path.join(
  __dirname,
  "..",
  "..",
  "shared",
  "corpus-web",
  "raw",
  "105_apple-q1-fy2024.htm",
);
const acme = fs.readFileSync(EXAMPLE, "utf8");

async function writeToFake(e: StoredRelease, plan: WritePlan) {
  const wb = new FakeWorkbook();
  const host = new ExcelHost(async (batch) => batch(wb.context().context));
  await host.writeRelease(plan, [], keptOf(e, plan));
  return wb;
}

describe("Excel's limits", () => {
  it("names what a sheet name may not be", () => {
    expect(sheetNameProblem("HEMA Q2-2003")).toBeNull();
    expect(sheetNameProblem("x".repeat(32))).toMatch(/longer than 31/);
    for (const ch of ["[", "]", ":", "*", "?", "/", "\\"])
      expect(sheetNameProblem(`Q2${ch}2003`)).toMatch(/contains/);
    expect(sheetNameProblem("")).toMatch(/empty/);
  });

  it("names what a cell may not hold", () => {
    expect(cellProblem("'" + "x".repeat(EXCEL_LIMITS.cellChars))).toBeNull();
    expect(cellProblem("x".repeat(EXCEL_LIMITS.cellChars + 1))).toMatch(
      /32767/,
    );
    expect(cellProblem("=" + "1+".repeat(5000) + "1")).toMatch(/8192/);
    expect(cellProblem(Infinity)).toMatch(/not a number Excel can hold/);
    expect(cellProblem(NaN)).not.toBeNull();
    expect(cellProblem(1e308)).not.toBeNull();
    expect(cellProblem(-123.45)).toBeNull();
  });
});

describe("the fake workbook refuses what Excel refuses", () => {
  it("a cell over 32,767 characters, a bad sheet name, a range past the last row", async () => {
    const wb = new FakeWorkbook();
    const { context } = wb.context();
    const sheet = context.workbook.worksheets.add("Fine");
    expect(() => {
      sheet.getRange("A1").formulas = [["x".repeat(32768)]];
    }).toThrow(/InvalidArgument: a cell of 32768 characters/);
    expect(() => {
      sheet.getRange("A1").formulas = [[Infinity]];
    }).toThrow(/InvalidArgument/);
    expect(() => context.workbook.worksheets.add("Q2/2003")).toThrow(
      /contains "\/"/,
    );
    expect(() => sheet.getRange("A1048577")).toThrow(/past Excel's last row/);
    expect(() => sheet.getRange("XFE1")).toThrow(/past Excel's last column/);
  });
});

describe("the plan stays within the limits", () => {
  it("leaves a figure too large for Excel empty, with a warning naming its line, out of HEMA_Facts", async () => {
    const huge = "9".repeat(400);
    const text = acme.replace(
      /^(Net income \(loss\)\s+\$?\s*)[\d,]+/m,
      `$1${huge}`,
    );
    expect(text).not.toBe(acme);
    const e = entryOf(text);
    const fact = e.release.facts.find((f) => f.value === huge);
    expect(fact).toBeDefined();
    const plan = planRelease(e);
    expect(planProblem(plan)).toBeNull();
    expect(plan.warnings).toEqual([
      expect.objectContaining({
        line: fact!.line,
        message: expect.stringMatching(/more than Excel can hold/),
      }),
    ]);
    expect(
      plan.facts.every((r) =>
        r.every((v) => typeof v !== "number" || Number.isFinite(v)),
      ),
    ).toBe(true);
    await writeToFake(e, plan);
  });

  it("spreads a line longer than a cell over the next columns of its row, no character split", async () => {
    const long = "\u{1F4C8}".repeat(40000);
    const e = entryOf(`${acme}\n${long}\n`);
    const plan = planRelease(e);
    expect(planProblem(plan)).toBeNull();
    const src = plan.sheets.find((s) => s.role === "source")!;
    const row = src.rows[acme.split("\n").length];
    expect(
      row
        .slice(1)
        .map((c) => c.text)
        .join(""),
    ).toBe(long);
    expect(row.length).toBeGreaterThan(2);
    await writeToFake(e, plan);
  });

  it("keeps a text of more lines than a sheet has rows, with a note and a warning", () => {
    const warnings: WritePlan["warnings"] = [];
    const rows = sourceRows("a\nb\nc\nd\ne", warnings, 3);
    expect(rows.map((r) => r[1].text)).toEqual([
      "a",
      "b",
      expect.stringMatching(/lines 3–5 .* past Excel's last row/),
    ]);
    expect(warnings).toEqual([{ line: 3, message: rows[2][1].text }]);
    expect(sourceRows("a\nb\nc", [], 3).map((r) => r[1].text)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("the preview's workbook refuses a plan Excel would refuse, and keeps what it had", async () => {
    const host = new MemoryHost();
    const e = entryOf(acme);
    const plan = planRelease(e);
    plan.sheets[1].rows.push([{ text: "x".repeat(40000) }]);
    await expect(host.writeRelease(plan, [], keptOf(e, plan))).rejects.toThrow(
      HostError,
    );
    expect(host.state.sheets).toEqual([]);
  });

  (fs.existsSync(APPLE_PAGE) ? it : it.skip)(
    "inserts a saved web page whose HTML has a line of over 100,000 characters",
    async () => {
      const e = entryOf(fs.readFileSync(APPLE_PAGE, "utf8"), "apple.htm");
      const plan = planRelease(e);
      expect(planProblem(plan)).toBeNull();
      const wb = await writeToFake(e, plan);
      expect(wb.sheets.length).toBeGreaterThan(2);
      await new MemoryHost().writeRelease(plan, [], keptOf(e, plan));
    },
  );
});
