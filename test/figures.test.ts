// Only figures are facts: header years with a footnote marker, footnote markers after a label or a number (text
// and HTML superscripts), price ranges, years that complete a label or stand as a row's label, and lone page
// numbers are never values; a "(2)" standing in a column of figures is. Fixtures are invented releases.
import { readFileSync } from "fs";
import { join } from "path";
import { analyzeLine } from "../src/cells";
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";
import { at, fw, right } from "./helpers";

const parse = (name: string): Release =>
  parseRelease(readFileSync(join(__dirname, "fixtures", name), "utf8"), name);

const labels = (rel: Release, t: number) =>
  rel.tables[t].rows.map((r) => r.label);
const rowValues = (rel: Release, t: number, label: string) =>
  rel.tables[t].rows.find((r) => r.label === label)?.values;

describe("only figures are values (fixed-width text)", () => {
  const rel = parse("quillon-q3-2004-figures.txt");

  it("reads a row of years with a footnote marker on one ('2004  2003*') as the header, not as figures", () => {
    expect(rel.tables[0].columns.map((c) => c.period)).toEqual([
      "Q3-2004",
      "Q3-2003",
      "9M-2004",
      "9M-2003",
    ]);
    expect(
      rel.facts.some((f) => f.value === "2003" || f.value === "2004"),
    ).toBe(false);
  });

  it("joins a footnote marker standing after a label ('(1)', a lone digit, '*') to the label", () => {
    expect(labels(rel, 0).slice(0, 4)).toEqual([
      "Net sales (1)",
      "Cost of sales 2",
      "Gross profit",
      "Restructuring charge *",
    ]);
    expect(rowValues(rel, 0, "Cost of sales 2")).toEqual([
      "7410",
      "6830",
      "21900",
      "19870",
    ]);
  });

  it("keeps a digit standing one space after a number out of the figures ('15 3' is 15)", () => {
    expect(rowValues(rel, 0, "Other income, net")).toEqual([
      "15",
      "22",
      "41",
      "60",
    ]);
  });

  it("keeps '(2)' standing in a column of figures as a figure", () => {
    expect(rowValues(rel, 0, "Restructuring charge *")).toEqual([
      "0",
      "-2",
      "0",
      "-2",
    ]);
  });

  it("reads a price range ('$10.50 - $15.00') as part of the label", () => {
    expect(rowValues(rel, 0, "Options at $10.50 - $15.00")).toEqual([
      null,
      null,
      "410",
      "385",
    ]);
  });

  it("leaves a page number standing in no column out of the table", () => {
    expect(rel.facts.some((f) => f.value === "12")).toBe(false);
    expect(rel.tables[0].rows.some((r) => r.line === 25)).toBe(false);
  });

  it("reads a year that completes a label ('Fiscal  2004', 'Balance at December 31,  2002') as the label's", () => {
    expect(labels(rel, 1)).toEqual([
      "Fiscal 2004",
      "Fiscal 2003",
      "Balance at December 31, 2002",
      "2001",
    ]);
    expect(rel.tables[1].columns).toHaveLength(2);
  });

  it("reads a bare year first on an unlabelled line as the row's label", () => {
    expect(rowValues(rel, 1, "2001")).toEqual(["35700", "3950"]);
  });
});

describe("header years written one space apart with a marker ('2004* 2003')", () => {
  it("reads them as two header cells, each over its column", () => {
    const text = [
      fw(at(27, "CONDENSED STATEMENTS OF INCOME")),
      fw(at(34, "(In thousands)")),
      "",
      fw(at(35, "Year Ended December 31,")),
      fw(at(39, "2004* 2003")),
      fw(at(0, "Revenue"), right(43, "$ 9,120"), right(51, "$ 8,410")),
      fw(at(0, "Net income"), right(43, "1,015"), right(51, "930")),
    ].join("\n");
    const rel = parseRelease(text, "inline");
    expect(rel.tables[0].columns.map((c) => c.period)).toEqual([
      "FY2004",
      "FY2003",
    ]);
    expect(rowValues(rel, 0, "Revenue")).toEqual(["9120", "8410"]);
  });
});

describe("analyzeLine: a year or a range that belongs to the label", () => {
  it("moves a year after 'December 31,' into the label only when figures follow", () => {
    const row = analyzeLine(
      fw(
        at(0, "Balance at December 31,"),
        right(30, "2003"),
        right(44, "1,234"),
      ),
    );
    expect(row.label?.text).toBe("Balance at December 31, 2003");
    expect(row.values.map((v) => v.value)).toEqual(["1234"]);
    // A header line ("Year ended December 31,   2004   2003") keeps its years.
    const header = analyzeLine(
      fw(
        at(0, "Year ended December 31,"),
        right(44, "2004"),
        right(56, "2003"),
      ),
    );
    expect(header.yearsOnly).toBe(true);
    expect(header.values).toHaveLength(2);
  });

  it("moves a day and a year after a month, or a year after a quarter, into the label; a month's figures stay", () => {
    const dated = analyzeLine(
      fw(
        at(0, "Balance at December"),
        at(21, "31"),
        at(25, "2003"),
        right(44, "1,234"),
        right(56, "1,100"),
      ),
    );
    expect(dated.label?.text).toBe("Balance at December 31 2003");
    expect(dated.values.map((v) => v.value)).toEqual(["1234", "1100"]);
    const quarter = analyzeLine(
      fw(
        at(0, "Third quarter"),
        at(16, "2004"),
        right(44, "1,234"),
        right(56, "1,100"),
      ),
    );
    expect(quarter.label?.text).toBe("Third quarter 2004");
    // Far from "Fourth quarter", a four-digit figure stands in its column.
    const far = analyzeLine(
      fw(
        at(0, "Fourth quarter"),
        right(32, "2045"),
        right(44, "1,987"),
        right(56, "1,950"),
      ),
    );
    expect(far.label?.text).toBe("Fourth quarter");
    expect(far.values.map((v) => v.value)).toEqual(["2045", "1987", "1950"]);
    // A month as a row's label in a monthly table: its small figures are figures.
    const month = analyzeLine(
      fw(at(0, "January"), right(32, "12"), right(44, "10"), right(56, "8")),
    );
    expect(month.label?.text).toBe("January");
    expect(month.values.map((v) => v.value)).toEqual(["12", "10", "8"]);
  });

  it("keeps two figures with a dash between them as figures unless they are prices", () => {
    const counts = analyzeLine(fw(at(0, "Units"), right(44, "1,200 - 1,100")));
    expect(counts.values.map((v) => v.value)).toEqual(["1200", null, "1100"]);
    const prices = analyzeLine(
      fw(at(0, "Options at"), at(14, "$8.00 - $9.50"), right(44, "1,200")),
    );
    expect(prices.label?.text).toBe("Options at $8.00 - $9.50");
    const spaced = analyzeLine(
      fw(at(0, "Options at"), at(14, "$ 8.00 - $ 9.50"), right(44, "1,200")),
    );
    expect(spaced.label?.text).toBe("Options at $ 8.00 - $ 9.50");
    expect(spaced.values.map((v) => v.value)).toEqual(["1200"]);
    expect(prices.values.map((v) => v.value)).toEqual(["1200"]);
  });
});

describe("a small figure standing in its column stays a figure", () => {
  it("keeps single-digit counts aligned with the column's other figures", () => {
    const text = [
      fw(at(30, "2004"), at(42, "2003")),
      fw(at(0, "Revenue"), right(34, "$ 1,250"), right(46, "$ 1,100")),
      fw(at(0, "Stores opened"), right(34, "3"), right(46, "5")),
      fw(at(0, "Net income"), right(34, "$   120"), right(46, "$    95")),
    ].join("\n");
    const rel = parseRelease(text, "inline");
    expect(rowValues(rel, 0, "Stores opened")).toEqual(["3", "5"]);
  });
});

describe("only figures are values (HTML)", () => {
  const rel = parse("vantrell-q4-2004-notes.htm");

  it("reads a header year with a superscript marker ('2003<sup>*</sup>') as a year", () => {
    expect(rel.tables[0].columns.map((c) => c.period)).toEqual([
      "Q4-2004",
      "Q4-2003",
      "FY2004",
      "FY2003",
    ]);
  });

  it("writes a superscript after a label as a marker apart from the label", () => {
    expect(labels(rel, 0)[0]).toBe("Revenue (1)");
  });

  it("keeps a superscript after a figure out of its digits ('4,310<sup>3</sup>' is 4,310)", () => {
    expect(rowValues(rel, 0, "Cost of revenue (2)")).toEqual([
      "4310",
      "3905",
      "16220",
      "14870",
    ]);
  });

  it("keeps a superscript's digits out of a number's ('123<sup>4</sup>' is 123, '98<sup>1,2</sup>' is 98)", () => {
    expect(rowValues(rel, 0, "Other expense (1,2)")).toEqual([
      "123",
      "98",
      "410",
      "377",
    ]);
  });

  it("joins a marker in a column without figures ('(4)' in a cell of its own) to the label", () => {
    expect(rowValues(rel, 0, "Gross margin (4)")).toEqual([
      "3930",
      "3210",
      "14740",
      "12610",
    ]);
    expect(rel.tables[0].columns).toHaveLength(4);
  });

  it("keeps '(2)' in a column of figures as a figure", () => {
    expect(rowValues(rel, 0, "Litigation settlement")).toEqual([
      "-2",
      "0",
      "-2",
      "0",
    ]);
  });

  it("reads a year in the cell after a label it completes ('Balance at December 31,' | '2004') as the label's", () => {
    expect(labels(rel, 1)).toEqual([
      "Balance at December 31, 2004",
      "Balance at December 31, 2003",
    ]);
    expect(rowValues(rel, 1, "Balance at December 31, 2004")).toEqual([
      "5120",
      "1940",
    ]);
  });

  it("reads a year first in an unlabelled row, in no column of figures, as the row's label", () => {
    expect(labels(rel, 2)).toEqual(["2004", "2003"]);
    expect(rowValues(rel, 2, "2003")).toEqual(["8120", "7905"]);
    expect(rel.tables[2].columns).toHaveLength(2);
  });

  it("keeps an ordinal's superscript letters in the header ('4<sup>th</sup> Quarter')", () => {
    expect(rel.tables[0].columns[0].column).toContain("4th Quarter Ended");
  });
});

describe("robustness: lines without cells", () => {
  it("parses a three-line text ('...' / '1(1)' / '1') without throwing", () => {
    expect(() => parseRelease("...\n1(1)\n1\n", "tiny")).not.toThrow();
  });

  it("parses dot-leader lines above and inside a table without throwing", () => {
    const text = [
      "..........",
      fw(at(30, "2004"), at(42, "2003")),
      fw(at(0, "Revenue"), right(34, "1,250"), right(46, "1,100")),
      " . . . . . . . . . .",
      fw(at(0, "Net income"), right(34, "120"), right(46, "95")),
    ].join("\n");
    const rel = parseRelease(text, "leaders");
    expect(rel.error).toBeNull();
    expect(rowValues(rel, 0, "Net income")).toEqual(["120", "95"]);
  });
});
