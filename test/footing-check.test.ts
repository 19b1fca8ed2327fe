// Components foot to totals: the rows each "Total" sums through the outline of headings, exact decimals, one unit of
// rounding in the last printed place, and a failure naming the difference.
import { footingChecks, totalsWithComponents } from "../src/checks/footing";
import { Row, Table } from "../src/model";

let line = 0;
function r(
  label: string,
  values: (string | null)[],
  headings: string[] = [],
): Row {
  return {
    label,
    concept: null,
    values,
    line: ++line,
    total: /^total/i.test(label),
    unit: "USD",
    scale: 1,
    headings,
    section: headings[headings.length - 1],
  };
}

function table(rows: Row[], columns = ["2004-12-31", "2003-12-31"]): Table {
  return {
    title: "BALANCE SHEETS",
    statement: "balance",
    scale: 1,
    firstLine: 1,
    lastLine: 99,
    columns: columns.map((c) => ({ column: c, period: c })),
    rows,
  };
}

const A = ["ASSETS"];
const CA = ["ASSETS", "Current assets:"];
const LE = ["LIABILITIES AND EQUITY"];
const CL = ["LIABILITIES AND EQUITY", "Current liabilities:"];

const balanced = () =>
  table([
    r("Cash", ["100", "90"], CA),
    r("Receivables", ["50", "40"], CA),
    r("Total current assets", ["150", "130"], CA),
    r("Property, net", ["200", "210"], A),
    r("Total assets", ["350", "340"], A),
    r("Accounts payable", ["70", "60"], CL),
    r("Accrued liabilities", ["30", "30"], CL),
    r("Total current liabilities", ["100", "90"], CL),
    r("Long-term debt", ["50", "60"], LE),
    r("Stockholders' equity", ["200", "190"], LE),
    r("Total liabilities and stockholders' equity", ["350", "340"], LE),
  ]);

it("finds each total's rows through the outline: a closed sub-total stands for its rows above", () => {
  const t = totalsWithComponents(balanced());
  expect(t.map((x) => [x.total.label, x.parts.map((p) => p.label)])).toEqual([
    ["Total current assets", ["Cash", "Receivables"]],
    ["Total assets", ["Total current assets", "Property, net"]],
    ["Total current liabilities", ["Accounts payable", "Accrued liabilities"]],
    [
      "Total liabilities and stockholders' equity",
      ["Total current liabilities", "Long-term debt", "Stockholders' equity"],
    ],
  ]);
});

it("passes every total of a statement that foots, in every column", () => {
  const checks = footingChecks(balanced());
  expect(checks).toHaveLength(8);
  expect(
    checks.every((c) => c.status === "pass" && c.id === "footing.total"),
  ).toBe(true);
});

it("fails the total whose rows do not add up, naming the sum and the difference", () => {
  const t = balanced();
  t.rows[1] = { ...t.rows[1], values: ["55", "40"] };
  const failed = footingChecks(t).filter((c) => c.status === "fail");
  expect(
    failed.map((c) => [c.column, c.expected, c.actual, c.difference]),
  ).toEqual([["2004-12-31", "150", "155", "-5"]]);
  expect(failed[0].message).toBe(
    "Total current assets 150 ≠ sum of the 2 rows above 155 (difference (5)): one of these printed figures is wrong, or a row above is not part of this total",
  );
  expect(failed[0].lines).toEqual([
    t.rows[0].line,
    t.rows[1].line,
    t.rows[2].line,
  ]);
});

it("passes only an exact footing of figures printed to one unit; skips a difference rounding could make", () => {
  const t = table(
    [r("Segment A", ["1.2"]), r("Segment B", ["2.4"]), r("Total", ["3.7"])],
    ["FY2004"],
  );
  expect(footingChecks(t)).toMatchObject([
    { status: "skip", difference: "0.1", tolerance: "0" },
  ]);
  const off = table(
    [r("Segment A", ["1.2"]), r("Segment B", ["2.4"]), r("Total", ["3.9"])],
    ["FY2004"],
  );
  expect(footingChecks(off)).toMatchObject([
    { status: "fail", difference: "0.3" },
  ]);
});

it("is exact with long decimals", () => {
  const t = table(
    [
      r("A", ["123456789012345678.01"]),
      r("B", ["0.02"]),
      r("Total", ["123456789012345678.03"]),
    ],
    ["FY2004"],
  );
  expect(footingChecks(t)).toMatchObject([{ status: "pass", difference: "0" }]);
});

it("leaves out rows in other units, and totals of fewer than two rows", () => {
  const shares = {
    ...r("Shares outstanding", ["999"]),
    unit: "shares" as const,
  };
  const t = table(
    [r("A", ["1"]), shares, r("B", ["2"]), r("Total", ["3"])],
    ["FY2004"],
  );
  expect(
    totalsWithComponents(t).map((x) => x.parts.map((p) => p.label)),
  ).toEqual([["A", "B"]]);
  expect(
    totalsWithComponents(
      table([r("C", ["5"]), r("Total other", ["5"])], ["FY2004"]),
    ),
  ).toEqual([]);
});

describe("a charge printed without a sign under a net of income and charges", () => {
  const OTHER = ["Other income (expense):"];
  it("is subtracted where that is what foots, and the message says so", () => {
    const t = table(
      [
        r("Interest income", ["2000", "1500"], OTHER),
        r("Interest expense", ["1000", "1200"], OTHER),
        r("Total other income, net", ["1000", "300"], OTHER),
      ],
      ["Q3-2004", "Q3-2003"],
    );
    const checks = footingChecks(t);
    expect(checks.map((c) => c.status)).toEqual(["pass", "pass"]);
    expect(checks[0].message).toMatch(/Interest expense subtracted/);
  });

  it("a charge printed negative is added as printed", () => {
    const signed = table(
      [
        r("Interest income", ["2000"], OTHER),
        r("Interest expense", ["-1000"], OTHER),
        r("Total other income (expense)", ["1000"], OTHER),
      ],
      ["FY2004"],
    );
    expect(footingChecks(signed)).toMatchObject([
      { status: "pass", actual: "1000" },
    ]);
  });

  it("elsewhere, a total that foots only with a charge subtracted is not sure (skip); one that foots no way fails", () => {
    const royalties = ["Royalties:"];
    const t = table(
      [
        r("Royalty receipts", ["100", "90"], royalties),
        r("Royalty costs", ["60", "50"], royalties),
        r("Total royalties", ["40", "70"], royalties),
      ],
      ["FY2004", "FY2003"],
    );
    const [sure, wrong] = footingChecks(t);
    expect(sure).toMatchObject({ status: "skip" });
    expect(sure.message).toMatch(/only with Royalty costs subtracted/);
    expect(wrong).toMatchObject({ status: "fail", actual: "140" });
  });
});
