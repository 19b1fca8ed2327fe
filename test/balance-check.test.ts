// The balance-sheet identity in exact decimals: total assets against total liabilities and equity, per column.
import { balanceChecks } from "../src/checks/balance";
import { Column, Row, StatementKind, Table } from "../src/model";

function r(
  label: string,
  concept: string | null,
  values: (string | null)[],
  line: number,
): Row {
  return {
    label,
    concept,
    values,
    line,
    total: label.startsWith("Total"),
    unit: "USD",
    scale: 1,
  };
}

function table(
  rows: Row[],
  columns: Column[] = COLUMNS,
  statement: StatementKind = "balance",
): Table {
  return {
    title: "BALANCE SHEET",
    statement,
    scale: 1,
    firstLine: 1,
    lastLine: 40,
    columns,
    rows,
  };
}

const COLUMNS: Column[] = [
  { column: "June 30, 2003", period: "2003-06-30" },
  { column: "December 31, 2002", period: "2002-12-31" },
];

describe("with an explicit total of liabilities and equity", () => {
  const t = table([
    r("Cash and cash equivalents", "cash", ["902000", "1310000"], 12),
    r("Total assets", "total_assets", ["10040000", "10200000"], 16),
    r("Total liabilities", "total_liabilities", ["3522000", "3545000"], 22),
    r("Shareholders' equity", "equity", ["6518000", "6655000"], 23),
    r(
      "Total liabilities and shareholders' equity",
      "total_liabilities_and_equity",
      ["10040000", "10200001"],
      26,
    ),
  ]);
  const checks = balanceChecks(t);

  it("makes one check per column", () => {
    expect(checks.map((c) => [c.id, c.column, c.period])).toEqual([
      ["balance.identity", "June 30, 2003", "2003-06-30"],
      ["balance.identity", "December 31, 2002", "2002-12-31"],
    ]);
  });

  it("passes a column that agrees, with expected, actual, a zero difference and both lines", () => {
    expect(checks[0]).toEqual({
      id: "balance.identity",
      column: "June 30, 2003",
      period: "2003-06-30",
      status: "pass",
      expected: "10040000",
      actual: "10040000",
      difference: "0",
      message:
        "Total assets 10,040,000 = total liabilities and shareholders' equity 10,040,000",
      lines: [16, 26],
      tolerance: "0",
    });
  });

  it("fails a column that disagrees, giving the signed difference (assets minus the other side)", () => {
    expect(checks[1]).toMatchObject({
      status: "fail",
      expected: "10200000",
      actual: "10200001",
      difference: "-1",
      lines: [16, 26],
    });
    expect(checks[1].message).toBe(
      "Total assets 10,200,000 ≠ total liabilities and shareholders' equity 10,200,001 (difference (1)): the balance sheet does not balance as printed, or a total was read from the wrong row",
    );
  });
});

describe("without an explicit total: total liabilities + equity", () => {
  it("adds the two and names both in the message and the lines", () => {
    const t = table([
      r("Total assets", "total_assets", ["12650.5", "12410.25"], 18),
      r("Total liabilities", "total_liabilities", ["5000", "4900"], 35),
      r("Stockholders' equity", "equity", ["7650.5", "7510.24"], 36),
    ]);
    const [a, b] = balanceChecks(t);
    expect(a).toMatchObject({
      status: "pass",
      expected: "12650.5",
      actual: "12650.5",
      difference: "0",
      lines: [18, 35, 36],
    });
    expect(a.message).toBe(
      "Total assets 12,650.5 = total liabilities + stockholders' equity 12,650.5",
    );
    // Two totals printed to the cent must agree exactly (the explicit-total case fails a cent); a sum of two rounded
    // rows may be a cent off by rounding alone: not sure, so skipped with the reason.
    expect(b).toMatchObject({
      status: "skip",
      expected: "12410.25",
      actual: "12410.24",
      difference: "0.01",
    });
    expect(b.message).toMatch(/rounding/);
  });

  it("prefers the explicit total when there is one", () => {
    const t = table([
      r("Total assets", "total_assets", ["100", "100"], 1),
      r("Total liabilities", "total_liabilities", ["10", "10"], 2),
      r("Total equity", "equity", ["10", "10"], 3),
      r(
        "Total liabilities and equity",
        "total_liabilities_and_equity",
        ["100", "100"],
        4,
      ),
    ]);
    expect(balanceChecks(t).map((c) => c.status)).toEqual(["pass", "pass"]);
  });
});

describe("exact decimals", () => {
  it("compares figures with many digits and decimals without rounding", () => {
    const t = table(
      [
        r("Total assets", "total_assets", ["98765432109876543210.12"], 1),
        r(
          "Total liabilities",
          "total_liabilities",
          ["98765432109876543210.11"],
          2,
        ),
        r("Stockholders' equity", "equity", ["0.01"], 3),
      ],
      [COLUMNS[0]],
    );
    const [c] = balanceChecks(t);
    expect(c).toMatchObject({
      status: "pass",
      expected: "98765432109876543210.12",
      actual: "98765432109876543210.12",
      difference: "0",
    });
  });

  it("sees a difference in the last decimal of a long figure", () => {
    const t = table(
      [
        r(
          "Total assets",
          "total_assets",
          ["12345678901234567890.123456789"],
          1,
        ),
        r(
          "Total liabilities and equity",
          "total_liabilities_and_equity",
          ["12345678901234567890.123456788"],
          2,
        ),
      ],
      [COLUMNS[0]],
    );
    expect(balanceChecks(t)[0]).toMatchObject({
      status: "fail",
      difference: "0.000000001",
    });
  });

  it("adds decimals that binary floating point gets wrong", () => {
    const t = table(
      [
        r("Total assets", "total_assets", ["0.3"], 1),
        r("Total liabilities", "total_liabilities", ["0.1"], 2),
        r("Equity", "equity", ["0.2"], 3),
      ],
      [COLUMNS[0]],
    );
    expect(balanceChecks(t)[0]).toMatchObject({
      status: "pass",
      actual: "0.3",
      difference: "0",
    });
  });

  it("handles negative equity (a deficit)", () => {
    const t = table(
      [
        r("Total assets", "total_assets", ["1000"], 1),
        r("Total liabilities", "total_liabilities", ["1500"], 2),
        r("Stockholders' deficit", "equity", ["-500"], 3),
      ],
      [COLUMNS[0]],
    );
    expect(balanceChecks(t)[0]).toMatchObject({
      status: "pass",
      actual: "1000",
    });
  });
});

describe("skips and non-balance tables", () => {
  it("skips a column without total assets", () => {
    const t = table([
      r("Total assets", "total_assets", [null, "100"], 1),
      r(
        "Total liabilities and equity",
        "total_liabilities_and_equity",
        ["100", "100"],
        2,
      ),
    ]);
    const [a, b] = balanceChecks(t);
    expect(a).toMatchObject({
      status: "skip",
      expected: null,
      actual: null,
      difference: null,
      message: "No total assets in this column",
    });
    expect(b.status).toBe("pass");
  });

  it("skips a column without the other side", () => {
    const t = table([
      r("Total assets", "total_assets", ["100", "100"], 1),
      r("Total liabilities", "total_liabilities", ["60", "60"], 2),
    ]);
    expect(balanceChecks(t).map((c) => [c.status, c.message])).toEqual([
      ["skip", "No total liabilities and equity in this column"],
      ["skip", "No total liabilities and equity in this column"],
    ]);
  });

  it("makes no check for a percent column", () => {
    const t = table(
      [
        r("Total assets", "total_assets", ["100", "90", "11.1"], 1),
        r(
          "Total liabilities and equity",
          "total_liabilities_and_equity",
          ["100", "90", "11.1"],
          2,
        ),
      ],
      [...COLUMNS, { column: "% Change", period: null, percent: true }],
    );
    expect(balanceChecks(t)).toHaveLength(2);
  });

  it("makes no check for an income statement", () => {
    const t = table(
      [
        r("Total assets", "total_assets", ["100", "100"], 1),
        r(
          "Total liabilities and equity",
          "total_liabilities_and_equity",
          ["1", "1"],
          2,
        ),
      ],
      COLUMNS,
      "income",
    );
    expect(balanceChecks(t)).toEqual([]);
  });
});
