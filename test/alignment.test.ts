// Value → column assignment under awkward fixed-width layouts: blank cells, figures of different widths, "$" apart,
// narrow percent columns, centred figures, crowded columns, offset headers, labels running into the figures,
// single-space separated figures and many narrow columns. Every figure must land in the column it stands under,
// or be left out when truly ambiguous, never in a neighbour's column. All fixtures are invented.
import { parseRelease } from "../src/parse";
import { Table } from "../src/model";
import { at, centred, fw, right, row } from "./helpers";

function table(lines: string[]): Table {
  const rel = parseRelease(lines.join("\n"), "alignment");
  expect(rel.error ?? null).toBeNull();
  expect(rel.tables).toHaveLength(1);
  return rel.tables[0];
}

const cols = (t: Table) => t.columns.map((c) => [c.column, c.period]);
const vals = (t: Table) =>
  Object.fromEntries(t.rows.map((r) => [r.label, r.values]));

const E = [50, 62, 76, 88];
const quarterHeader = [
  fw(at(0, "ZEPHYR GADGETS INC.")),
  fw(at(0, "CONSOLIDATED STATEMENTS OF OPERATIONS")),
  fw(at(0, "(In thousands, except per share data)")),
  "",
  centred([40, 62, "Three Months Ended"], [66, 88, "Six Months Ended"]),
  centred([40, 62, "June 30,"], [66, 88, "June 30,"]),
  fw(
    right(E[0], "2004"),
    right(E[1], "2003"),
    right(E[2], "2004"),
    right(E[3], "2003"),
  ),
  fw(
    right(E[0], "------"),
    right(E[1], "------"),
    right(E[2], "------"),
    right(E[3], "------"),
  ),
];
const quarterCols = [
  ["Three Months Ended | June 30, | 2004", "Q2-2004"],
  ["Three Months Ended | June 30, | 2003", "Q2-2003"],
  ["Six Months Ended | June 30, | 2004", "6M-2004"],
  ["Six Months Ended | June 30, | 2003", "6M-2003"],
];

describe("value → column assignment", () => {
  it("puts the figures of rows with blank cells under their own columns", () => {
    const t = table([
      ...quarterHeader,
      row("Net sales", ["12,345", "11,210", "24,680", "22,105"], E),
      row("Royalty income", ["120", "", "240", "95"], E),
      row("Restructuring charge", ["", "310", "", "310"], E),
      row("Gain on sale", ["45", "60", "", ""], E),
      row("Other income", ["", "", "", "18"], E),
      row("Interest expense", ["(22)", "", "", ""], E),
      row("Net income", ["1,402", "1,198", "2,733", "2,301"], E),
    ]);
    expect(cols(t)).toEqual(quarterCols);
    expect(vals(t)).toEqual({
      "Net sales": ["12345", "11210", "24680", "22105"],
      "Royalty income": ["120", null, "240", "95"],
      "Restructuring charge": [null, "310", null, "310"],
      "Gain on sale": ["45", "60", null, null],
      "Other income": [null, null, null, "18"],
      "Interest expense": ["-22", null, null, null],
      "Net income": ["1402", "1198", "2733", "2301"],
    });
  });

  it("keeps right-aligned figures of different widths in one column, ')' hanging one right", () => {
    const ends = [50, 66];
    const t = table([
      fw(at(0, "BALANCE DATA")),
      "",
      fw(right(50, "2004"), right(66, "2003")),
      fw(right(50, "----------"), right(66, "----------")),
      row("Revenues", ["$1,234,567", "$1,100,004"], ends),
      row("Units", ["12", "9"], ends),
      fw(at(0, "Loss on hedges"), right(51, "(3)"), right(67, "(14)")),
      fw(at(0, "Other"), right(51, "(1,205)"), right(66, "7")),
      row("Net", ["1,233,374", "1,099,999"], ends),
    ]);
    expect(cols(t)).toEqual([
      ["2004", null],
      ["2003", null],
    ]);
    expect(vals(t)).toEqual({
      Revenues: ["1234567", "1100004"],
      Units: ["12", "9"],
      "Loss on hedges": ["-3", "-14"],
      Other: ["-1205", "7"],
      Net: ["1233374", "1099999"],
    });
  });

  it("keeps a '$' standing apart at the left of a column with its figure", () => {
    const t = table([
      ...quarterHeader,
      fw(
        at(0, "Net sales"),
        at(40, "$"),
        right(50, "8,001"),
        at(54, "$"),
        right(62, "7,420"),
        at(66, "$"),
        right(76, "15,990"),
        at(80, "$"),
        right(88, "14,312"),
      ),
      row("Cost of sales", ["4,100", "3,900", "8,150", "7,600"], E),
      fw(
        at(0, "Net income"),
        at(40, "$"),
        right(50, "611"),
        at(54, "$"),
        right(62, "540"),
        at(66, "$"),
        right(76, "1,180"),
        at(80, "$"),
        right(88, "1,002"),
      ),
      fw(
        at(0, "Other items"),
        at(54, "$"),
        right(62, "12"),
        at(80, "$"),
        right(88, "30"),
      ),
    ]);
    expect(cols(t)).toEqual(quarterCols);
    expect(vals(t)).toEqual({
      "Net sales": ["8001", "7420", "15990", "14312"],
      "Cost of sales": ["4100", "3900", "8150", "7600"],
      "Net income": ["611", "540", "1180", "1002"],
      "Other items": [null, "12", null, "30"],
    });
  });

  it("reads a percent column whose figures are narrower than its header", () => {
    const t = table([
      fw(at(0, "QUARTERLY RESULTS")),
      fw(at(0, "(In thousands)")),
      "",
      fw(right(50, "2004"), right(62, "2003"), right(78, "Percent Change")),
      fw(right(50, "------"), right(62, "------"), right(78, "--------------")),
      fw(
        at(0, "Revenue"),
        right(50, "9,870"),
        right(62, "8,790"),
        right(76, "12.3%"),
      ),
      fw(
        at(0, "Operating costs"),
        right(50, "6,100"),
        right(62, "6,390"),
        right(77, "(4.5)%"),
      ),
      fw(
        at(0, "Special items"),
        right(50, "(20)"),
        right(62, "15"),
        right(76, "n/m"),
      ),
      fw(
        at(0, "Operating income"),
        right(50, "3,750"),
        right(62, "2,415"),
        right(76, "55.3%"),
      ),
    ]);
    expect(cols(t)).toEqual([
      ["2004", null],
      ["2003", null],
      ["Percent Change", null],
    ]);
    expect(t.columns[2].percent).toBe(true);
    expect(vals(t)).toEqual({
      Revenue: ["9870", "8790", "12.3"],
      "Operating costs": ["6100", "6390", "-4.5"],
      "Special items": ["-20", "15", null],
      "Operating income": ["3750", "2415", "55.3"],
    });
  });

  it("reads centred figures", () => {
    // Columns centred on 44 and 60.
    const c = (mid: number, s: string) => at(mid - Math.floor(s.length / 2), s);
    const t = table([
      fw(at(0, "SUMMARY")),
      "",
      fw(c(44, "2004"), c(60, "2003")),
      fw(at(0, "Revenues"), c(44, "1,234,000"), c(60, "998,500")),
      fw(at(0, "Fees"), c(44, "12"), c(60, "7")),
      fw(at(0, "Net loss"), c(44, "(450)"), c(60, "(1,200)")),
      fw(at(0, "Other"), c(60, "33")),
    ]);
    expect(cols(t)).toEqual([
      ["2004", null],
      ["2003", null],
    ]);
    expect(vals(t)).toEqual({
      Revenues: ["1234000", "998500"],
      Fees: ["12", "7"],
      "Net loss": ["-450", "-1200"],
      Other: [null, "33"],
    });
  });

  it("separates a wide column of figures that comes within two characters of the next", () => {
    const ends = [50, 60];
    const t = table([
      fw(at(0, "ASSET SUMMARY")),
      "",
      fw(right(50, "2004"), right(60, "2003")),
      row("Total deposits", ["1,234,567,890", "98,765"], ends),
      row("Loans", ["987,654,321", "87,654"], ends),
      row("Other", ["5", ""], ends),
      row("Reserves", ["", "1,234"], ends),
    ]);
    expect(cols(t)).toEqual([
      ["2004", null],
      ["2003", null],
    ]);
    expect(vals(t)).toEqual({
      "Total deposits": ["1234567890", "98765"],
      Loans: ["987654321", "87654"],
      Other: ["5", null],
      Reserves: [null, "1234"],
    });
  });

  it("gives header cells offset by a character or two to the columns under them", () => {
    const t = table([
      fw(at(0, "OPERATING DATA")),
      "",
      fw(right(49, "Q2 2004"), right(63, "Q2 2003"), right(78, "Q1 2004")),
      row("Revenues", ["4,410", "3,980", "4,005"], [50, 64, 78]),
      row("Expenses", ["3,200", "3,010", "2,990"], [50, 64, 78]),
      row("Other", ["", "", "14"], [50, 64, 78]),
    ]);
    expect(t.columns.map((c) => [c.column, c.fiscalPeriod])).toEqual([
      ["Q2 2004", "FQ2-2004"],
      ["Q2 2003", "FQ2-2003"],
      ["Q1 2004", "FQ1-2004"],
    ]);
    expect(vals(t).Other).toEqual([null, null, "14"]);
  });

  it("reads a row whose label runs into the first value column's area", () => {
    const t = table([
      ...quarterHeader,
      row("Net sales", ["12,345", "11,210", "24,680", "22,105"], E),
      fw(
        at(0, "Cumulative effect of a change in accounting principle"),
        right(62, "(210)"),
        right(88, "(210)"),
      ),
      row("Net income", ["1,402", "1,198", "2,733", "2,301"], E),
    ]);
    expect(cols(t)).toEqual(quarterCols);
    expect(vals(t)).toEqual({
      "Net sales": ["12345", "11210", "24680", "22105"],
      "Cumulative effect of a change in accounting principle": [
        null,
        "-210",
        null,
        "-210",
      ],
      "Net income": ["1402", "1198", "2733", "2301"],
    });
  });

  it("splits figures of two adjacent columns separated by a single space", () => {
    const ends = [50, 56, 70];
    const t = table([
      fw(at(0, "SEGMENT REVENUE")),
      "",
      fw(right(50, "2004"), right(56, "2003"), right(70, "2002")),
      row("North", ["1,234", "5,678", "4,321"], ends),
      row("South", ["234", "678", "321"], ends),
      row("West", ["12", "", "9"], ends),
      row("East", ["", "45", "30"], ends),
    ]);
    expect(cols(t)).toEqual([
      ["2004", null],
      ["2003", null],
      ["2002", null],
    ]);
    expect(vals(t)).toEqual({
      North: ["1234", "5678", "4321"],
      South: ["234", "678", "321"],
      West: ["12", null, "9"],
      East: [null, "45", "30"],
    });
  });

  it("reads a five-year table of narrow columns", () => {
    const ends = [40, 49, 58, 67, 76];
    const years = ["2004", "2003", "2002", "2001", "2000"];
    const t = table([
      fw(at(0, "SELECTED FINANCIAL DATA")),
      fw(at(0, "(In thousands)")),
      "",
      fw(...years.map((y, i) => right(ends[i], y))),
      fw(...years.map((_, i) => right(ends[i], "-----"))),
      row("Revenues", ["9,876", "8,765", "7,654", "6,543", "5,432"], ends),
      row("Net income", ["987", "(76)", "", "54", "43"], ends),
      row("Dividends", ["", "", "12", "12", "12"], ends),
      row("Total assets", ["55,100", "50,020", "44,930", "40,800", ""], ends),
    ]);
    expect(cols(t)).toEqual(years.map((y) => [y, null]));
    expect(vals(t)).toEqual({
      Revenues: ["9876", "8765", "7654", "6543", "5432"],
      "Net income": ["987", "-76", null, "54", "43"],
      Dividends: [null, null, "12", "12", "12"],
      "Total assets": ["55100", "50020", "44930", "40800", null],
    });
  });

  it("reads an eight-column segment table", () => {
    const ends = [30, 37, 44, 51, 58, 65, 72, 79];
    const heads = [
      "East",
      "West",
      "North",
      "South",
      "Intl",
      "Corp",
      "Elim",
      "Total",
    ];
    const t = table([
      fw(at(0, "SEGMENT DATA - 2004")),
      fw(at(0, "(In millions)")),
      "",
      fw(...heads.map((h, i) => right(ends[i], h))),
      row("Sales", ["120", "98", "77", "65", "210", "", "(15)", "555"], ends),
      row("Profit", ["12", "9", "(3)", "6", "21", "(8)", "", "37"], ends),
      row(
        "Assets",
        ["", "410", "300", "280", "900", "75", "(40)", "1,925"],
        ends,
      ),
    ]);
    expect(t.columns.map((c) => c.column)).toEqual(heads);
    expect(vals(t)).toEqual({
      Sales: ["120", "98", "77", "65", "210", null, "-15", "555"],
      Profit: ["12", "9", "-3", "6", "21", "-8", null, "37"],
      Assets: [null, "410", "300", "280", "900", "75", "-40", "1925"],
    });
  });

  it("leaves out a lone figure standing between two columns rather than guessing", () => {
    const t = table([
      fw(at(0, "RESULTS")),
      "",
      fw(right(50, "Q2 2004"), right(62, "Q2 2003")),
      row("Sales", ["1,234", "1,100"], [50, 62]),
      row("Odd item", ["7"], [55]),
      row("Net income", ["234", "100"], [50, 62]),
    ]);
    expect(t.columns.map((c) => c.column)).toEqual(["Q2 2004", "Q2 2003"]);
    expect(vals(t)).toEqual({
      Sales: ["1234", "1100"],
      "Odd item": [null, null],
      "Net income": ["234", "100"],
    });
  });

  it("keeps a wide change header to its own column and hanging negatives in theirs", () => {
    const t = table([
      fw(at(0, "RESULTS")),
      "",
      fw(right(50, "2004"), right(58, "2003"), at(60, "Increase (Decrease)")),
      fw(
        at(0, "Sales"),
        right(50, "1,234"),
        right(58, "1,100"),
        right(74, "12.2%"),
      ),
      fw(
        at(0, "Costs"),
        right(51, "(900)"),
        right(59, "(950)"),
        right(75, "(5.3)%"),
      ),
      fw(at(0, "Other"), right(59, "(3)"), right(74, "n/m")),
    ]);
    expect(t.columns.map((c) => [c.column, !!c.percent])).toEqual([
      ["2004", false],
      ["2003", false],
      ["Increase (Decrease)", true],
    ]);
    expect(vals(t)).toEqual({
      Sales: ["1234", "1100", "12.2"],
      Costs: ["-900", "-950", "-5.3"],
      Other: [null, "-3", null],
    });
  });

  it("reads left-aligned figures and '$'-prefixed figures separated by one space", () => {
    const left = table([
      fw(at(0, "RESULTS")),
      "",
      fw(at(40, "2004"), at(52, "2003")),
      fw(at(0, "Sales"), at(40, "1,234,567"), at(52, "1,100")),
      fw(at(0, "Other"), at(40, "12"), at(52, "(3)")),
      fw(at(0, "Tax"), at(52, "44")),
    ]);
    expect(vals(left)).toEqual({
      Sales: ["1234567", "1100"],
      Other: ["12", "-3"],
      Tax: [null, "44"],
    });
    const crowded = table([
      fw(at(0, "RESULTS")),
      "",
      fw(right(50, "2004"), right(61, "2003")),
      fw(at(0, "Sales"), right(50, "$1,234,567"), right(61, "$1,100,000")),
      fw(at(0, "Deposits"), right(50, "123,456,789"), right(61, "99,999")),
      fw(at(0, "Tax"), right(61, "44")),
      fw(at(0, "Fee"), right(50, "5")),
    ]);
    expect(vals(crowded)).toEqual({
      Sales: ["1234567", "1100000"],
      Deposits: ["123456789", "99999"],
      Tax: [null, "44"],
      Fee: ["5", null],
    });
  });

  it("takes a figure written one space after a long label into the column it stands in", () => {
    const t = table([
      fw(at(0, "RESULTS")),
      "",
      fw(right(50, "Q2 2004"), right(62, "Q2 2003")),
      row("Sales", ["1,234", "1,100"], [50, 62]),
      fw(
        at(0, "Provision for doubtful accounts and other items"),
        right(50, "12"),
        right(62, "45"),
      ),
      fw(at(0, "Reserve for notes due 2009"), right(62, "8")),
      row("Net income", ["234", "100"], [50, 62]),
    ]);
    expect(vals(t)).toEqual({
      Sales: ["1234", "1100"],
      "Provision for doubtful accounts and other items": ["12", "45"],
      "Reserve for notes due 2009": [null, "8"],
      "Net income": ["234", "100"],
    });
  });
});
