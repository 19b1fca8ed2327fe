// The write plan: sheet names, tables, formats, live check formulas, source links, HEMA_Facts rows, text safety.
import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import { emptyStore, StoredRelease } from "../src/store";
import {
  excelInput,
  FACTS_HEADER,
  FORMATS,
  markChanges,
  planRelease,
  primaryPeriod,
  sheetName,
  tickerRoot,
} from "../src/sheet-plan";
import { addText } from "../src/text-store";

const text = fs.readFileSync(
  path.join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);
const entry = (t = text): StoredRelease => {
  const { store, id } = addText(emptyStore(), t, "acme.txt");
  return store.releases.find((x) => x.id === id)!;
};

describe("sheet names", () => {
  test("from ticker and period, valid and unique", () => {
    const e = entry();
    const plan = planRelease(e);
    expect(plan.sheets[0].name).toBe(
      `${tickerRoot(e.release)} ${primaryPeriod(e.release)}`,
    );
    expect(plan.sheets[1].name).toBe(`${plan.sheets[0].name} src`);
    const again = planRelease(e, { taken: [plan.sheets[0].name] });
    expect(again.sheets[0].name).not.toBe(plan.sheets[0].name);
  });
  test("≤ 31 characters, no invalid characters, suffix stays inside the limit", () => {
    const long = "X".repeat(40) + "[a]:b*c?d/e\\f";
    const n = sheetName(long, []);
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n).not.toMatch(/[[\]:*?/\\]/);
    const n2 = sheetName(long, [n]);
    expect(n2.length).toBeLessThanOrEqual(31);
    expect(n2).not.toBe(n);
  });
});

describe("tables and cells", () => {
  const e = entry();
  const plan = planRelease(e);
  const sheet = plan.sheets[0];

  test("one Excel table per statement, named from the sheet and statement", () => {
    expect(sheet.tables).toHaveLength(e.release.tables.length);
    for (const t of sheet.tables)
      expect(t.name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(sheet.tables[0].name).toMatch(/_Operations$/);
  });

  test("values are full-unit numbers with the unit's number format; totals bold with a top border", () => {
    const f = e.release.facts[0];
    const ref = plan.figures.find(
      (x) => x.label === f.label && x.period === f.period,
    )!;
    expect(ref.value).toBe(
      Number(new Decimal(f.value).times(f.scale).toFixed()),
    );
    const all = sheet.rows.flat();
    const fmts = new Set(
      all.filter((c) => c.number !== undefined).map((c) => c.format),
    );
    expect(fmts.has(FORMATS.USD)).toBe(true);
    const totals = all.filter((c) => c.topBorder);
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((c) => c.bold)).toBe(true);
  });

  test("value cells link to their source line on the source sheet", () => {
    const f = e.release.facts[0];
    const linked = sheet.rows
      .flat()
      .find((c) => c.number !== undefined && c.link);
    expect(linked?.link).toMatch(/^'.+ src'!B\d+$/);
    const srcRow = Number(/B(\d+)$/.exec(linked!.link!)![1]);
    expect(plan.sheets[1].rows[srcRow - 1][1].text).toBe(
      text.split(/\r?\n/)[srcRow - 1],
    );
    expect(srcRow).toBe(f.line);
  });

  test("checks are live formulas with pass/fail", () => {
    const formulas = sheet.rows.flat().filter((c) => c.formula);
    // the tax check has no live formula yet (its signs are chosen per column): written as its status, as is a
    // narrative check (its figure is the text's, in no cell); a skipped check stays SKIP with its reason (a formula
    // would turn the doubt into PASS or FAIL)
    const live = e.release.checks.filter(
      (c) =>
        c.id !== "tax" && c.id !== "narrative.figure" && c.status !== "skip",
    );
    expect(e.release.checks.some((c) => c.status === "skip")).toBe(true);
    expect(formulas.length).toBe(live.length * 2);
    const has = (re: RegExp) => formulas.some((c) => re.test(c.formula!));
    // balance: total assets minus total liabilities and equity, exact
    expect(has(/^=B\d+-\(B\d+\)$/)).toBe(true);
    expect(has(/^=IF\(ABS\(C\d+\)<=1e-9,"PASS","FAIL"\)$/)).toBe(true);
    // footing: the total minus the sum of its rows
    expect(has(/^=B\d+-\(B\d+(\+B\d+)+\)$/)).toBe(true);
    // EPS: printed EPS minus net income / shares, with the skip band
    expect(has(/^=B\d+-B\d+\/B\d+$/)).toBe(true);
    expect(
      has(/^=IF\(ABS\(C\d+\)<=0\.0\d*,"PASS",IF\(AND\(.*\),"FAIL","SKIP"\)\)$/),
    ).toBe(true);
    // what they showed at parse time is each check's own status
    const cached = formulas
      .filter((c) => /^=IF/.test(c.formula!))
      .map((c) => c.cached);
    expect(cached).toEqual(live.map((c) => c.status.toUpperCase()));
  });

  test("HEMA_Facts: one row per fact, in the documented columns", () => {
    expect(plan.factsHeader).toEqual(FACTS_HEADER);
    expect(plan.facts).toHaveLength(e.release.facts.length);
    const valueCol = FACTS_HEADER.indexOf("Value in full units");
    expect(plan.facts.every((r) => typeof r[valueCol] === "number")).toBe(true);
  });
});

describe("text never becomes a formula", () => {
  test.each(["=1+2", "+SUM(A1)", "-cmd", '@HYPERLINK("x")', "2003-06-30"])(
    "%s is written as text",
    (label) => {
      expect(excelInput({ text: label })).toBe(`'${label}`);
    },
  );
  test("release labels and company are escaped in the plan", () => {
    const e = entry();
    e.release = {
      ...e.release,
      company: "=EVIL()",
      tables: e.release.tables.map((t, i) =>
        i
          ? t
          : {
              ...t,
              rows: t.rows.map((r, k) => (k ? r : { ...r, label: "=1+2" })),
            },
      ),
    };
    const plan = planRelease(e);
    const inputs = plan.sheets[0].rows.flat().map(excelInput);
    expect(inputs).toContain("'=EVIL()");
    expect(inputs).toContain("'=1+2");
    expect(
      inputs
        .filter((v) => typeof v === "string" && v.startsWith("="))
        .every((v) => /^=(IF\(ABS|[A-Z]+\d+-)/.test(v as string)),
    ).toBe(true);
  });
});

test("a changed figure is detected and highlighted on refresh", () => {
  const e = entry();
  const before = planRelease(e);
  const fact = e.release.facts.find((f) => f.unit === "USD")!;
  const lines = text.split("\n");
  const printed = lines[fact.line - 1];
  const digits = new Decimal(fact.value).abs().toFixed();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const bumped = new Decimal(digits)
    .plus(1)
    .toFixed()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  lines[fact.line - 1] = printed.replace(
    grouped,
    bumped.padStart(grouped.length),
  );
  const after = planRelease(entry(lines.join("\n")));
  const changed = markChanges(before, after);
  expect(changed.map((c) => c.label)).toContain(fact.label);
  expect(after.sheets[0].rows.flat().some((c) => c.highlight)).toBe(true);
});
