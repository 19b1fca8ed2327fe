// The exported workbook evaluated by a real spreadsheet engine: each shared-corpus release is exported, LibreOffice
// opens, recalculates (forced on load) and saves every file in one headless run, and what it computed is compared
// with `hema parse --json` and the checks: every figure in full units, every check's difference and result. Then a
// total is changed in the file and the check over it must turn FAIL once LibreOffice recalculates.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import * as ExcelJS from "exceljs";
import { main } from "../cli/hema";
import { Decimal } from "../src/decimal";
import { Release } from "../src/model";
import { FACTS_SHEET, PlanCell, WritePlan } from "../src/sheet-plan";
import { emptyStore } from "../src/store";
import { planWorkbook, WorkbookPlan } from "../src/workbook-plan";
import { workbookBytes } from "../src/xlsx";
import { CORPUS, corpusAvailable, corpusText } from "./corpus-files";
import { addText } from "../src/text-store";

const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
  .concat((process.env.PATH ?? "").split(":").map((d) => join(d, "soffice")))
  .find((p) => existsSync(p));

function sofficeAvailable(): boolean {
  if (!SOFFICE && process.env.CI === "true")
    throw new Error(
      "LibreOffice (soffice) is missing: .ci/run installs libreoffice-calc-nogui",
    );
  return !!SOFFICE;
}

/** LibreOffice's setting that recalculates an .xlsx on load (0 = always; its default 1 keeps the cached values). */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

interface Case {
  name: string;
  release: Release;
  plan: WorkbookPlan;
  /** The check expected to read FAIL after the change (null: the file is unchanged). */
  broken: { check: number } | null;
}

const parsedJson = (file: string): Release[] => {
  const out: string[] = [];
  const status = main(
    ["parse", "--json", file],
    (s) => void out.push(s),
    () => undefined,
  );
  expect(status).toBe(0);
  return JSON.parse(out.join("\n"));
};

/** The plan's check rows: check k of the release is on the k-th row after the "Check" header. */
function checkRow(plan: WritePlan, k: number): number {
  const rows = plan.sheets[0].rows;
  const header = rows.findIndex(
    (r) => r[0]?.text === "Check" && r[3]?.text === "Result",
  );
  return header + 1 + k;
}

/** A1 address → [row, col], 0-based. */
function at(addr: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; addr.charCodeAt(i) >= 65; i++)
    col = col * 26 + addr.charCodeAt(i) - 64;
  return [Number(addr.slice(i)) - 1, col - 1];
}

/** The first cell a check's difference formula reads: the total (total assets; the "Total …" row). */
function totalCell(plan: WritePlan, row: number): PlanCell | null {
  const f = plan.sheets[0].rows[row][2]?.formula;
  if (!f) return null;
  let end = 1;
  while (end < f.length && /[A-Z0-9]/.test(f[end])) end++;
  const [r, c] = at(f.slice(1, end));
  return plan.sheets[0].rows[r]?.[c] ?? null;
}

/** What the cell shows: a formula's computed result (read through `result`: `value` drops a result of 0). */
const value = (cell: ExcelJS.Cell): unknown =>
  cell.formula ? cell.result : cell.value;

const describeIf =
  corpusAvailable() && sofficeAvailable() ? describe : describe.skip;

describeIf("the exported workbook, recalculated by LibreOffice", () => {
  jest.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), "hema-xlsx-"));
  const input = join(dir, "in");
  const output = join(dir, "out");
  const cases: Case[] = [];

  beforeAll(async () => {
    mkdirSync(input);
    mkdirSync(join(dir, "profile", "user"), { recursive: true });
    writeFileSync(
      join(dir, "profile", "user", "registrymodifications.xcu"),
      RECALC_ON_LOAD,
    );
    for (const file of readdirSync(join(CORPUS, "raw")).sort()) {
      const name = basename(file).replace(/\.[^.]+$/, "");
      const { store, id } = addText(emptyStore(), corpusText(file), file);
      const entry = store.releases.find((x) => x.id === id)!;
      if (entry.release.error) continue;
      const plan = planWorkbook([entry]);
      const release = parsedJson(join(CORPUS, "raw", file))[0];
      cases.push({ name, release, plan, broken: null });
      // The same file with one total changed: the first balance identity (else footing) with a live formula.
      const checks = entry.release.checks;
      const row = (k: number) => checkRow(plan.plans[0], k);
      const target = ["balance.identity", "footing.total"]
        .flatMap((id) => checks.filter((c) => c.id === id))
        .map((c) => checks.indexOf(c))
        .find(
          (k) =>
            checks[k].status === "pass" && totalCell(plan.plans[0], row(k)),
        );
      if (target !== undefined) {
        const broken = planWorkbook([entry]);
        const cell = totalCell(broken.plans[0], row(target))!;
        cell.number = cell.number! + 1000;
        cases.push({
          name: `${name}-changed`,
          release,
          plan: broken,
          broken: { check: target },
        });
      }
      // The acceptance: HemaCare's total assets for June 30, 2003 set to 12,485,000.
      const june = checks.findIndex(
        (c) => c.id === "balance.identity" && c.period === "2003-06-30",
      );
      if (name === "000_hemacare-q2-2003" && june >= 0) {
        const changed = planWorkbook([entry]);
        totalCell(changed.plans[0], row(june))!.number = 12485000;
        cases.push({
          name: `${name}-acceptance`,
          release,
          plan: changed,
          broken: { check: june },
        });
      }
    }
    for (const c of cases)
      writeFileSync(
        join(input, `${c.name}.xlsx`),
        await workbookBytes(ExcelJS, c.plan),
      );
    // One LibreOffice run over every file: open (recalculating), save as .xlsx with the computed values.
    const run = spawnSync(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        output,
        ...cases.map((c) => join(input, `${c.name}.xlsx`)),
      ],
      { encoding: "utf8", timeout: 200_000 },
    );
    expect(run.error).toBeUndefined();
  });

  it("holds every figure and check as LibreOffice computes them; a changed total turns its check FAIL", async () => {
    let figures = 0;
    let formulas = 0;
    let facts = 0;
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(output, `${c.name}.xlsx`));
      const plan = c.plan.plans[0];
      const sheet = wb.getWorksheet(plan.sheets[0].name)!;
      expect(sheet).toBeDefined();
      // HEMA_Facts: one row per fact of `hema parse --json`, the same value in full units.
      const factRows = wb
        .getWorksheet(FACTS_SHEET)!
        .getSheetValues()
        .slice(2)
        .filter(Boolean) as unknown[][];
      expect(factRows).toHaveLength(c.release.facts.length);
      c.release.facts.forEach((f, i) => {
        const full = Number(new Decimal(f.value).times(f.scale).toFixed());
        expect([c.name, f.label, factRows[i][8]]).toEqual([
          c.name,
          f.label,
          full,
        ]);
        if (!c.broken) facts++;
      });
      // The release sheet's figures, as LibreOffice holds them.
      for (const f of plan.figures) {
        if (c.broken) continue;
        expect([c.name, f.address, value(sheet.getCell(f.address))]).toEqual([
          c.name,
          f.address,
          f.value,
        ]);
        figures++;
      }
      // Each live check: LibreOffice's result is the check's status; after the change, FAIL.
      for (const [k, ch] of c.release.checks.entries()) {
        const row = checkRow(plan, k);
        const planned = plan.sheets[0].rows[row];
        if (planned[3]?.formula === undefined) continue;
        const result = value(sheet.getCell(row + 1, 4));
        const difference = value(sheet.getCell(row + 1, 3));
        const expected =
          c.broken?.check === k ? "FAIL" : ch.status.toUpperCase();
        if (!c.broken || c.broken.check === k || ch.id === "balance.identity") {
          expect([c.name, ch.id, ch.period, result]).toEqual([
            c.name,
            ch.id,
            ch.period,
            expected,
          ]);
          formulas += 2;
        }
        if (!c.broken && ch.difference !== null)
          expect([
            c.name,
            ch.id,
            ch.period,
            // The check states its difference rounded (EPS to 4 places): equal within half its last digit.
            Math.abs(Number(difference) - Number(ch.difference)) <=
              0.5 * 10 ** -(ch.difference.split(".")[1]?.length ?? 0) + 1e-9,
          ]).toEqual([c.name, ch.id, ch.period, true]);
      }
    }
    const broken = cases.filter((c) => c.broken).length;
    expect(cases.some((c) => c.name.endsWith("-acceptance"))).toBe(true);
    console.log(
      `LibreOffice round trip: ${cases.length - broken} releases, ${facts} HEMA_Facts rows and ${figures} sheet figures equal in full units, ${formulas} check formulas compared (${broken} with a changed total read FAIL)`,
    );
    expect(broken).toBeGreaterThan(0);
  });
});
