// Periods from every header form, through the whole parser: invented releases with "3 Mos. Ended" over m/d/yy dates,
// a spanning header listing one end date per year column, headers over four lines, "1ST QTR | 1994" quarter
// labels (placed only where the release shows a December year-end) and outlook columns (never given a period).
import { readFileSync } from "fs";
import { join } from "path";
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";

const fixture = (name: string) =>
  readFileSync(join(__dirname, "fixtures", name), "utf8");
const parse = (name: string): Release => parseRelease(fixture(name), name);
const periods = (rel: Release, t: number) =>
  rel.tables[t].columns.map((c) => c.period);
const value = (rel: Release, label: string, period: string) => {
  const fs = rel.facts.filter((f) => f.label === label && f.period === period);
  if (fs.length !== 1)
    throw new Error(`expected one ${label} @ ${period}, found ${fs.length}`);
  return fs[0].value;
};
const periodWarnings = (rel: Release) =>
  rel.warnings.filter((w) => /has no period/.test(w.message));

describe("'3 Mos. Ended' and '12 Mos. Ended' over m/d/yy dates; a four-line header", () => {
  const rel = parse("quillfeather-q4-2000.txt");

  it("names the quarter and the year of each numeric date", () => {
    expect(periods(rel, 0)).toEqual(["Q4-2000", "Q4-1999", "FY2000", "FY1999"]);
    expect(value(rel, "Net sales", "Q4-2000")).toBe("21406");
    expect(value(rel, "Net sales", "FY1999")).toBe("70992");
    expect(rel.tables[0].columns[0].end).toBe("2000-12-31");
  });

  it("makes balance-sheet columns headed by numeric dates ISO instants", () => {
    expect(periods(rel, 1)).toEqual(["2000-12-31", "1999-12-31"]);
    expect(value(rel, "Total assets", "1999-12-31")).toBe("18884");
  });

  it("reads a header spread over four lines with '(Unaudited)' among them", () => {
    expect(periods(rel, 2)).toEqual(["Q4-2000", "Q4-1999", "FY2000", "FY1999"]);
    expect(value(rel, "Orders booked", "FY2000")).toBe("84336");
  });

  it("leaves no column without a period", () => {
    expect(periodWarnings(rel)).toEqual([]);
  });
});

describe("a spanning header listing one end date per column", () => {
  const rel = parse("tamsin-q2-2004.txt");

  it("gives each year column its own date: '… July 3, 2004 and June 28, 2003' over '2004  2003'", () => {
    expect(periods(rel, 0)).toEqual(["Q2-2004", "Q2-2003"]);
    expect(rel.tables[0].columns.map((c) => c.end)).toEqual([
      "2004-07-03",
      "2003-06-28",
    ]);
    expect(value(rel, "Net sales", "Q2-2003")).toBe("295118");
  });

  it("does the same for a title line listing the dates", () => {
    expect(periods(rel, 1)).toEqual(["6M-2004", "6M-2003"]);
    expect(rel.tables[1].columns[1].end).toBe("2003-06-28");
  });

  it("gives no period, and says why, where no year picks a column's date", () => {
    expect(periods(rel, 2)).toEqual([null, null]);
    const w = periodWarnings(rel);
    expect(w).toHaveLength(2);
    expect(w[0].message).toMatch(/several end dates/);
  });
});

describe("quarter labels of a calendar-year company", () => {
  it("places '1ST QTR | 1994' where the balance sheet is dated the quarter's calendar end", () => {
    const rel = parse("greyhaven-q1-1994.txt");
    expect(periods(rel, 0)).toEqual(["Q1-1994", "Q1-1993"]);
    expect(value(rel, "Net income", "Q1-1993")).toBe("2650");
    expect(periodWarnings(rel)).toEqual([]);
  });

  it("places it under a title 'FOR THE THREE MONTHS ENDED MARCH 31', and by a release dated weeks after the quarter", () => {
    // Released April 21, 1994 by a company that never speaks of a fiscal year: its "1ST QTR 1994" is the calendar's.
    const rel = parse("hollis-q1-1994.txt");
    expect(periods(rel, 1)).toEqual(["Q1-1994", "Q1-1993"]);
    expect(periods(rel, 0)).toEqual(["Q1-1994", "Q1-1993"]);
    expect(periodWarnings(rel)).toEqual([]);
  });

  it("leaves it null where the release speaks of a fiscal year, or comes out long after the calendar quarter", () => {
    const text = fixture("hollis-q1-1994.txt");
    const fiscal = parseRelease(
      text.replace(
        "today reported results.",
        "today reported results for the first quarter of fiscal 1994 ended on a Saturday.",
      ),
      "hollis.txt",
    );
    expect(periods(fiscal, 0)).toEqual([null, null]);
    const late = parseRelease(
      text.replace("April 21, 1994", "August 30, 1994"),
      "hollis.txt",
    );
    expect(periods(late, 0)).toEqual([null, null]);
  });
});

describe("outlook and guidance columns", () => {
  const rel = parse("norrland-outlook-fy2023.txt");

  it("gives the reported columns their periods", () => {
    expect(periods(rel, 0)).toEqual(["Q1-2023", "Q1-2022"]);
    expect(periods(rel, 2).slice(0, 2)).toEqual(["Q4-2022", "Q1-2023"]);
  });

  it("leaves an outlook table's columns and a guidance column null, with a warning for each", () => {
    expect(periods(rel, 1)).toEqual([null, null]);
    expect(periods(rel, 2)[2]).toBeNull();
    expect(
      periodWarnings(rel).filter((w) => /expectations/.test(w.message)),
    ).toHaveLength(3);
    expect(rel.facts.filter((f) => f.value === "1700")[0].period).toBeNull();
  });
});

describe("a web-page data sheet: 'Q3’04 Actual' columns of a September fiscal year", () => {
  const html = readFileSync(
    join(__dirname, "fixtures", "sorrel-q3-fy2004.htm"),
    "utf8",
  );

  it("places the fiscal labels by the calendar the release states, and each year column by its own date", () => {
    const rel = parseRelease(html, "sorrel-q3-fy2004.htm");
    expect(periods(rel, 0)).toEqual(["Q2-2004", "Q1-2004", "Q2-2003", null]);
    expect(rel.tables[0].columns[0].fiscalPeriod).toBe("FQ3-2004");
    expect(periods(rel, 1)).toEqual(["Q2-2004", "Q2-2003"]);
    expect(rel.tables[1].columns[1].end).toBe("2003-06-28");
  });

  it("leaves the fiscal labels null, with warnings, when the release does not state its calendar", () => {
    const rel = parseRelease(
      html.replace(
        / for its fiscal 2004 third quarter ended June 26, 2004/,
        "",
      ),
      "sorrel-undated.htm",
    );
    expect(periods(rel, 0)).toEqual([null, null, null, null]);
    expect(rel.tables[0].columns[0].fiscalPeriod).toBe("FQ3-2004");
    expect(periodWarnings(rel)).toHaveLength(4);
    expect(periods(rel, 1)).toEqual(["Q2-2004", "Q2-2003"]);
  });
});

describe("a table continued across pages keeps its header", () => {
  const rel = parse("fenwood-q2-1998.txt");

  it("goes on under the full header where the next page repeats only the year row", () => {
    expect(periods(rel, 0)).toEqual([
      "Q2-1998",
      "Q2-1997",
      "6M-1998",
      "6M-1997",
    ]);
    expect(value(rel, "Net income", "6M-1997")).toBe("13528");
    expect(value(rel, "Selling and administrative", "Q2-1998")).toBe("12110");
    const sga = rel.tables[0].rows.find(
      (r) => r.label === "Selling and administrative",
    );
    expect(sga?.section).toBe("Other expenses:");
  });

  it("keeps a year row repeated after two page breaks as a header, not as a running header", () => {
    expect(periods(rel, 1)).toEqual([
      "Q2-1998",
      "Q2-1997",
      "6M-1998",
      "6M-1997",
    ]);
    expect(value(rel, "Backlog", "6M-1998")).toBe("41000");
    expect(periodWarnings(rel)).toEqual([]);
  });
});
