// Scale and units: the table's scale statement, per-share and share-count rows, and what escapes the scale; column
// headers that state their own unit and scale; per-share rows found by what they add up to; invented releases (text
// and HTML) in each layout that states a unit.
import { readFileSync } from "fs";
import { join } from "path";
import { Release, Row, Table } from "../src/model";
import { parseValue } from "../src/numbers";
import { parseRelease } from "../src/parse";
import { statesScaleOnly } from "../src/statements";
import {
  columnUnit,
  figureUnit,
  labelScale,
  namesShareCount,
  perShareComponents,
  readScale,
  rowScale,
  rowUnit,
  ScaleStatement,
  scaleContradictions,
} from "../src/units";

describe("readScale", () => {
  it.each([
    ["(in thousands)", 1e3],
    ["(In Thousands)", 1e3],
    ["(Dollars in thousands)", 1e3],
    ["Amounts in thousands", 1e3],
    ["($000)", 1e3],
    ["(000's omitted)", 1e3],
    ["(000s omitted)", 1e3],
    ["(In Millions of Dollars)", 1e6],
    ["(in millions)", 1e6],
    ["($ millions)", 1e6],
    ["in millions of dollars", 1e6],
    ["(Amounts in billions)", 1e9],
  ])("%j → %d", (text, scale) => {
    expect(readScale(text)?.scale).toBe(scale);
  });

  it.each([
    "(Unaudited)",
    "CONSOLIDATED STATEMENTS OF OPERATIONS",
    "Three Months Ended June 30,",
    "",
  ])("%j states no scale", (text) => {
    expect(readScale(text)).toBeNull();
  });

  it.each([
    ["(in thousands, except per share data)", 1e3, true, false],
    ["(In thousands, except per share amounts)", 1e3, true, false],
    ["(Dollars in thousands, except per-share data)", 1e3, true, false],
    ["(In Millions of Dollars Except Earnings Per Share)", 1e6, true, false],
    ["(in millions, except per share and share data)", 1e6, true, true],
    ["(in thousands, except share and per share data)", 1e3, true, true],
    ["(in thousands, except shares)", 1e3, false, true],
    ["(in thousands, except number of shares)", 1e3, false, true],
    ["(in thousands)", 1e3, false, false],
  ])(
    "%j: scale %d, per share excepted %s, share counts excepted %s",
    (text, scale, exceptPerShare, exceptShares) => {
      expect(readScale(text)).toMatchObject({
        scale,
        exceptPerShare,
        exceptShares,
      });
    },
  );
});

describe("rowUnit", () => {
  it.each([
    ["Net income per share", "USD/share"],
    ["Basic and diluted per share amounts", "USD/share"],
    ["Diluted EPS", "USD/share"],
    ["Earnings per share - diluted", "USD/share"],
    ["Dividends per share", "USD/share"],
    ["Earnings per common share", "USD/share"],
    ["Weighted average shares outstanding - basic and diluted", "shares"],
    ["Average number of common shares outstanding", "shares"],
    ["Shares used in computing diluted net income per share", "shares"],
    ["Common shares outstanding", "shares"],
    ["Shares outstanding at year end", "shares"],
    ["Revenues", "USD"],
    ["Net loss", "USD"],
    ["Preferred stock, $.01 par value; 1,000 shares authorized", "USD"],
  ])("%j → %s", (label, unit) => {
    expect(rowUnit(label)).toBe(unit);
  });

  it.each([
    ["Basic", "Net income per share:", "USD/share"],
    ["Diluted", "Earnings per common share:", "USD/share"],
    ["Basic", "Weighted average shares outstanding:", "shares"],
    ["Diluted", "Number of shares used in computation:", "shares"],
    ["Basic", "Shares used in per share calculation:", "shares"],
    ["Operating Revenues", "Southern Division -", "USD"],
  ])("%j under %j → %s", (label, section, unit) => {
    expect(rowUnit(label, section)).toBe(unit);
  });
});

describe("rowUnit under nested headings", () => {
  it.each([
    // A heading that only qualifies the measure above it hands the unit down from that one.
    [["Earnings per share:", "Continuing operations:"], "Basic", "USD/share"],
    [["Net income per share:", "Basic:"], "Net income", "USD/share"],
    [
      ["Weighted average shares outstanding:", "In thousands:"],
      "Diluted",
      "shares",
    ],
    // A heading wrapped in capitals, where no lower case shows that its second line goes on from the first.
    [["WEIGHTED AVERAGE COMMON SHARES", "OUTSTANDING:"], "BASIC", "shares"],
    [["SHARES USED IN PER SHARE", "COMPUTATION:"], "PRIMARY", "shares"],
    // A heading that names a measure of its own rules, whatever stands above it.
    [
      ["Earnings per share:", "Net sales by reportable segment:"],
      "Americas",
      "USD",
    ],
    [
      ["Weighted average shares", "Assets"],
      "Cash and marketable securities",
      "USD",
    ],
    [
      ["Basic earnings per share", "since the termination of the contracts"],
      "Operating revenues",
      "USD",
    ],
  ])("%j › %j → %s", (headings, label, unit) => {
    expect(rowUnit(label as string, headings as string[])).toBe(unit);
  });
});

describe("namesShareCount", () => {
  it("tells a heading of share counts from a per-share heading", () => {
    expect(namesShareCount("Weighted average shares outstanding:")).toBe(true);
    expect(namesShareCount("Shares used in per share calculation:")).toBe(true);
    expect(namesShareCount("Net income per share:")).toBe(false);
    expect(
      namesShareCount("Earnings per share, based on weighted shares"),
    ).toBe(false);
    expect(namesShareCount("Revenues")).toBe(false);
  });
});

describe("rowScale", () => {
  const thousandsExceptPerShare: ScaleStatement = {
    scale: 1e3,
    exceptPerShare: true,
    exceptShares: false,
  };
  const thousandsExceptShares: ScaleStatement = {
    scale: 1e3,
    exceptPerShare: true,
    exceptShares: true,
  };

  it("scales money rows by the table's scale", () => {
    expect(rowScale("USD", "Revenues", thousandsExceptPerShare)).toBe(1000);
    expect(
      rowScale("USD", "Revenues", {
        scale: 1e6,
        exceptPerShare: false,
        exceptShares: false,
      }),
    ).toBe(1e6);
  });

  it("never scales per-share or percent rows", () => {
    expect(
      rowScale("USD/share", "Net income per share", thousandsExceptPerShare),
    ).toBe(1);
    expect(
      rowScale("USD/share", "Net income per share", {
        scale: 1e3,
        exceptPerShare: false,
        exceptShares: false,
      }),
    ).toBe(1);
    expect(rowScale("percent", "Gross margin %", thousandsExceptPerShare)).toBe(
      1,
    );
  });

  it("scales share counts unless the statement excepts them", () => {
    expect(
      rowScale("shares", "Weighted average shares", thousandsExceptPerShare),
    ).toBe(1000);
    expect(
      rowScale("shares", "Weighted average shares", thousandsExceptShares),
    ).toBe(1);
  });

  it("lets a row's own '(in millions)' or '(in thousands)' rule it", () => {
    expect(
      rowScale("shares", "Average Shares Outstanding (in millions)", {
        scale: 1e6,
        exceptPerShare: true,
        exceptShares: false,
      }),
    ).toBe(1e6);
    expect(rowScale("shares", "Shares outstanding (in thousands)", null)).toBe(
      1000,
    );
    expect(
      rowScale("USD", "Backlog (in millions)", thousandsExceptPerShare),
    ).toBe(1e6);
  });

  it("is 1 when the table states no scale", () => {
    expect(rowScale("USD", "Revenues", null)).toBe(1);
    expect(rowScale("shares", "Weighted average shares", null)).toBe(1);
  });
});

describe("readScale: share counts with a scale of their own", () => {
  it("reads the caption's millions for money and its thousands for shares", () => {
    expect(
      readScale(
        "(In millions, except number of shares, which are reflected in thousands, and per-share amounts)",
      ),
    ).toEqual({
      scale: 1e6,
      exceptPerShare: true,
      exceptShares: true,
      shareScale: 1e3,
    });
  });

  it.each([
    ["(Dollars in millions, shares in thousands)", 1e6, 1e3],
    ["(in thousands, except per share data; shares in millions)", 1e3, 1e6],
    ["(Dollars and shares in millions, except per share amounts)", 1e6, 1e6],
  ])("%j: money ×%d, shares ×%d", (text, scale, shareScale) => {
    expect(readScale(text)).toMatchObject({ scale, shareScale });
  });

  it("gives a lone '(shares in thousands)' no scale for money", () => {
    expect(readScale("(shares in thousands)")).toMatchObject({
      scale: 1,
      shareScale: 1e3,
    });
  });

  it("takes the statement stated first (the nearest title line comes first)", () => {
    expect(readScale("(in thousands) Selected data in millions")?.scale).toBe(
      1e3,
    );
  });

  it("gives share counts the table's scale unless excepted or stated apart", () => {
    const both = readScale("(in millions, except per share amounts)");
    expect(rowScale("shares", "Weighted average shares", both)).toBe(1e6);
    const apart = readScale(
      "(in millions, except shares, which are in thousands)",
    );
    expect(rowScale("shares", "Weighted average shares", apart)).toBe(1e3);
  });
});

describe("statesScaleOnly: a long caption is still a title", () => {
  it("accepts one parenthesised scale statement of any length", () => {
    expect(
      statesScaleOnly(
        "(In millions, except number of shares, which are reflected in thousands, and per-share amounts)",
      ),
    ).toBe(true);
    expect(statesScaleOnly("(in thousands)")).toBe(true);
    expect(
      statesScaleOnly(
        "Dollars in millions, except per share amounts and number of shares, which are reflected in thousands",
      ),
    ).toBe(true);
  });

  it("refuses prose and parentheses that state no scale", () => {
    expect(
      statesScaleOnly(
        "Revenue was $4.2 million (in millions of dollars it rose 3%) and more.",
      ),
    ).toBe(false);
    expect(statesScaleOnly("(Unaudited)")).toBe(false);
  });
});

describe("columnUnit: a column header's own unit and scale", () => {
  it.each([
    [["Q3'04 Actual", "Rev $m"], "USD", 1e6],
    [["Q3'04 Actual", "CPU Units k"], "other", 1e3],
    [["Units (K)"], "other", 1e3],
    [["Revenue ($M)"], "USD", 1e6],
    [["($M)"], "USD", 1e6],
    [["$ in millions"], "USD", 1e6],
    [["Subscribers (000)"], "other", 1e3],
    [["Shares (000's)"], "shares", 1e3],
    [["Sales $000"], "USD", 1e3],
  ])("%j → %s ×%d", (header, unit, scale) => {
    const c = columnUnit(header);
    expect([c.unit, c.scale?.scale]).toEqual([unit, scale]);
  });

  it.each([[["(000's)"]], [["(In thousands)"]]])(
    "%j states a scale and no unit",
    (header) => {
      const c = columnUnit(header);
      expect(c.unit).toBeUndefined();
      expect(c.scale).toBeDefined();
    },
  );

  it.each([[["Three Months Ended", "June 30, 2004"]], [["Q3 M"]], [["2004"]]])(
    "%j states neither",
    (header) => {
      expect(columnUnit(header)).toEqual({});
    },
  );
});

describe("rowUnit and rowScale: counts, and scales stated by a label or a heading", () => {
  it.each([
    ["Customers", "other"],
    ["Number of customers", "other"],
    ["Vehicles in service", "other"],
    ["Access lines", "other"],
    ["Kilowatt-hour sales (millions of kWh)", "other"],
    ["Advances from customers", "USD"],
    ["Revenue per kWh", "USD"],
    ["Fuel costs", "USD"],
  ])("%j → %s", (label, unit) => {
    expect(rowUnit(label)).toBe(unit);
  });

  it("makes rows under a heading that leads with a counted thing counts", () => {
    expect(rowUnit("Residential", "Customers (in thousands):")).toBe("other");
    expect(rowUnit("Depreciation", "Retail stores segment:")).toBe("USD");
    expect(rowUnit("Revenues", "Customers (in thousands):")).toBe("USD");
  });

  it("treats rows under a per-share heading as per share", () => {
    expect(rowUnit("Extraordinary gain", "Per share:")).toBe("USD/share");
    expect(
      rowUnit("Income before extraordinary items", "Earnings per share:"),
    ).toBe("USD/share");
  });

  it("lets a heading's stated scale rule its rows, the innermost first", () => {
    expect(
      rowScale("other", "Residential", null, ["Customers (in thousands):"]),
    ).toBe(1e3);
    expect(
      rowScale(
        "USD",
        "Backlog",
        { scale: 1e3, exceptPerShare: true, exceptShares: false },
        ["Operating data (in millions):", "Orders:"],
      ),
    ).toBe(1e6);
    expect(labelScale("Kilowatt-hour sales (millions of kWh)")).toBe(1e6);
    expect(labelScale("Subscribers (000)")).toBe(1e3);
    expect(labelScale("Revenues")).toBeNull();
  });
});

describe("figureUnit: the unit and scale where a row meets a column", () => {
  const millions: ScaleStatement = {
    scale: 1e6,
    exceptPerShare: true,
    exceptShares: false,
  };
  const row = (label: string, unit: Row["unit"]) => ({
    label,
    unit,
    scale: rowScale(unit, label, millions),
  });

  it("makes an unlabelled row a count in a column of units at the column's scale", () => {
    expect(
      figureUnit(row("Americas", "USD"), columnUnit(["CPU Units k"])),
    ).toEqual({ unit: "other", scale: 1e3 });
    expect(figureUnit(row("Americas", "USD"), columnUnit(["Rev $m"]))).toEqual({
      unit: "USD",
      scale: 1e6,
    });
  });

  it("keeps per-share rows at scale 1 in a column of $ millions", () => {
    expect(
      figureUnit(row("Diluted EPS", "USD/share"), columnUnit(["($M)"])),
    ).toEqual({ unit: "USD/share", scale: 1 });
  });

  it("lets a count that states its own scale rule a money column", () => {
    expect(
      figureUnit(row("Paid subscribers (000)", "other"), columnUnit(["($M)"])),
    ).toEqual({ unit: "other", scale: 1e3 });
  });

  it("leaves out a figure whose row and column contradict each other", () => {
    expect(
      figureUnit(row("Net sales", "USD"), columnUnit(["Units k"])),
    ).toBeNull();
    expect(
      figureUnit(row("Employees", "other"), columnUnit(["Rev $m"])),
    ).toBeNull();
  });

  it("makes a percent column percent whatever the row", () => {
    expect(figureUnit(row("Revenues", "USD"), { percent: true })).toEqual({
      unit: "percent",
      scale: 1,
    });
  });
});

describe("perShareComponents: rows that add up to a per-share total", () => {
  const mk = (
    label: string,
    unit: Row["unit"],
    values: (string | null)[],
    total = false,
  ): Row => ({
    label,
    concept: null,
    values,
    line: 0,
    total,
    unit,
    scale: unit === "USD" ? 1000 : 1,
  });

  it("finds an 'Extraordinary gain' between two per-share rows", () => {
    const gain = mk("Extraordinary gain", "USD", ["4.10", "0"]);
    const rows = [
      mk("Net earnings", "USD", ["91,300", "55,000"]),
      mk("Net earnings per share before extraordinary item", "USD/share", [
        "1.52",
        "0.91",
      ]),
      gain,
      mk("Net earnings per share", "USD/share", ["5.62", "0.91"], true),
    ];
    expect([...perShareComponents(rows)]).toEqual([gain]);
  });

  it("leaves rows alone when they do not add up in every column", () => {
    const rows = [
      mk("Income per share before accounting change", "USD/share", [
        "1.52",
        "0.91",
      ]),
      mk("Accounting change", "USD", ["4.10", "0.30"]),
      mk("Net income per share", "USD/share", ["5.62", "0.91"], true),
    ];
    expect(perShareComponents(rows).size).toBe(0);
  });
});

describe("scaleContradictions: net income / shares ≈ EPS confirms the scales", () => {
  const table = (sharesScale: number): Table => ({
    title: null,
    statement: "income",
    scale: 1000,
    firstLine: 1,
    lastLine: 4,
    columns: [{ column: "2004", period: "FY2004" }],
    rows: [
      {
        label: "Net income",
        concept: "net_income",
        values: ["4,512".replace(",", "")],
        line: 2,
        total: false,
        unit: "USD",
        scale: 1000,
      },
      {
        label: "Diluted",
        concept: "eps_diluted",
        values: ["0.50"],
        line: 3,
        total: false,
        unit: "USD/share",
        scale: 1,
      },
      {
        label: "Weighted average shares",
        concept: "shares_diluted",
        values: ["9020000"],
        line: 4,
        total: false,
        unit: "shares",
        scale: sharesScale,
      },
    ],
  });

  it("warns when the figures agree only after a factor of a thousand", () => {
    const w = scaleContradictions(table(1000));
    expect(w).toHaveLength(1);
    expect(w[0]).toContain("factor of 1/1000");
  });

  it("is silent when the stated scales agree with EPS", () => {
    expect(scaleContradictions(table(1))).toEqual([]);
  });
});

// ---- invented releases ----------------------------------------------------------------------------------------------

const parseFixture = (name: string): Release =>
  parseRelease(readFileSync(join(__dirname, "fixtures", name), "utf8"), name);

const figure = (rel: Release, t: number, label: string, period: string) => {
  const fs = rel.facts.filter(
    (f) => f.table === t && f.label === label && f.period === period,
  );
  if (fs.length !== 1)
    throw new Error(`expected one ${label} @ ${period} in table ${t}`);
  return [fs[0].value, fs[0].unit, fs[0].scale];
};

describe("an EDGAR text release: title blocks, a page break, per-share parts, statistics", () => {
  const rel = parseFixture("quillon-q4-1996-units.txt");

  it("reads '(in millions, except per share amounts)' three lines above the table, through <TABLE> and <CAPTION>", () => {
    expect(rel.tables[0].scale).toBe(1e6);
    expect(figure(rel, 0, "Operating revenues", "FY1996")).toEqual([
      "1702.4",
      "USD",
      1e6,
    ]);
  });

  it("keeps the scale on the statement continued after <PAGE>; per-share rows stay at 1", () => {
    expect(rel.tables[1].scale).toBe(1e6);
    expect(figure(rel, 1, "Earnings per share", "Q4-1996")).toEqual([
      "1.23",
      "USD/share",
      1,
    ]);
    expect(
      figure(
        rel,
        1,
        "Average common shares outstanding (in thousands)",
        "Q4-1996",
      ),
    ).toEqual(["50000", "shares", 1e3]);
  });

  it("makes 'Extraordinary item' between two per-share rows per share, by what they add up to", () => {
    expect(figure(rel, 1, "Extraordinary item", "FY1996")).toEqual([
      "-0.10",
      "USD/share",
      1,
    ]);
    expect(figure(rel, 0, "Extraordinary item, net of tax", "FY1996")).toEqual([
      "-5.0",
      "USD",
      1e6,
    ]);
  });

  it("gives operating statistics their own units and scales", () => {
    expect(
      figure(rel, 2, "Kilowatt-hour sales (millions of kWh)", "FY1996"),
    ).toEqual(["17250", "other", 1e6]);
    expect(figure(rel, 2, "Residential", "FY1996")).toEqual([
      "812",
      "other",
      1e3,
    ]);
    expect(figure(rel, 2, "Employees at end of period", "FY1996")).toEqual([
      "3410",
      "other",
      1,
    ]);
  });

  it("does not carry the millions to a new statement in a <TABLE> of its own; figures of another size are left out", () => {
    // 4,810,225 beside revenues of 1,702.4 million: neither in millions nor in units — thousands, most likely, but
    // the release never says so. Its amounts are absent, with a warning, rather than guessed.
    expect(rel.tables[3].statement).toBe("balance");
    expect(rel.tables[3].scale).toBe(1);
    expect(rel.facts.filter((f) => f.table === 3)).toEqual([]);
    expect(rel.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /does not tell whether they are in units or ×1000000.*left out/,
      ),
    ]);
  });
});

describe("a saved web page: a long caption, a data sheet's 'Units k' / 'Rev $m', a '($M)' column", () => {
  const rel = parseFixture("tamarack-q2-fy2005-units.htm");

  it("reads the caption above the table: money in millions, shares in thousands, per-share amounts as they are", () => {
    expect(rel.tables[0].scale).toBe(1e6);
    expect(figure(rel, 0, "Net sales", "Q1-2005")).toEqual([
      "1284",
      "USD",
      1e6,
    ]);
    const diluted = rel.facts.filter(
      (f) => f.table === 0 && f.label === "Diluted" && f.period === "Q1-2005",
    );
    expect(diluted.map((f) => [f.value, f.unit, f.scale])).toEqual([
      ["0.52", "USD/share", 1],
      ["271155", "shares", 1e3],
    ]);
  });

  it("takes each column's unit and scale from its header", () => {
    const cols = rel.tables[1].columns;
    expect(cols.map((c) => [c.unit ?? null, c.scale ?? null])).toEqual([
      ["other", 1e3],
      ["USD", 1e6],
      ["other", 1e3],
      ["USD", 1e6],
      [null, null],
      [null, null],
    ]);
    const na = rel.facts.filter(
      (f) => f.table === 1 && f.label === "North America",
    );
    expect(na.map((f) => [f.column, f.unit, f.scale])).toEqual([
      ["Q2 FY05 Actual | Units k", "other", 1e3],
      ["Q2 FY05 Actual | Rev $m", "USD", 1e6],
      ["Q2 FY04 Actual | Units k", "other", 1e3],
      ["Q2 FY04 Actual | Rev $m", "USD", 1e6],
      ["Year/Year Change | Units", "percent", 1],
      ["Year/Year Change | Revenue", "percent", 1],
    ]);
  });

  it("lets 'Paid subscribers (000)' rule a '($M)' column", () => {
    expect(figure(rel, 2, "Subscription revenue", "Q1-2005")).toEqual([
      "96.4",
      "USD",
      1e6,
    ]);
    expect(figure(rel, 2, "Paid subscribers (000)", "Q1-2005")).toEqual([
      "2410",
      "other",
      1e3,
    ]);
  });

  it("finds nothing to warn about", () => {
    expect(rel.warnings).toEqual([]);
  });
});

describe("an income statement whose shares contradict its stated scale", () => {
  const text = [
    "                      WESTBROOK TILE CO.",
    "              STATEMENTS OF INCOME (in thousands, except per share data)",
    "",
    "                                        Year Ended December 31,",
    "                                         2004          2003",
    "Net sales                              $ 48,120      $ 45,310",
    "Net income                             $  4,512      $  3,990",
    "Net income per share - diluted         $    .50      $    .44",
    "Weighted average shares - diluted     9,020,000     9,010,000",
  ].join("\n");

  it("warns, and leaves the figures as stated", () => {
    const rel = parseRelease(text, "westbrook.txt");
    const w = rel.warnings.filter((x) => x.message.includes("factor of"));
    expect(w).toHaveLength(2);
    expect(
      figure(rel, 0, "Weighted average shares - diluted", "FY2004"),
    ).toEqual(["9020000", "shares", 1e3]);
  });
});

describe("readScale: the other ways a release says it", () => {
  it.each([
    ["(Thousands of Dollars)", 1e3],
    ["(thousands)", 1e3],
    ["(Amounts in 000's)", 1e3],
    ["(Millions of dollars, except per share amounts)", 1e6],
    ["(Millions, except per share)", 1e6],
    ["(Dollars in billions)", 1e9],
  ])("%j → %d", (text, scale) => {
    expect(readScale(text)?.scale).toBe(scale);
  });
});

describe("rowUnit: percentages, ratios and units named by the label", () => {
  it.each([
    ["Gross margin %", "percent"],
    ["Operating margin (%)", "percent"],
    ["Selling expenses as a percent of sales", "percent"],
    ["Effective tax rate", "percent"],
    ["Return on average equity", "percent"],
    ["Net interest margin", "percent"],
    ["5% convertible notes due 2008", "USD"],
    ["Interest rate swaps", "USD"],
    ["Book-to-bill ratio", "other"],
    ["Current ratio", "other"],
    ["Tier 1 capital ratio", "other"],
    ["Allowance for loan losses to total loans ratio", "other"],
    ["Units", "other"],
    ["Unit shipments", "other"],
    ["Store count", "other"],
    ["Revenue passenger miles (millions)", "other"],
    ["Passenger revenue", "USD"],
    ["Earnings per common and common equivalent share", "USD/share"],
  ])("%j → %s", (label, unit) => {
    expect(rowUnit(label)).toBe(unit);
  });

  it("never scales a percentage or a ratio by the table's scale", () => {
    const thousands: ScaleStatement = {
      scale: 1e3,
      exceptPerShare: true,
      exceptShares: false,
    };
    expect(
      rowScale(rowUnit("Effective tax rate"), "Effective tax rate", thousands),
    ).toBe(1);
    expect(rowScale(rowUnit("Current ratio"), "Current ratio", thousands)).toBe(
      1,
    );
  });
});

describe("share counts under a scale stated for dollars only", () => {
  it("marks '(Dollars in thousands)' as speaking of dollars only", () => {
    expect(
      readScale("(Dollars in thousands, except per share data)"),
    ).toMatchObject({ scale: 1e3, moneyOnly: true });
    expect(
      readScale("(In thousands, except per share data)")?.moneyOnly,
    ).toBeUndefined();
  });

  const bank = (shares: string[]) =>
    [
      "                      FERNDALE SAVINGS BANCORP",
      "           (Dollars in thousands, except per share data)",
      "",
      "                                        Year Ended December 31,",
      "                                         2004          2003",
      "Net interest income                    $ 18,410      $ 17,220",
      "Net income                             $  6,240      $  5,810",
      "Diluted earnings per share             $    .95      $    .89",
      `Weighted average diluted shares     ${shares[0].padStart(12)}  ${shares[1].padStart(12)}`,
    ].join("\n");

  it("takes share counts in units where net income / shares = EPS says so, and says why", () => {
    const rel = parseRelease(bank(["6,568,421", "6,528,090"]), "ferndale.txt");
    expect(figure(rel, 0, "Weighted average diluted shares", "FY2004")).toEqual(
      ["6568421", "shares", 1],
    );
    expect(figure(rel, 0, "Net income", "FY2004")).toEqual([
      "6240",
      "USD",
      1e3,
    ]);
    expect(rel.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("states its scale for dollars only"),
    ]);
  });

  it("keeps the dollars' scale where the shares are printed in thousands", () => {
    const rel = parseRelease(bank(["6,568", "6,528"]), "ferndale.txt");
    expect(figure(rel, 0, "Weighted average diluted shares", "FY2004")).toEqual(
      ["6568", "shares", 1e3],
    );
    expect(rel.warnings).toEqual([]);
  });
});

describe("perShareComponents without a rule over the total", () => {
  it("takes a row that names earnings per share as the total", () => {
    const mk = (
      label: string,
      unit: Row["unit"],
      concept: string | null,
      values: string[],
    ): Row => ({
      label,
      concept,
      values,
      line: 0,
      total: false,
      unit,
      scale: unit === "USD" ? 1000 : 1,
    });
    const disc = mk("Discontinued operations", "USD", null, [
      "(0.12)".replace(/[()]/g, "-").slice(0, 5),
      "0.05",
    ]);
    disc.values = ["-0.12", "0.05"];
    const rows = [
      mk("Income per share from continuing operations", "USD/share", null, [
        "1.40",
        "1.10",
      ]),
      disc,
      mk("Net income per share", "USD/share", "eps", ["1.28", "1.15"]),
    ];
    expect([...perShareComponents(rows)]).toEqual([disc]);
  });

  it("leaves a row of dashes alone: it cannot show what it is", () => {
    const rows: Row[] = [
      {
        label: "Income per share",
        concept: null,
        values: ["1.40"],
        line: 0,
        total: false,
        unit: "USD/share",
        scale: 1,
      },
      {
        label: "Discontinued operations",
        concept: null,
        values: ["0"],
        line: 0,
        total: false,
        unit: "USD",
        scale: 1000,
      },
      {
        label: "Net income per share",
        concept: "eps",
        values: ["1.40"],
        line: 0,
        total: false,
        unit: "USD/share",
        scale: 1,
      },
    ];
    expect(perShareComponents(rows).size).toBe(0);
  });
});

describe("a '($000)' over every column", () => {
  it("is a header cell, not a figure", () => {
    for (const t of ["($000)", "$000", "(000)", "(000's)", "$000s"])
      expect(parseValue(t)).toBeNull();
    expect(parseValue("(1,000)")?.value).toBe("-1000");
  });

  it("is the table's statement: share counts keep a scale and per-share rows stay at 1", () => {
    const text = [
      "                      OAKHURST FOODS, INC.",
      "                  STATEMENTS OF OPERATIONS",
      "",
      "                                        Year Ended December 31,",
      "                                         1996          1995      % Change",
      "                                        ($000)        ($000)",
      "Net sales                              $ 48,120      $ 45,310        6.2",
      "Net income                             $  4,512      $  3,990       13.1",
      "Net income per share                   $    .50      $    .44       13.6",
      "Weighted average shares                   9,020         9,010",
    ].join("\n");
    const rel = parseRelease(text, "oakhurst.txt");
    expect(rel.tables[0].columns.map((c) => c.unit ?? null)).toEqual([
      null,
      null,
      null,
    ]);
    expect(figure(rel, 0, "Weighted average shares", "FY1996")).toEqual([
      "9020",
      "shares",
      1e3,
    ]);
    expect(figure(rel, 0, "Net income per share", "FY1996")).toEqual([
      "0.50",
      "USD/share",
      1,
    ]);
    expect(figure(rel, 0, "Net sales", "FY1996")).toEqual([
      "48120",
      "USD",
      1e3,
    ]);
  });
});

describe("a new statement that repeats a figure of the table before", () => {
  const page = (netIncome: string) =>
    [
      "                      BIRCHLEY MILLS CORPORATION",
      "                   CONSOLIDATED STATEMENTS OF INCOME",
      "                            (in thousands)",
      "<TABLE>",
      "<CAPTION>",
      "                                        Year Ended December 31,",
      "                                         1997          1996",
      "<S>                                     <C>           <C>",
      "Net sales                              $ 48,120      $ 45,310",
      "Net income                             $  4,512      $  3,990",
      "</TABLE>",
      "",
      "                 CONSOLIDATED STATEMENTS OF CASH FLOWS",
      "<TABLE>",
      "<CAPTION>",
      "                                        Year Ended December 31,",
      "                                         1997          1996",
      "<S>                                     <C>           <C>",
      `Net income                             $  ${netIncome}`,
      "Depreciation                              2,210         2,050",
      "Net cash provided by operating activities  6,722       6,040",
      "</TABLE>",
    ].join("\n");

  it("is in the same scale: net income printed alike confirms it", () => {
    const rel = parseRelease(page("4,512      $  3,990"), "birchley.txt");
    expect(rel.tables.map((t) => [t.statement, t.scale])).toEqual([
      ["income", 1e3],
      ["cashflow", 1e3],
    ]);
    expect(rel.warnings).toEqual([]);
  });

  it("without such a figure is measured against the table before: of its size, in its scale, and says so", () => {
    const rel = parseRelease(page("4,511      $  3,991"), "birchley.txt");
    expect(rel.tables.map((t) => [t.statement, t.scale])).toEqual([
      ["income", 1e3],
      ["cashflow", 1e3],
    ]);
    expect(rel.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /of the size of the table at line \d+ \(×1000\), so they are taken ×1000 too/,
      ),
    ]);
  });

  it("a thousand times larger than the table before, as printed, is in units", () => {
    const big = page("4,511      $  3,991")
      .replace("2,210         2,050", "22,100,114    20,500,876")
      .replace("6,722       6,040", "67,220,031      60,400,552")
      .replace("$  4,511      $  3,991", "$  4,511,009  $  3,991,220");
    const rel = parseRelease(big, "birchley.txt");
    expect(rel.tables.map((t) => [t.statement, t.scale])).toEqual([
      ["income", 1e3],
      ["cashflow", 1],
    ]);
    expect(rel.warnings.map((w) => w.message).join()).toMatch(
      /about 1000 times those of the table/,
    );
  });
});

describe("a stock option table: columns of share counts, prices and lives", () => {
  const text = [
    "Ravelin Systems Inc. (NYSE: RVS) reported today.",
    "",
    "      A summary of stock option activity is as follows:",
    "",
    "                                                 WEIGHTED      REMAINING",
    "                                   NUMBER        AVERAGE       CONTRACTUAL",
    "                                 OF SHARES    EXERCISE PRICE   LIFE (YRS)",
    "      Outstanding, beginning         808,019         0.16            8.1",
    "      Granted                        395,273         0.44            9.6",
    "      Outstanding, end               813,292         0.30            8.4",
  ].join("\n");

  it("reads counts as shares, prices per share and lives as other, whatever the labels say", () => {
    const r = parseRelease(text, "ravelin.txt");
    const granted = r.facts.filter((f) => f.label === "Granted");
    expect(granted.map((f) => [f.value, f.unit, f.scale])).toEqual([
      ["395273", "shares", 1],
      ["0.44", "USD/share", 1],
      ["9.6", "other", 1],
    ]);
  });

  it("emits no fact for a row with neither a label nor a concept", () => {
    const r = parseRelease(
      text.replace(
        "      Granted                ",
        "                             ",
      ),
      "ravelin.txt",
    );
    expect(r.facts.some((f) => f.label === "")).toBe(false);
  });
});
