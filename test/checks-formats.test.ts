// The layouts that gave false alarms in real releases, rebuilt with invented figures: each now passes where its
// figures agree, fails where one is changed, and skips (saying why) where the layout cannot say what sums to what.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { balanceChecks } from "../src/checks/balance";
import { epsChecks } from "../src/checks/eps";
import { footingChecks } from "../src/checks/footing";
import { taxChecks } from "../src/checks/tax";
import { judge, tolerance } from "../src/checks/tolerance";
import { Decimal } from "../src/decimal";
import { Check, Row, Table } from "../src/model";
import { parseRelease } from "../src/parse";

const FIXTURE = join(__dirname, "fixtures", "wexford-q4-1998-checks.txt");
const text = readFileSync(FIXTURE, "utf8");
const failures = (cs: Check[]) => cs.filter((c) => c.status === "fail");
const changed = (from: string, to: string) => {
  expect(text.split(from)).toHaveLength(2); // the figure is printed once
  return parseRelease(text.replace(from, to), "wexford.txt").checks;
};

describe("an EDGAR-era release: sub-headings without subtotals, sibling subtotals, a loss year", () => {
  const checks = parseRelease(text, "wexford.txt").checks;

  it("passes every check of figures that agree", () => {
    expect(failures(checks)).toEqual([]);
    expect(checks.filter((c) => c.status === "skip")).toEqual([]);
    expect(new Set(checks.map((c) => c.id))).toEqual(
      new Set(["balance.identity", "footing.total", "eps.ratio", "tax"]),
    );
  });

  it("counts the rows of a sub-heading without a subtotal ('Convertible preferred stock:' Series A, B) in the total above", () => {
    const equity = checks.filter(
      (c) => c.id === "footing.total" && /stockholders' equity/.test(c.message),
    );
    expect(equity.map((c) => [c.status, c.lines])).toEqual([
      ["pass", [41, 42, 43, 44, 46]],
      ["pass", [41, 42, 43, 44, 46]],
    ]);
    const after = changed("400,000         400,000", "400,010         400,000");
    expect(failures(after).map((c) => [c.id, c.period, c.difference])).toEqual([
      ["footing.total", "1998-12-31", "-10"],
    ]);
  });

  it("sums sibling subtotals (current, non-current, equity) into the closing total, each once", () => {
    const closing = checks.filter(
      (c) => c.id === "footing.total" && c.lines.includes(48),
    );
    expect(closing.map((c) => [c.status, c.lines])).toEqual([
      ["pass", [31, 37, 46, 48]],
      ["pass", [31, 37, 46, 48]],
    ]);
    // a subtotal changed by 10 fails its own footing and the closing total's
    const after = changed("400,000\n\nNON-CURRENT", "400,010\n\nNON-CURRENT");
    expect(
      failures(after).map((c) => [c.id, c.period, c.lines.at(-1)]),
    ).toEqual([
      ["footing.total", "1997-12-31", 31],
      ["footing.total", "1997-12-31", 48],
    ]);
  });

  it("passes diluted EPS printed equal to basic under a net loss, against basic shares (anti-dilution)", () => {
    const diluted = checks.find(
      (c) => c.id === "eps.ratio" && c.period === "FY1997" && c.lines[2] === 75,
    )!;
    expect(diluted).toMatchObject({ status: "pass", lines: [70, 78, 75] });
    expect(diluted.message).toMatch(/anti-dilutive/);
  });

  it("checks the tax down to the subtotal after it, then the extraordinary item down to net income", () => {
    const tax = checks.filter((c) => c.id === "tax");
    expect(tax.map((c) => [c.period, c.status, c.lines])).toEqual([
      ["FY1998", "pass", [64, 65, 67]],
      ["FY1997", "pass", [64, 65, 67]],
      ["FY1998", "pass", [67, 68, 70]],
      ["FY1997", "pass", [67, 68, 70]],
    ]);
    const after = changed("120,000          10,000", "120,010          10,000");
    expect(failures(after).map((c) => [c.id, c.period])).toEqual([
      ["tax", "FY1998"],
    ]);
  });
});

// ---- tables built by hand -------------------------------------------------------------------------------------------

let line = 0;
function row(
  label: string,
  values: (string | null)[],
  extra: Partial<Row> = {},
): Row {
  return {
    label,
    concept: null,
    values,
    line: ++line,
    total: /^(sub)?total/i.test(label),
    unit: "USD",
    scale: 1,
    ...extra,
  };
}
function table(
  title: string,
  rows: Row[],
  columns: string[] = ["FY2004", "FY2003"],
  statement: Table["statement"] = "other",
): Table {
  return {
    title,
    statement,
    scale: 1,
    firstLine: 1,
    lastLine: 999,
    columns: columns.map((c) => ({
      column: c,
      period: c,
      percent: c.endsWith("%"),
    })),
    rows,
  };
}

describe("footing.total by format", () => {
  it("counts a 'Subtotal' once: the total sums it, not the rows under it (a product summary)", () => {
    const t = table("Product Summary", [
      row("Desktops", ["120", "110"]),
      row("Notebooks", ["80", "70"]),
      row("Subtotal computers", ["200", "180"]),
      row("Music players", ["50", "40"]),
      row("Software & other", ["25", "20"]),
      row("Total company", ["275", "240"]),
    ]);
    const cs = footingChecks(t);
    expect(cs.map((c) => [c.status, c.lines.length])).toEqual([
      ["pass", 3],
      ["pass", 3],
      ["pass", 4],
      ["pass", 4],
    ]);
  });

  it("foots units and revenue columns apart: a row with units where the total has none is no misalignment", () => {
    const t = table(
      "Product Summary",
      [
        row("Desktops", ["12", "120"]),
        row("Other", [null, "30"]),
        row("Total company", [null, "150"]),
      ],
      ["Units", "Revenue"],
    );
    expect(footingChecks(t).map((c) => [c.column, c.status])).toEqual([
      ["Revenue", "pass"],
    ]);
    t.rows[1] = { ...t.rows[1], values: [null, "40"] };
    expect(footingChecks(t).map((c) => c.status)).toEqual(["fail"]);
  });

  it("never foots a reconciliation to non-GAAP measures (its rows are picked measures and adjustments)", () => {
    const t = table(
      "RECONCILIATION OF SELECTED GAAP MEASURES TO NON-GAAP MEASURES",
      [
        row("TOTAL REVENUES", ["900", "0", "900"]),
        row("Software revenues", ["500", "0", "500"]),
        row("TOTAL OPERATING EXPENSES", ["700", "-80", "620"]),
      ],
      ["GAAP", "Adj.", "Non-GAAP"],
    );
    expect(footingChecks(t)).toEqual([]);
  });

  it("skips, never fails, a total whose rows are misaligned (a figure beside the label, another in a blank column)", () => {
    const t = table(
      "BALANCE SHEETS",
      [
        row("", ["500", null, null, null]),
        row("Retained earnings 80", [null, null, null, "-20"]),
        row("Accumulated other loss", [null, null, "-90", "-110"]),
        row("Total shareholders' equity", ["490", "370", null, null]),
      ],
      ["Dec", "Sep", "x", "y"],
    );
    const cs = footingChecks(t);
    // the other column has no figure above its total: no check there
    expect(cs.map((c) => c.status)).toEqual(["skip"]);
    expect(cs[0].message).toMatch(/no label|misaligned/);
  });

  it("fails a highlights total only where another column shows its rows sum to it", () => {
    const rows = () => [
      row("Retail", ["122", "117"]),
      row("Wholesale", ["44", "30"]),
      row("Total", ["166", "147"]),
    ];
    const t = table("Financial Highlights", rows());
    expect(footingChecks(t).map((c) => c.status)).toEqual(["pass", "pass"]);
    t.rows[0] = { ...t.rows[0], values: ["132", "117"] };
    expect(footingChecks(t).map((c) => c.status)).toEqual(["fail", "pass"]);
    const picked = table("Financial Highlights", rows());
    picked.rows[2] = { ...picked.rows[2], values: ["300", "250"] };
    expect(footingChecks(picked).map((c) => c.status)).toEqual([
      "skip",
      "skip",
    ]);
  });

  it("sums from the heading a total names where the items run back out to the heading's margin", () => {
    const LE = ["LIABILITIES AND EQUITY"];
    const SE = [...LE, "STOCKHOLDERS' EQUITY:"];
    const t = table(
      "BALANCE SHEET",
      [
        row("Accounts payable", ["300"], { headings: [...LE, "CURRENT:"] }),
        row("Total current liabilities", ["300"], {
          headings: [...LE, "CURRENT:"],
        }),
        row("LINE OF CREDIT", ["70"], { headings: LE }),
        row("Series A", ["500"], { headings: SE }),
        row("Series B", ["400"], { headings: SE }),
        row("Common stock", ["700"], { headings: LE }),
        row("Accumulated deficit", ["-900"], { headings: LE }),
        row("Total stockholders' equity", ["700"], { headings: LE }),
      ],
      ["FY2004"],
    );
    expect(footingChecks(t).map((c) => [c.status, c.lines.length])).toEqual([
      ["pass", 5],
    ]);
  });
});

describe("balance.identity by format", () => {
  it("finds the closing total however its equity is named ('STOCKHOLDERS' (DEFICIT) EQUITY')", () => {
    const t = table(
      "BALANCE SHEETS",
      [
        row("TOTAL ASSETS", ["1000", "900"], { concept: "total_assets" }),
        row("TOTAL LIABILITIES AND STOCKHOLDERS' (DEFICIT) EQUITY", [
          "1000",
          "901",
        ]),
      ],
      ["2022-05-31", "2021-05-31"],
      "balance",
    );
    expect(balanceChecks(t).map((c) => [c.status, c.difference])).toEqual([
      ["pass", "0"],
      ["fail", "-1"],
    ]);
  });
});

describe("eps.ratio by format", () => {
  const income = (eps: string, diluted: string) =>
    table(
      "STATEMENTS OF EARNINGS",
      [
        row("Net earnings (loss)", ["-12219", "5942"], {
          concept: "net_income",
          scale: 1000,
        }),
        row("Primary net earnings (loss) per common share", [eps, "0.06"], {
          concept: "eps_basic",
          unit: "USD/share",
        }),
        row(
          "Fully diluted net earnings (loss) per common share",
          [diluted, "0.05"],
          { concept: "eps_diluted", unit: "USD/share" },
        ),
        row("Average common shares, primary", ["106710", "91364"], {
          concept: "shares_basic",
          unit: "shares",
          scale: 1000,
        }),
        row("Average common shares, fully diluted", ["124293", "110451"], {
          concept: "shares_diluted",
          unit: "shares",
          scale: 1000,
        }),
      ],
      ["FY1993", "FY1992"],
      "income",
    );

  it("fails a fully diluted EPS printed as earnings beside a net loss (a real discrepancy)", () => {
    const cs = epsChecks(income("-0.11", "0.03"));
    const bad = failures(cs);
    expect(bad.map((c) => [c.period, c.expected, c.actual])).toEqual([
      ["FY1993", "0.03", "-0.0983"],
    ]);
    expect(bad[0].message).toMatch(/opposite sign/);
  });

  it("passes a fully diluted EPS printed equal to primary under a loss", () => {
    const cs = epsChecks(income("-0.11", "-0.11"));
    expect(failures(cs)).toEqual([]);
    const diluted = cs.find(
      (c) => c.period === "FY1993" && /anti-dilutive/.test(c.message),
    );
    expect(diluted).toMatchObject({ status: "pass", expected: "-0.11" });
  });
});

describe("tax by format", () => {
  const statement = (between: Row[], tax = "40", net = "60") =>
    table(
      "STATEMENTS OF INCOME",
      [
        row("Income before income taxes", ["100"], {
          concept: "pretax_income",
        }),
        row("Provision for income taxes", [tax], { concept: "income_tax" }),
        ...between,
        row("Net income", [net], { concept: "net_income" }),
      ],
      ["FY2004"],
      "income",
    );

  it("passes tax printed as an expense or in parentheses, fails a figure off by 10", () => {
    expect(taxChecks(statement([])).map((c) => c.status)).toEqual(["pass"]);
    expect(taxChecks(statement([], "-40")).map((c) => c.status)).toEqual([
      "pass",
    ]);
    const [c] = taxChecks(statement([], "40", "70"));
    expect(c).toMatchObject({
      status: "fail",
      expected: "70",
      actual: "60",
      difference: "10",
    });
  });

  it("adds minority interest with the sign that foots; skips a row it cannot account for", () => {
    const minority = row("Minority interest", ["5"]);
    expect(
      taxChecks(statement([minority], "40", "55")).map((c) => c.status),
    ).toEqual(["pass"]);
    const other = row("Other items", ["5"]);
    const [c] = taxChecks(statement([other], "40", "55"));
    expect(c.status).toBe("skip");
    expect(c.message).toMatch(/Other items/);
  });
});

describe("the tolerance rule, written once", () => {
  const o = (value: string, scale = 1) => ({ value, scale });
  it("is exact for figures printed to one unit, half the coarsest unit otherwise", () => {
    expect(tolerance([o("100"), o("40"), o("60")]).toFixed()).toBe("0");
    expect(tolerance([o("0.25"), o("3088", 1000)]).toFixed()).toBe("500");
    expect(tolerance([o("1.5"), o("2")]).toFixed()).toBe("0.5");
  });
  it("skips a difference only rounding could make, fails a whole unit between two figures of one amount", () => {
    expect(judge(new Decimal("0.1"), [o("3.7"), o("1.2"), o("2.4")])).toBe(
      "skip",
    );
    expect(judge(new Decimal("1"), [o("85680"), o("85679")])).toBe("fail");
    expect(judge(new Decimal("0"), [o("85680"), o("85680")])).toBe("pass");
  });
});
