// Figures a hand audit found wrong, each fixed by a rule for its format and checked here on invented releases:
// growth-rate blocks stacked under the dollars' columns, prices named in equity-statement labels, columns headed
// SHARES / AMOUNT, trailing twelve-month tables, "(242) bp." cells, and a heading-only HTML <tr>.
import { readFileSync } from "fs";
import { join } from "path";
import { analyzeLine } from "../src/cells";
import { Fact, Release } from "../src/model";
import { parseValue } from "../src/numbers";
import { parseRelease } from "../src/parse";
import { learnCalendar, resolvePeriod } from "../src/periods";
import { figureUnit, rowUnit } from "../src/units";

const parse = (name: string): Release =>
  parseRelease(readFileSync(join(__dirname, "fixtures", name), "utf8"), name);

const factsAt = (rel: Release, line: number): Fact[] =>
  rel.facts.filter((f) => f.line === line);

const rowAt = (rel: Release, line: number) =>
  rel.tables.flatMap((t) => t.rows).find((r) => r.line === line)!;

describe("a table stacking blocks of dollars and blocks of growth rates under the same columns", () => {
  const rel = parse("rowan-oak-q4-fy2021-supplemental.htm");
  const t = rel.tables.findIndex(
    (x) => x.title === "SUPPLEMENTAL ANALYSIS OF REVENUES",
  );
  const facts = rel.facts.filter((f) => f.table === t);
  const labelled = (section: string, label: string) =>
    facts.filter((f) => f.section === section && f.label === label);

  it("keeps the dollar rows in dollars, at the caption's scale and the column's period, in every column", () => {
    for (const section of ["REVENUES BY PRODUCT", "REVENUES BY REGION"]) {
      const fs = labelled(section, "Total revenues");
      expect(fs).toHaveLength(5);
      for (const f of fs) {
        expect(f.unit).toBe("USD");
        expect(f.scale).toBe(1e6);
        expect(f.period).not.toBeNull();
      }
    }
    const total = labelled("REVENUES BY PRODUCT", "Total revenues").find(
      (f) => f.column === "Fiscal 2021 | TOTAL",
    )!;
    expect([total.value, total.period]).toEqual(["18245", "FY2021"]);
  });

  it("makes the growth rows percentages at scale 1, in the dated columns and the TOTAL column alike", () => {
    for (const section of [
      "REVENUE GROWTH RATES",
      "CONSTANT CURRENCY GROWTH RATES",
    ]) {
      const fs = labelled(section, "Licenses");
      expect(fs).toHaveLength(5);
      for (const f of fs) expect([f.unit, f.scale]).toEqual(["percent", 1]);
    }
    expect(
      labelled("REVENUE GROWTH RATES", "Licenses").map((f) => f.value),
    ).toEqual(["-9", "2", "5", "14", "4"]);
  });

  it("states the same units in the table's rows as in the facts", () => {
    for (const row of rel.tables[t].rows) {
      const units = new Set(factsAt(rel, row.line).map((f) => f.unit));
      expect([...units]).toEqual([row.unit]);
      expect(row.scale).toBe(row.unit === "percent" ? 1 : 1e6);
    }
  });

  it("leaves no column of the table flagged as percent", () => {
    expect(rel.tables[t].columns.some((c) => c.percent)).toBe(false);
  });
});

describe("a table of trailing twelve-month figures under quarter columns", () => {
  const rel = parse("rowan-oak-q4-fy2021-supplemental.htm");
  const t = rel.tables.findIndex((x) =>
    /TRAILING 4-QUARTERS/.test(x.title ?? ""),
  );

  it("gives its columns no quarter period and no fiscal quarter, with a warning", () => {
    expect(t).toBeGreaterThanOrEqual(0);
    for (const c of rel.tables[t].columns) {
      expect(c.period).toBeNull();
      expect(c.fiscalPeriod).toBeUndefined();
    }
    const fcf = rel.facts.filter(
      (f) => f.table === t && f.label === "Free cash flow",
    );
    expect(fcf.map((f) => [f.value, f.period, f.fiscalPeriod])).toEqual([
      ["5600", null, undefined],
      ["5675", null, undefined],
      ["5825", null, undefined],
      ["6025", null, undefined],
    ]);
    expect(
      rel.warnings.some((w) => /trailing twelve-month/.test(w.message)),
    ).toBe(true);
  });

  it("reads trailing, TTM, LTM and last-twelve-months titles, but not over a header that states its length", () => {
    const calendar = learnCalendar([], "");
    const at = (header: string, title: string) =>
      resolvePeriod(header, {
        title,
        balance: false,
        calendar,
        siblings: [header],
      }).period;
    for (const title of [
      "EBITDA - TTM",
      "Adjusted EBITDA (LTM)",
      "Revenue for the last twelve months",
      "Trailing Twelve Months Free Cash Flow",
    ])
      expect(at("Quarter Ended | June 30, 2004", title)).toBeNull();
    expect(at("Three Months Ended | June 30, 2004", "Trailing data")).toBe(
      "Q2-2004",
    );
    expect(at("TTM | June 30, 2004", "")).toBeNull();
    expect(at("Quarter Ended | June 30, 2004", "Selected data")).toBe(
      "Q2-2004",
    );
  });
});

describe("a change printed in basis points", () => {
  it("reads '(242) bp.', '35 bps' and '1.2 pts' as figures in points, not as text", () => {
    expect(parseValue("(242) bp.")).toMatchObject({
      value: "-242",
      points: true,
      percent: false,
    });
    expect(parseValue("35 bps")?.value).toBe("35");
    expect(parseValue("1.2 pts")?.points).toBe(true);
    expect(parseValue("bp.")).toBeNull();
    expect(parseValue("12% bp")).toBeNull();
  });

  it("keeps a fixed-width line ending in '(180) bp.' a row of three figures", () => {
    const line = "Operating margin            36.0%       38.0%     (180) bp.";
    const a = analyzeLine(line);
    expect(a.label?.text).toBe("Operating margin");
    expect(
      a.values.map((v) => [v.value, v.percent ?? false, v.points ?? false]),
    ).toEqual([
      ["36.0", true, false],
      ["38.0", true, false],
      ["-180", false, true],
    ]);
    expect(
      analyzeLine("Operating margin    36.0%    38.0%    (180) bp x").values,
    ).toEqual([]);
  });

  it("keeps the margin row a row (not a heading over NET INCOME), its bp figure of unit other", () => {
    const rel = parse("rowan-oak-q4-fy2021-supplemental.htm");
    const t = rel.tables[0];
    const margin = t.rows.find((r) => r.label === "OPERATING MARGIN %")!;
    expect(margin.values).toEqual(["36", "38", "-180"]);
    const net = t.rows.find((r) => r.label === "NET INCOME")!;
    expect(net.headings ?? []).toEqual([]);
    expect(
      factsAt(rel, margin.line).map((f) => [f.value, f.unit, f.period]),
    ).toEqual([
      ["36", "percent", "Q2-2021"],
      ["38", "percent", "Q2-2020"],
      ["-180", "other", null],
    ]);
  });
});

describe("an HTML heading in a <tr> of its own", () => {
  it("heads the rows under it instead of running into the next row's label", () => {
    const rel = parse("rowan-oak-q4-fy2021-supplemental.htm");
    const t = rel.tables.find((x) =>
      x.rows.some((r) => r.label.startsWith("iGrove")),
    )!;
    expect(t.rows.map((r) => r.label)).toEqual([
      "iGrove (1)",
      "eLedger",
      "Total products",
    ]);
    for (const r of t.rows) expect(r.section).toBe("Product Summary");
  });
});

describe("shares and prices in an equity statement and a cash-flow statement", () => {
  it("does not take a price named in a label for a per-share row", () => {
    expect(
      rowUnit("Issuance of common stock for cash at $0.50 per share"),
    ).toBe("USD");
    expect(
      rowUnit(
        "In March 1997",
        "Issuance of Series B preferred stock at $3.00 per share, net of issuance costs:",
      ),
    ).toBe("USD");
    expect(rowUnit("Cash dividends declared ($.10 per share)")).toBe("USD");
    expect(
      rowUnit(
        "Common stock, $.01 par value per share; authorized 50,000,000 shares",
      ),
    ).toBe("USD");
    expect(rowUnit("Net income per share")).toBe("USD/share");
    expect(rowUnit("Dividends per share", "Per share data:")).toBe("USD/share");
  });

  it("takes shares withheld or repurchased for taxes as money paid", () => {
    expect(
      rowUnit(
        "Shares repurchased for tax withholdings upon vesting of restricted stock-based awards",
      ),
    ).toBe("USD");
    const rel = parse("rowan-oak-q4-fy2021-supplemental.htm");
    const fs = rel.facts.filter((f) => /tax withholdings/.test(f.label));
    expect(fs.map((f) => [f.value, f.unit, f.scale])).toEqual([
      ["-412", "USD", 1e6],
      ["-388", "USD", 1e6],
    ]);
  });

  it("lets a SHARES column rule the row's label: share counts", () => {
    const row = { label: "Basic EPS", unit: "USD/share" as const, scale: 1 };
    expect(figureUnit(row, { unit: "shares" })).toEqual({
      unit: "shares",
      scale: 1,
    });
  });

  it("emits SHARES figures as share counts and AMOUNT figures as dollars", () => {
    const rel = parse("hollybrook-equity-1997.txt");
    const t = rel.tables[0];
    expect(t.columns.map((c) => c.unit)).toEqual([
      "shares",
      "USD",
      "shares",
      "USD",
      undefined,
    ]);
    const may = t.rows.find((r) => r.label.startsWith("In May 1997"))!;
    expect(may.unit).toBe("USD");
    expect(
      factsAt(rel, may.line)
        .filter((f) => f.value !== "0")
        .map((f) => [f.column, f.value, f.unit]),
    ).toEqual([
      ["COMMON STOCK | SHARES", "310000", "shares"],
      ["COMMON STOCK | AMOUNT", "124000", "USD"],
      ["TOTAL", "124000", "USD"],
    ]);
    const founders = rowAt(rel, may.line - 4);
    expect(founders.label).toMatch(/^Issuance of common stock for cash to/);
    expect(rel.facts.some((f) => f.unit === "USD/share")).toBe(false);
  });
});

describe("HTML rows that are one label broken over two <tr>s", () => {
  it("joins a label that breaks off mid-phrase with the lower-case rest in the next <tr>", () => {
    const page = `<html><body><p>Lindenfield Corp. reports results for the quarter ended June 30, 2004.</p>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p>
<table>
<tr><td></td><td>Three Months Ended June 30, 2004</td><td>Three Months Ended June 30, 2003</td></tr>
<tr><td>Net sales</td><td>12,410</td><td>11,020</td></tr>
<tr><td>Net income applicable to</td><td></td><td></td></tr>
<tr><td>common stockholders</td><td>1,215</td><td>1,008</td></tr>
<tr><td>Segment results</td><td></td><td></td></tr>
<tr><td>eStores</td><td>3,100</td><td>2,750</td></tr>
</table></body></html>`;
    const rel = parseRelease(page, "lindenfield.htm");
    const labels = rel.tables[0].rows.map((r) => [r.label, r.section ?? null]);
    expect(labels).toEqual([
      ["Net sales", null],
      ["Net income applicable to common stockholders", null],
      ["eStores", "Segment results"],
    ]);
  });
});
