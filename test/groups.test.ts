// Column groups: a header cell naming a segment or a basis rather than a period ("Domestic" | "Northwind Canada" |
// "Consolidated", "GAAP" | "Non-GAAP", "As Reported" | "Adjusted") becomes the column's and each fact's `group`; the
// column string keeps every header cell and the period stays the period. Invented releases, text and HTML.
import { plainFact } from "../src/fact";
import { readFileSync } from "fs";
import { join } from "path";
import * as answers from "../src/answers";
import { columnGroups } from "../src/columns";
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";
import { emptyStore } from "../src/store";
import { addText } from "../src/text-store";

const parse = (name: string): Release =>
  parseRelease(readFileSync(join(__dirname, "fixtures", name), "utf8"), name);

const text = parse("northwind-q1-2005-segments.txt");
const html = parse("quarrystone-q3-2006-groups.htm");

const facts = (rel: Release, label: string, period: string | null) =>
  rel.facts.filter((f) => f.label === label && f.period === period);

describe("segments in spanning headers (fixed-width text)", () => {
  const t = text.tables[0];

  it("gives every column the segment over it, keeps the header cells in `column` and the year's period", () => {
    expect(t.columns.map((c) => [c.column, c.period, c.group])).toEqual([
      ["Domestic | 2005", "Q1-2005", "Domestic"],
      ["Domestic | 2004", "Q1-2004", "Domestic"],
      ["Northwind Canada | 2005", "Q1-2005", "Northwind Canada"],
      ["Northwind Canada | 2004", "Q1-2004", "Northwind Canada"],
      ["Consolidated | 2005", "Q1-2005", "Consolidated"],
      ["Consolidated | 2004", "Q1-2004", "Consolidated"],
    ]);
  });

  it("tells the facts of one period apart by group, none of them losing its period", () => {
    const sales = facts(text, "Net sales", "Q1-2005");
    expect(sales.map((f) => [f.group, f.value])).toEqual([
      ["Domestic", "41250"],
      ["Northwind Canada", "12300"],
      ["Consolidated", "53550"],
    ]);
  });
});

describe("a basis under no date (text)", () => {
  it("names As Reported / Adjustments / As Adjusted columns by their basis; the period stays unknown", () => {
    const t = text.tables[1];
    expect(t.columns.map((c) => [c.group, c.period])).toEqual([
      ["As Reported", null],
      ["Adjustments", null],
      ["As Adjusted", null],
    ]);
    const eps = text.facts.filter(
      (f) => f.label === "Diluted earnings per share",
    );
    expect(eps.map((f) => [f.group, f.value])).toEqual([
      ["As Reported", "0.42"],
      ["Adjustments", "0.08"],
      ["As Adjusted", "0.50"],
    ]);
  });
});

describe("HTML headers", () => {
  it("reads a colspan segment header (Machinery | Financial Products) over the period headers", () => {
    const t = html.tables[0];
    expect(t.columns.map((c) => [c.group, c.period])).toEqual([
      ["Machinery", "Q3-2006"],
      ["Machinery", "Q3-2005"],
      ["Financial Products", "Q3-2006"],
      ["Financial Products", "Q3-2005"],
    ]);
    expect(
      facts(html, "Operating profit", "Q3-2006").map((f) => [f.group, f.value]),
    ).toEqual([
      ["Machinery", "455"],
      ["Financial Products", "118"],
      ["GAAP", "573"],
      ["Adjustments", "40"],
      ["Non-GAAP", "613"],
    ]);
  });

  it("gives GAAP, Adjustments and Non-GAAP under one dated header the same period, told apart by group", () => {
    const t = html.tables[1];
    expect(t.columns.map((c) => [c.column, c.period, c.group])).toEqual([
      ["Three Months Ended September 30, 2006 | GAAP", "Q3-2006", "GAAP"],
      [
        "Three Months Ended September 30, 2006 | Adjustments",
        "Q3-2006",
        "Adjustments",
      ],
      [
        "Three Months Ended September 30, 2006 | Non-GAAP",
        "Q3-2006",
        "Non-GAAP",
      ],
      ["Three Months Ended September 30, 2005 | GAAP", "Q3-2005", "GAAP"],
      [
        "Three Months Ended September 30, 2005 | Adjustments",
        "Q3-2005",
        "Adjustments",
      ],
      [
        "Three Months Ended September 30, 2005 | Non-GAAP",
        "Q3-2005",
        "Non-GAAP",
      ],
    ]);
  });

  it("gives a table of periods alone no group", () => {
    expect(html.tables[2].columns.every((c) => c.group === undefined)).toBe(
      true,
    );
    expect(
      html.facts
        .filter((f) => f.table === 2)
        .every((f) => f.group === undefined && !("group" in plainFact(f))),
    ).toBe(true);
  });
});

describe("which header cells are groups", () => {
  const dated = (n: number) => Array(n).fill("Q1-2005");

  it("takes the basis out of a cell that also holds the year ('2022 Non-GAAP')", () => {
    expect(
      columnGroups(
        [
          ["Three Months Ended May 31,", "2022 GAAP"],
          ["Three Months Ended May 31,", "2022 Non-GAAP"],
        ],
        dated(2),
      ),
    ).toEqual(["GAAP", "Non-GAAP"]);
  });

  it("does not take a name spanning every column (a company, a title) for a group", () => {
    expect(
      columnGroups(
        [
          ["Harlow Mills Inc.", "2005"],
          ["Harlow Mills Inc.", "2004"],
        ],
        dated(2),
      ),
    ).toEqual([undefined, undefined]);
  });

  it("never takes changes, percentages, notes, units or measures for groups", () => {
    expect(
      columnGroups(
        [
          ["Domestic", "2005"],
          ["Export", "2005"],
          ["% Change"],
          ["Increase (Decrease)"],
          ["(Unaudited)", "2004"],
          ["Amount", "2004"],
          ["Per Share", "2004"],
          ["Rev $m"],
          ["Units k"],
        ],
        dated(9),
      ),
    ).toEqual([
      "Domestic",
      "Export",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("does not take the first line of a period header broken over lines, or a comparison, for a segment", () => {
    expect(
      columnGroups(
        [
          ["Thirteen", "Weeks Ended"],
          ["Twenty-six", "Weeks Ended"],
          ["Fourth", "Quarter"],
          ["Better (Worse)"],
          ["Cumulative"],
        ],
        [null, null, null, null, null],
      ),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("does not take a heading that ran into the header ('Adjustments to reconcile …:') for a basis", () => {
    expect(
      columnGroups(
        [
          ["Adjustments to reconcile net income to cash from operations:"],
          ["Adjustments to reconcile net income to cash from operations:"],
        ],
        ["FY2005", "FY2004"],
      ),
    ).toEqual([undefined, undefined]);
  });

  it("takes 'Total' for a group only beside named segments, not after quarters", () => {
    expect(
      columnGroups(
        [
          ["Fiscal 2005", "Q1"],
          ["Fiscal 2005", "Q2"],
          ["Fiscal 2005", "Total"],
        ],
        [null, null, null],
      ),
    ).toEqual([undefined, undefined, undefined]);
    expect(
      columnGroups([["Domestic"], ["Export"], ["Total"]], dated(3)),
    ).toEqual(["Domestic", "Export", "Total"]);
  });

  it("finds no segments where no column names a period (a statement of changes in equity)", () => {
    expect(
      columnGroups(
        [
          ["Common Stock", "Shares"],
          ["Common Stock", "Amount"],
          ["Retained", "Earnings"],
        ],
        [null, null, null],
      ),
    ).toEqual([undefined, undefined, undefined]);
  });
});

describe("answers among column groups", () => {
  const read = (name: string) =>
    readFileSync(join(__dirname, "fixtures", name), "utf8");
  const storeOf = (...texts: [string, string][]) =>
    texts.reduce((s, [t, src]) => addText(s, t, src).store, emptyStore());

  it("answers a named item from the consolidated column, not the first segment's", () => {
    const store = storeOf([read("northwind-q1-2005-segments.txt"), "nw"]);
    expect(answers.figure(store, "REVENUE", "Q1-2005")).toEqual({
      ok: true,
      value: 53_550_000,
    });
  });

  it("answers from the GAAP column, and from another group when VALUE names it", () => {
    const store = storeOf([read("quarrystone-q3-2006-groups.htm"), "qs"]);
    expect(answers.figure(store, "NETINCOME", "Q3-2006")).toEqual({
      ok: true,
      value: 361_000_000,
    });
    expect(answers.value(store, "Non-GAAP Net income", "Q3-2006")).toEqual({
      ok: true,
      value: 387_000_000,
    });
  });

  it("refuses to pick one segment where the release gives the period only by segment", () => {
    const release = [
      "LINDENFELD TOOL WORKS, INC.",
      "RESULTS BY SEGMENT (In thousands of dollars)",
      "YEARS ENDED DECEMBER 31, 2006 AND 2005",
      "",
      "                          Hand Tools          Power Tools",
      "                       ---------------     ---------------",
      "                        2006      2005      2006      2005",
      "                       -----     -----     -----     -----",
      "Net sales              8,120     7,400     5,310     4,990",
      "Net income               610       540       402       377",
    ].join("\n");
    const rel = parseRelease(release, "lt");
    expect(rel.tables[0].columns.map((c) => c.group)).toEqual([
      "Hand Tools",
      "Hand Tools",
      "Power Tools",
      "Power Tools",
    ]);
    const store = storeOf([release, "lt"]);
    expect(answers.figure(store, "NETINCOME", "FY2006")).toMatchObject({
      ok: false,
      code: "notAvailable",
      message: expect.stringMatching(
        /only by column group.*"Hand Tools › Net income" 610,000.*"Power Tools › Net income" 402,000/,
      ),
    });
    expect(answers.value(store, "Power Tools Net income", "FY2006")).toEqual({
      ok: true,
      value: 402_000,
    });
  });
});
