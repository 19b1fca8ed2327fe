// End to end: synthetic releases (test/fixtures/*.txt, all invented) → the release model of the CLI contract.
import { plainFact } from "../src/fact";
import { readFileSync } from "fs";
import { join } from "path";
import { expandTabs } from "../src/lines";
import { Fact, Release } from "../src/model";
import { parseRelease } from "../src/parse";
import { at, fw, right, row } from "./helpers";

/** The balance-sheet identity checks of a release (other checks have their own tests). */
const balanceOf = (r: Release) =>
  r.checks.filter((c) => c.id === "balance.identity");

const fixture = (name: string) =>
  readFileSync(join(__dirname, "fixtures", name), "utf8");
const parse = (name: string) => parseRelease(fixture(name), name);

/** The facts with this label (and period, and section). */
function factsOf(
  rel: Release,
  label: string,
  period?: string | null,
  section?: string,
): Fact[] {
  return rel.facts.filter(
    (f) =>
      f.label === label &&
      (period === undefined || f.period === period) &&
      (section === undefined || f.section === section),
  );
}
/** The one value for a label and period (fails the test when there are none or several). */
function value(
  rel: Release,
  label: string,
  period: string | null,
  section?: string,
): string {
  const fs = factsOf(rel, label, period, section);
  if (fs.length !== 1)
    throw new Error(
      `expected one fact for ${label} @ ${period}, found ${fs.length}: ${JSON.stringify(fs.map((f) => f.value))}`,
    );
  return fs[0].value;
}
/** What a fact says, without its line and table index: for comparing two parses of the same release. */
const essence = (rel: Release) =>
  rel.facts.map(
    ({
      label,
      concept,
      column,
      period,
      value,
      scale,
      unit,
      statement,
      section,
    }) => ({
      label,
      concept,
      column,
      period,
      value,
      scale,
      unit,
      statement,
      section,
    }),
  );

/** Turns runs of spaces ending on an 8-column stop into tabs (the reverse of expandTabs). */
function unexpand(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; i += 8) {
    const chunk = line.slice(i, i + 8);
    out +=
      chunk.length === 8 && / {2,}$/.test(chunk)
        ? chunk.replace(/ +$/, "") + "\t"
        : chunk;
  }
  return out;
}

describe("a quarterly release in full dollars (spanning headers, $ apart, ==== under rows, wrapped labels)", () => {
  const rel = parse("pellucid-q2-2003.txt");

  it("reads the metadata", () => {
    expect(rel).toMatchObject({
      source: "pellucid-q2-2003.txt",
      company: "Pellucid Instruments Corporation",
      ticker: "PLCD.OB",
      releaseDate: "2003-08-12",
      error: null,
    });
  });

  it("finds the two tables among the narrative, with their kinds, titles and scale", () => {
    expect(rel.tables.map((t) => [t.statement, t.title, t.scale])).toEqual([
      ["income", "STATEMENTS OF OPERATIONS", 1],
      ["balance", "BALANCE SHEET", 1],
    ]);
    expect(rel.tables[0].firstLine).toBe(29);
    expect(rel.tables[0].lastLine).toBe(47);
  });

  it("gives each income column its spanning header, year and period", () => {
    expect(rel.tables[0].columns.map((c) => [c.column, c.period])).toEqual([
      ["Three Months Ended June 30, | 2003", "Q2-2003"],
      ["Three Months Ended June 30, | 2002", "Q2-2002"],
      ["Six Months Ended June 30, | 2003", "6M-2003"],
      ["Six Months Ended June 30, | 2002", "6M-2002"],
    ]);
  });

  it("gives the balance-sheet date columns instants", () => {
    expect(rel.tables[1].columns.map((c) => [c.column, c.period])).toEqual([
      ["June 30, 2003", "2003-06-30"],
      ["December 31, 2002", "2002-12-31"],
    ]);
  });

  it("reads every figure exactly, with its sign", () => {
    expect(
      rel.tables[0].rows.find((r) => r.label === "Revenues")?.values,
    ).toEqual(["4512000", "4380500", "8990250", "8701000"]);
    expect(value(rel, "Net loss", "Q2-2003")).toBe("-118000");
    expect(value(rel, "Loss before income taxes", "6M-2002")).toBe("-88000");
    expect(value(rel, "Basic and diluted per share amounts", "Q2-2002")).toBe(
      "0.00",
    );
    expect(value(rel, "Total assets", "2002-12-31")).toBe("10200000");
  });

  it("joins wrapped labels and gives the rows their concepts, units and totals", () => {
    const rows = rel.tables[0].rows.map((r) => [
      r.label,
      r.concept,
      r.unit,
      r.total,
    ]);
    expect(rows).toEqual([
      ["Revenues", "revenue", "USD", false],
      ["Cost of revenues", "cost_of_revenue", "USD", false],
      ["Gross profit", "gross_profit", "USD", true],
      ["Loss before income taxes", "pretax_income", "USD", false],
      ["Net loss", "net_income", "USD", false],
      [
        "Basic and diluted per share amounts",
        "eps_basic_diluted",
        "USD/share",
        false,
      ],
      [
        "Weighted average shares outstanding - basic and diluted",
        "shares_basic_diluted",
        "shares",
        false,
      ],
    ]);
    expect(rel.tables[1].rows.map((r) => r.concept)).toEqual([
      "cash",
      null,
      null,
      "total_assets",
      "current_liabilities",
      "long_term_liabilities",
      "equity",
      "total_liabilities_and_equity",
    ]);
    expect(rel.tables[1].rows[7].label).toBe(
      "Total liabilities and shareholders' equity",
    );
  });

  it("keeps section headings as sections, not rows", () => {
    expect(rel.tables[1].rows.map((r) => r.section)).toEqual([
      "Assets",
      "Assets",
      "Assets",
      "Assets",
      "Liabilities and Shareholders' Equity",
      "Liabilities and Shareholders' Equity",
      "Liabilities and Shareholders' Equity",
      "Liabilities and Shareholders' Equity",
    ]);
    expect(
      rel.facts.some((f) =>
        /^(Assets|STATEMENTS OF OPERATIONS|BALANCE SHEET)$/.test(f.label),
      ),
    ).toBe(false);
  });

  it("makes one fact per figure, carrying its column, period, unit, scale and line", () => {
    expect(rel.facts).toHaveLength(7 * 4 + 8 * 2);
    expect(plainFact(factsOf(rel, "Net loss", "Q2-2003")[0])).toEqual({
      statement: "income",
      label: "Net loss",
      concept: "net_income",
      column: "Three Months Ended June 30, | 2003",
      period: "Q2-2003",
      value: "-118000",
      scale: 1,
      unit: "USD",
      line: 42,
      section: "STATEMENTS OF OPERATIONS",
      table: 0,
    });
  });

  it("passes both balance columns and warns of nothing", () => {
    expect(
      balanceOf(rel).map((c) => [
        c.column,
        c.period,
        c.status,
        c.expected,
        c.actual,
        c.difference,
        c.lines,
      ]),
    ).toEqual([
      [
        "June 30, 2003",
        "2003-06-30",
        "pass",
        "10040000",
        "10040000",
        "0",
        [61, 71],
      ],
      [
        "December 31, 2002",
        "2002-12-31",
        "pass",
        "10200000",
        "10200000",
        "0",
        [61, 71],
      ],
    ]);
    expect(rel.warnings).toEqual([]);
  });

  it("fails the column whose total assets were changed", () => {
    const changed = fixture("pellucid-q2-2003.txt").replace(
      "Total assets                           $10,040,000",
      "Total assets                           $10,040,001",
    );
    expect(changed).not.toBe(fixture("pellucid-q2-2003.txt"));
    const checks = balanceOf(parseRelease(changed));
    expect(checks.map((c) => c.status)).toEqual(["fail", "pass"]);
    expect(checks[0]).toMatchObject({
      expected: "10040001",
      actual: "10040000",
      difference: "1",
    });
  });

  it.each([
    ["CRLF", (t: string) => t.replace(/\n/g, "\r\n")],
    ["CR", (t: string) => t.replace(/\n/g, "\r")],
    ["no-break spaces", (t: string) => t.replace(/ /g, "\u00a0")],
    [
      "tabs at 8-column stops",
      (t: string) => t.split("\n").map(unexpand).join("\n"),
    ],
  ])(
    "reads the same release written with %s the same way",
    (_name, rewrite) => {
      const text = fixture("pellucid-q2-2003.txt");
      const other = rewrite(text);
      expect(other).not.toBe(text);
      const again = parseRelease(other, "pellucid-q2-2003.txt");
      expect(essence(again)).toEqual(essence(rel));
      expect(again.facts.map((f) => f.line)).toEqual(
        rel.facts.map((f) => f.line),
      );
      expect(balanceOf(again).map((c) => c.status)).toEqual(["pass", "pass"]);
    },
  );

  it("has a tab rewrite that really uses tabs and expands back to the original", () => {
    const lines = fixture("pellucid-q2-2003.txt").split("\n");
    expect(lines.map(unexpand).some((l) => l.includes("\t"))).toBe(true);
    expect(lines.map((l) => expandTabs(unexpand(l)))).toEqual(lines);
  });
});

describe("an EDGAR exhibit in millions ('% Change' columns, block headings, <TABLE> tags)", () => {
  const rel = parse("quillfeather-q4-2004-overview.txt");
  const t = rel.tables[0];

  it("finds one table in millions, per-share rows unscaled", () => {
    expect(rel.tables).toHaveLength(1);
    expect(t.scale).toBe(1e6);
    expect(
      factsOf(rel, "Operating Revenues", "Q4-2004").map((f) => f.scale),
    ).toEqual([1e6, 1e6]);
    expect(factsOf(rel, "Basic Earnings Per Share", "FY2004")[0]).toMatchObject(
      { value: "2.10", unit: "USD/share", scale: 1, concept: "eps_basic" },
    );
  });

  it("reads '3 Months Ended December' and '12 Months Ended December' over year columns", () => {
    expect(t.columns.filter((c) => !c.percent).map((c) => c.period)).toEqual([
      "Q4-2004",
      "Q4-2003",
      "FY2004",
      "FY2003",
    ]);
  });

  it("makes the % Change columns percent columns without a period", () => {
    const pct = t.columns.filter((c) => c.percent);
    expect(pct).toHaveLength(2);
    expect(pct.every((c) => c.period === null)).toBe(true);
    const growth = rel.facts.filter(
      (f) => f.unit === "percent" && f.label === "Operating Revenues",
    );
    expect(growth.map((f) => [f.value, f.scale, f.section])).toEqual([
      ["8.4", 1, "Northern Division -"],
      ["4.4", 1, "Northern Division -"],
      ["3.5", 1, "Southern Division -"],
      ["3.1", 1, "Southern Division -"],
    ]);
  });

  it("drops '-', 'NM' and 'n/a' in a percent column (not meaningful) rather than reading zero", () => {
    const netIncome = t.rows.find(
      (r) => r.label === "Net Income" && r.section === "Northern Division -",
    )!;
    expect(netIncome.values).toEqual(["91", "-8", null, "588", "566", "3.9"]);
    const pretax = t.rows.find(
      (r) =>
        r.label === "Earnings Before Income Taxes" &&
        r.section === "Northern Division -",
    )!;
    expect(pretax.values[2]).toBeNull();
  });

  it("tells one label apart under two block headings by its section", () => {
    expect(
      value(rel, "Operating Revenues", "Q4-2004", "Northern Division -"),
    ).toBe("1845");
    expect(
      value(rel, "Operating Revenues", "Q4-2004", "Southern Division -"),
    ).toBe("412");
    expect(
      value(
        rel,
        "Earnings Before Income Taxes",
        "FY2003",
        "Southern Division -",
      ),
    ).toBe("150");
  });

  it("scales a share row by its own '(in millions)'", () => {
    expect(
      factsOf(rel, "Average Shares Outstanding (in millions)", "Q4-2004")[0],
    ).toMatchObject({ value: "255", unit: "shares", scale: 1e6 });
  });
});

describe("a retailer's release: 13-week columns and a table split by a page break", () => {
  const rel = parse("marrowbrook-q2-2004.txt");
  const t = rel.tables[0];

  it("reads the metadata", () => {
    expect(rel).toMatchObject({
      company: "Marrowbrook Stores, Inc.",
      ticker: "MBK",
      releaseDate: "2004-08-05",
    });
  });

  it("joins the two parts of the table into one", () => {
    expect(rel.tables).toHaveLength(1);
    expect(t.rows.map((r) => r.label)).toEqual([
      "Net sales",
      "Cost of sales",
      "Gross profit",
      "Selling, general and administrative",
      "Operating income",
      "Interest expense, net",
      "Income before income taxes",
      "Provision for income taxes",
      "Net income",
      "Basic",
      "Diluted",
      "Basic",
      "Diluted",
    ]);
    expect(t.rows.some((r) => r.section === "Marrowbrook Stores, Inc.")).toBe(
      false,
    );
  });

  it("names 13 and 26 weeks ended early July as the second quarter and first half", () => {
    expect(t.columns.map((c) => [c.column, c.period])).toEqual([
      ["13 Weeks Ended | July 3, | 2004", "Q2-2004"],
      ["13 Weeks Ended | July 5, | 2003", "Q2-2003"],
      ["26 Weeks Ended | July 3, | 2004", "6M-2004"],
      ["26 Weeks Ended | July 5, | 2003", "6M-2003"],
    ]);
  });

  it("scales by '(in thousands, except per share data)': money and share counts, not per-share amounts", () => {
    expect(t.scale).toBe(1000);
    expect(factsOf(rel, "Net income", "Q2-2004")[0]).toMatchObject({
      value: "6308",
      scale: 1000,
      unit: "USD",
    });
    const basic = rel.facts.filter(
      (f) => f.label === "Basic" && f.period === "Q2-2004",
    );
    expect(basic.map((f) => [f.concept, f.value, f.unit, f.scale])).toEqual([
      ["eps_basic", "0.42", "USD/share", 1],
      ["shares_basic", "14905", "shares", 1000],
    ]);
  });

  it("reads the same with form feeds for page breaks", () => {
    const text = fixture("marrowbrook-q2-2004.txt").replace(
      /^ +- more -$/gm,
      "\f",
    );
    expect(text).toContain("\f");
    expect(essence(parseRelease(text))).toEqual(essence(rel));
  });
});

describe("a release with Unicode, split dates and odd cells", () => {
  const rel = parse("tamarind-q2-2004.txt");
  const t = rel.tables[0];

  it("gives a second header line centred under a span ('June 30,') to both of its columns", () => {
    expect(t.columns.map((c) => [c.column, c.period])).toEqual([
      // "(Unaudited)" under a date is a header cell of that column, as the answer keys write it.
      ["Three Months Ended | June 30, | 2004 | (Unaudited)", "Q2-2004"],
      ["Three Months Ended | June 30, | 2003", "Q2-2003"],
      ["Six Months Ended | June 30, | 2004 | (Unaudited)", "6M-2004"],
      ["Six Months Ended | June 30, | 2003", "6M-2003"],
    ]);
    expect(rel.warnings).toEqual([]);
  });

  it("reads em dashes and 'nil' as zero, drops 'n/a', and reads Unicode minus and thin spaces", () => {
    expect(
      t.rows.find((r) => r.label === "Restructuring charge")?.values,
    ).toEqual(["0", "1200", "0", "1200"]);
    expect(t.rows.find((r) => r.label === "Other income")?.values).toEqual([
      "0",
      "15",
      null,
      "30",
    ]);
    expect(
      t.rows.find((r) => r.label === "Operating income (loss)")?.values,
    ).toEqual(["3100", "-412", "5880", "-102"]);
    expect(factsOf(rel, "Other income", "6M-2004")).toEqual([]);
  });

  it("drops footnote markers after figures", () => {
    expect(value(rel, "Cost of revenue", "Q2-2004")).toBe("4100");
    expect(value(rel, "Net income (loss)", "Q2-2004")).toBe("2015");
  });

  it("reads the same with CRLF line endings", () => {
    const crlf = parseRelease(
      fixture("tamarind-q2-2004.txt").replace(/\n/g, "\r\n"),
    );
    expect(essence(crlf)).toEqual(essence(rel));
  });

  it("reads the metadata without taking a header date for the release date", () => {
    expect(rel).toMatchObject({
      company: "Tamarind Software, Inc.",
      ticker: "TMSW",
      releaseDate: null,
    });
  });
});

describe("a release typed with tabs: two tables, dates from the title", () => {
  const rel = parse("zephyr-fy2004-tabs.txt");

  it("reads both tables", () => {
    expect(rel.tables.map((t) => [t.statement, t.title, t.scale])).toEqual([
      ["income", "STATEMENTS OF INCOME", 1000],
      ["balance", "CONDENSED BALANCE SHEETS", 1000],
    ]);
    // Prose stands between the tables and the balance sheet states no scale: its figures are of the income
    // statement's size, so it is read in thousands too, with a warning saying why.
    expect(
      rel.warnings.some((w) =>
        /states no scale.*of the size of/.test(w.message),
      ),
    ).toBe(true);
    expect(value(rel, "Sales", "FY2004")).toBe("81200");
    expect(value(rel, "Net income", "FY2003")).toBe("10111");
  });

  it("takes the balance-sheet dates for its year columns from the title", () => {
    expect(rel.tables[1].columns.map((c) => [c.column, c.period])).toEqual([
      ["2004", "2004-12-31"],
      ["2003", "2003-12-31"],
    ]);
    expect(balanceOf(rel).map((c) => [c.period, c.status, c.actual])).toEqual([
      ["2004-12-31", "pass", "99000"],
      ["2003-12-31", "pass", "90000"],
    ]);
  });
});

describe("a table stating no scale before the first that states one", () => {
  // Invented: a table of selected data, prose, then the statement "(In thousands)" printing the same revenues.
  const text = [
    "Acme Corp. reported its results today.",
    "",
    "SELECTED DATA",
    "                              Three Months Ended June 30,",
    "                                  2004          2003",
    "Revenues                        45,120        40,310",
    "Operating income                 5,210         4,870",
    "",
    "Acme Corp. said that demand for its widgets grew in every region during the quarter, and that",
    "it expects the same in the second half of the year as new plants open in Ohio and Texas.",
    "",
    "CONDENSED STATEMENTS OF INCOME",
    "(In thousands)",
    "                              Three Months Ended June 30,",
    "                                  2004          2003",
    "Revenues                        45,120        40,310",
    "Cost of revenues                30,010        27,200",
    "Net income                       3,100         2,900",
    "",
  ].join("\n");
  const rel = parseRelease(text, "selected-then-statement.txt");

  it("is measured against it once that table is read, and says so once", () => {
    expect(rel.tables.map((t) => [t.title, t.scale])).toEqual([
      ["SELECTED DATA", 1000],
      ["CONDENSED STATEMENTS OF INCOME", 1000],
    ]);
    const said = rel.warnings.filter((w) => /states no scale/.test(w.message));
    expect(said.map((w) => w.line)).toEqual([4]);
    expect(said[0].message).toMatch(
      /of the size of the table at line 14 \(×1000\)/,
    );
    expect(
      factsOf(rel, "Operating income").map((f) => [f.period, f.value, f.scale]),
    ).toEqual([
      ["Q2-2004", "5210", 1000],
      ["Q2-2003", "4870", 1000],
    ]);
    expect(rel.tables[0].rows.map((r) => [r.label, r.scale, r.values])).toEqual(
      [
        ["Revenues", 1000, ["45120", "40310"]],
        ["Operating income", 1000, ["5210", "4870"]],
      ],
    );
  });
});

describe("an EDGAR balance sheet split over two pages", () => {
  const rel = parse("osprey-q1-2005-balance.txt");

  it("joins the assets and the liabilities into one table", () => {
    expect(rel.tables).toHaveLength(1);
    expect(rel.tables[0]).toMatchObject({
      statement: "balance",
      title: "CONSOLIDATED BALANCE SHEETS",
      scale: 1000,
    });
    expect(rel.tables[0].columns.map((c) => c.period)).toEqual([
      "2005-03-31",
      "2004-12-31",
    ]);
  });

  it("checks each column in exact decimals: one agrees, one is off by a cent", () => {
    expect(
      balanceOf(rel).map((c) => [
        c.column,
        c.status,
        c.expected,
        c.actual,
        c.difference,
      ]),
    ).toEqual([
      ["March 31, | 2005", "pass", "12650.5", "12650.5", "0"],
      ["December 31, | 2004", "fail", "12410.25", "12410.24", "0.01"],
    ]);
    expect(balanceOf(rel)[1].message).toContain("difference 0.01");
    expect(balanceOf(rel)[1].lines).toEqual([18, 38]);
  });
});

describe("fiscal labels and a column with no knowable period", () => {
  const rel = parse("larkspur-q4-fy2004.txt");

  it("places 'Fourth Quarter' and 'Fiscal Year' by the fiscal calendar the narrative states", () => {
    expect(
      rel.tables[0].columns.map((c) => [
        c.column,
        c.period,
        c.fiscalPeriod ?? null,
        c.percent ?? false,
      ]),
    ).toEqual([
      ["Fourth Quarter | 2004", "Q4-2004", "FQ4-2004", false],
      ["Fourth Quarter | 2003", "Q4-2003", "FQ4-2003", false],
      ["% Chg.", null, null, true],
      ["Fiscal Year | 2004", "FY2004", null, false],
      ["Fiscal Year | 2003", "FY2003", null, false],
    ]);
    expect(factsOf(rel, "Net sales", "Q4-2004")[0]).toMatchObject({
      value: "88.4",
      scale: 1e6,
      fiscalPeriod: "FQ4-2004",
    });
  });

  it("gives a column without a period null and a warning naming it and its line", () => {
    expect(rel.tables[1].columns.map((c) => [c.column, c.period])).toEqual([
      ["Reported", null],
      ["Pro Forma", null],
    ]);
    expect(rel.warnings).toHaveLength(2);
    expect(rel.warnings[0]).toEqual({
      line: 26,
      message: expect.stringContaining('column "Reported"'),
    });
    expect(rel.warnings[1].message).toContain('"Pro Forma"');
    expect(
      factsOf(rel, "Net earnings", null)
        .filter((f) => f.unit !== "percent")
        .map((f) => f.value),
    ).toEqual(["18.8", "17.2"]);
  });

  it("recognises share counts named 'Diluted shares outstanding'", () => {
    expect(
      factsOf(rel, "Diluted shares outstanding", "FY2004")[0],
    ).toMatchObject({
      concept: "shares_diluted",
      unit: "shares",
      value: "12.1",
    });
  });
});

describe("small releases written inline", () => {
  const C = [48, 62];

  it("warns about a year column whose end date the release never gives", () => {
    const text = [
      "                      SUMMARY",
      "",
      row("", ["2004", "2003"], C),
      row("Revenues", ["1,000", "900"], C),
      row("Net income", ["100", "90"], C),
    ].join("\n");
    const rel = parseRelease(text);
    expect(rel.tables[0].columns.map((c) => c.period)).toEqual([null, null]);
    expect(rel.warnings.map((w) => w.line)).toEqual([3, 3]);
    expect(rel.warnings[0].message).toMatch(
      /column "2004" of the table at line 3 has no period: no end date for 2004/,
    );
  });

  it("reads EDGAR's escaped underline and the ### end mark as furniture, not rows", () => {
    const text = [
      fw(at(38, "Year Ended December 31,")),
      row("", ["2004", "2003"], C),
      "- ------------------------------------------------------------",
      row("Revenues", ["$ 1,000", "$ 900"], C),
      "- ------",
      row("Net income", ["$ 100", "$ 90"], C),
      "",
      "                               ###",
    ].join("\n");
    const rel = parseRelease(text);
    expect(rel.tables[0].rows.map((r) => [r.label, r.total])).toEqual([
      ["Revenues", false],
      ["Net income", true],
    ]);
    expect(rel.tables[0].columns.map((c) => c.period)).toEqual([
      "FY2004",
      "FY2003",
    ]);
  });

  it("reads 'Quarter Ended January 31, 2004' as the fourth calendar quarter of 2003", () => {
    const text = [
      fw(right(48, "Quarter Ended"), right(68, "Quarter Ended")),
      fw(right(48, "January 31, 2004"), right(68, "January 31, 2003")),
      row("Net sales", ["5,000", "4,800"], [48, 68]),
      row("Net earnings", ["250", "240"], [48, 68]),
    ].join("\n");
    expect(parseRelease(text).tables[0].columns.map((c) => c.period)).toEqual([
      "Q4-2003",
      "Q4-2002",
    ]);
  });

  it("reads 'Year Ended May 31, 2014' as FY2014 and its quarter as Q2-2014", () => {
    const text = [
      fw(right(48, "Quarter Ended"), right(64, "Year Ended")),
      fw(right(48, "May 31, 2014"), right(64, "May 31, 2014")),
      row("Revenues", ["5,000", "19,800"], [48, 64]),
      row("Net income", ["250", "940"], [48, 64]),
    ].join("\n");
    expect(parseRelease(text).tables[0].columns.map((c) => c.period)).toEqual([
      "Q2-2014",
      "FY2014",
    ]);
  });

  it("reads nine-month columns", () => {
    const text = [
      fw(right(48, "Nine Months Ended"), right(70, "Nine Months Ended")),
      fw(right(48, "September 30, 2003"), right(70, "September 30, 2002")),
      row("Revenues", ["5,000", "4,800"], [48, 70]),
      row("Net loss", ["(250)", "(240)"], [48, 70]),
    ].join("\n");
    const rel = parseRelease(text);
    expect(rel.tables[0].columns.map((c) => c.period)).toEqual([
      "9M-2003",
      "9M-2002",
    ]);
    expect(value(rel, "Net loss", "9M-2003")).toBe("-250");
  });
});

describe("statement kinds", () => {
  const C = [52, 66];
  const text = [
    "                    CONDENSED STATEMENTS OF CASH FLOWS",
    "                            (in thousands)",
    "",
    fw(at(42, "Six Months Ended June 30,")),
    row("", ["2004", "2003"], C),
    row("Net income", ["$ 3,810", "$ (75)"], C),
    row("Depreciation and amortization", ["1,204", "1,150"], C),
    row("Net cash provided by operating activities", ["5,014", "1,075"], C),
    "",
    "",
    "",
    "This paragraph of narrative separates the two tables of the release from each other.",
    "It goes on long enough on its second line to be read as prose and not as a heading.",
    "",
    "                              STORE DATA",
    "",
    fw(at(42, "Six Months Ended June 30,")),
    row("", ["2004", "2003"], C),
    row("Stores opened", ["12", "9"], C),
    row("Stores closed", ["3", "--"], C),
  ].join("\n");
  const rel = parseRelease(text);

  it("names a cash-flow statement 'cashflow' and a table of other figures 'other'", () => {
    expect(rel.tables.map((t) => [t.statement, t.title])).toEqual([
      ["cashflow", "CONDENSED STATEMENTS OF CASH FLOWS"],
      ["other", "STORE DATA"],
    ]);
  });

  it("still finds net income in the cash-flow statement, and reads a dash as zero", () => {
    expect(factsOf(rel, "Net income", "6M-2003")[0]).toMatchObject({
      statement: "cashflow",
      concept: "net_income",
      value: "-75",
      scale: 1000,
    });
    expect(value(rel, "Stores closed", "6M-2003")).toBe("0");
  });
});

describe("input that is not a release", () => {
  it.each([
    ["empty", "", /empty/],
    ["blank", "   \n\n  \n", /empty/],
    ["binary", "\x00\x01\x02PK\x03\x04" + "\x00".repeat(50), /not a text file/],
    [
      "without a table",
      "Pellucid Instruments Corporation announced today that its chief executive will retire.\n\nNo figures here.",
      /no financial table found/,
    ],
  ])(
    "gives an error for %s input, with no tables or facts",
    (_name, text, message) => {
      const rel = parseRelease(text, "input.txt");
      expect(rel.error?.message).toMatch(message);
      expect(rel.source).toBe("input.txt");
      expect(rel.tables).toEqual([]);
      expect(rel.facts).toEqual([]);
      expect(balanceOf(rel)).toEqual([]);
    },
  );

  it("names the source '-' when none is given", () => {
    expect(parseRelease("").source).toBe("-");
  });
});

describe("a scale statement carries to the next table only across page furniture", () => {
  const table = (first: string) => [
    fw(right(50, "2004"), right(64, "2003")),
    row(first, ["1,200", "1,100"], [50, 64]),
    row("Net income", ["300", "250"], [50, 64]),
  ];
  const head = [
    fw(at(20, "ZETA PARTS INC.")),
    fw(at(20, "(In thousands)")),
    "<TABLE>",
    fw(at(40, "Year Ended December 31,")),
    ...table("Revenues"),
    "</TABLE>",
  ];
  it("the second half of an EDGAR <TABLE> pair shares the scale", () => {
    const r = parseRelease(
      [...head, "", "<TABLE>", ...table("Sales"), "</TABLE>", ""].join("\n"),
    );
    expect(r.tables.map((t) => t.scale)).toEqual([1000, 1000]);
  });
  it("a table with its own title and narrative in between does not", () => {
    const text = [
      ...head,
      "",
      "Store counts at year end were as follows:",
      "",
      fw(at(20, "STORE DATA")),
      "",
      ...table("Stores"),
      "",
    ].join("\n");
    const r = parseRelease(text);
    expect(r.tables.map((t) => t.scale)).toEqual([1000, 1]);
  });
});

describe("a statement of stockholders' equity continued in a second <TABLE> under other columns", () => {
  const text = [
    "                   STATEMENTS OF STOCKHOLDERS' EQUITY",
    "                     YEAR ENDED DECEMBER 31, 1997",
    "<TABLE>",
    "<CAPTION>",
    "                                         COMMON STOCK",
    "                                     ---------------------",
    "                                       SHARES      AMOUNT",
    "<S>                                  <C>         <C>",
    "BALANCES, December 31, 1996          1,200,000   $ 12,000",
    "Issuance of common stock               300,000      3,000",
    "BALANCES, December 31, 1997          1,500,000   $ 15,000",
    "</TABLE>",
    "<PAGE>",
    "<TABLE>",
    "<CAPTION>",
    "                                     ACCUMULATED",
    "                                       DEFICIT        TOTAL",
    "<S>                                  <C>            <C>",
    "BALANCES, December 31, 1996          $ (4,000)     $  8,000",
    "Net loss                               (2,500)       (2,500)",
    "BALANCES, December 31, 1997          $ (6,500)     $  8,500",
    "</TABLE>",
  ].join("\n");

  it("keeps the statement and its title, though its rows include a net loss", () => {
    const r = parseRelease(text, "equity.txt");
    expect(r.tables.map((t) => [t.statement, t.title])).toEqual([
      ["other", "STATEMENTS OF STOCKHOLDERS' EQUITY"],
      ["other", "STATEMENTS OF STOCKHOLDERS' EQUITY"],
    ]);
  });
});

describe("'% of Sales' columns beside each period's amounts", () => {
  // Invented: the ratios printed before each period's amounts; swapped below to stand after them.
  const ratiosFirst = fixture("vireo-q2-2004-ratios.txt");

  it("ratios printed before their amounts take the period on their right", () => {
    const r = parseRelease(ratiosFirst, "vireo.txt");
    expect(
      r.tables[0].columns.map((c) => [c.period, c.percent ?? false]),
    ).toEqual([
      ["Q2-2004", true],
      ["Q2-2004", false],
      ["Q2-2003", true],
      ["Q2-2003", false],
    ]);
    expect(
      r.facts.filter((f) => f.unit === "percent").every((f) => f.scale === 1),
    ).toBe(true);
  });

  it("ratios printed after their amounts take the period on their left", () => {
    const ratiosAfter = ratiosFirst
      .replace(
        "                   % of    June 30,     % of    June 30,",
        "                    June 30,    % of     June 30,    % of",
      )
      .replace(
        "                   Sales     2004       Sales     2003",
        "                      2004      Sales      2003      Sales",
      )
      .replace(
        "Net sales          100.0   $ 50,000    100.0   $ 45,000",
        "Net sales          $ 50,000    100.0   $ 45,000    100.0",
      )
      .replace(
        "Net income           6.0      3,000      5.0      2,250",
        "Net income            3,000      6.0      2,250      5.0",
      );
    expect(ratiosAfter).not.toBe(ratiosFirst);
    const r = parseRelease(ratiosAfter, "vireo.txt");
    expect(r.tables[0].columns.map((c) => c.period)).toEqual([
      "Q2-2004",
      "Q2-2004",
      "Q2-2003",
      "Q2-2003",
    ]);
  });
});

describe("a table whose columns have no headers at all", () => {
  it("keeps its rows in the table but emits no fact, and says why", () => {
    const text = [
      "Osprey Labs Inc. (NYSE: OSL) reported today.",
      "",
      "      A summary of stock option activity is as follows:",
      "",
      "      Outstanding, beginning of year          808,019        0.16",
      "      Granted                                 395,273        0.44",
      "      Exercised                              (390,000)       0.01",
      "      Outstanding, end of year                813,292        0.30",
    ].join("\n");
    const r = parseRelease(text, "osprey.txt");
    expect(r.tables).toHaveLength(1);
    expect(r.facts).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/has no column headers.*left out/),
    );
  });
});

describe("a table laid out mostly empty", () => {
  const body = Array.from(
    { length: 200 },
    (_, i) =>
      `Item ${i}`.padEnd(30) +
      String(1000 + i).padStart(8) +
      String(2000 + i).padStart(8),
  );
  const text = (rows: string[]) =>
    [
      "Invented Holdings (NYSE: IVH) reports.",
      "",
      " ".repeat(30) + "Year Ended December 31,".padStart(16),
      " ".repeat(30) + "2004".padStart(8) + "2003".padStart(8),
      ...rows,
    ].join("\n");
  const wide =
    "Wide row".padEnd(30) +
    Array.from({ length: 1000 }, (_, k) => String(3000 + k).padStart(8)).join(
      "",
    );

  it("keeps the figures of its dense columns as they are, says what it left out, and drops a table left with none", () => {
    const plain = parseRelease(text(body), "t.txt");
    const thinned = parseRelease(text([wide, ...body]), "t.txt");
    // The same facts, each a line further down (the wide row stands above them).
    const items = (r: Release, shift: number) =>
      r.facts
        .filter((f) => f.label.startsWith("Item "))
        .map((f) => ({ ...plainFact(f), line: f.line - shift }));
    expect(items(plain, 0)).toHaveLength(400);
    expect(items(thinned, 1)).toEqual(items(plain, 0));
    // Named by its first line, its header's.
    expect(thinned.warnings).toContainEqual({
      line: 3,
      message: expect.stringMatching(
        /^the table at line 3 is laid out mostly empty \(201 rows × 1000 columns for 1400 figures\): its 998 columns with a figure in fewer than one row in four, holding 998 figures, are left out$/,
      ),
    });
    // Every column sparse: no table at all, and the warning says so.
    const stairs = Array.from(
      { length: 400 },
      (_, i) =>
        `Item ${i}`.padEnd(30) + " ".repeat(8 * i) + "1,234".padStart(8),
    );
    const none = parseRelease(text(stairs), "t.txt");
    expect(none.tables).toEqual([]);
    expect(none.facts).toEqual([]);
    // A table after it keeps its facts, each pointing at it.
    const after = parseRelease(
      `${text(stairs)}\n\n${text(body.slice(0, 3))}`,
      "t.txt",
    );
    expect(after.tables).toHaveLength(1);
    expect(after.facts.map((f) => [f.table, f.label, f.value])).toEqual([
      [0, "Item 0", "1000"],
      [0, "Item 0", "2000"],
      [0, "Item 1", "1001"],
      [0, "Item 1", "2001"],
      [0, "Item 2", "1002"],
      [0, "Item 2", "2002"],
    ]);
    expect(none.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /laid out mostly empty .*: no column has a figure in one row in four, so it is left out$/,
      ),
    );
  });
});
