// Text copied from a PDF viewer (test/fixtures/corpus/raw/907_trellis-systems-q2-2004-pdf.txt, invented and keyed
// in the corpus): one space between a table's cells, period phrases and years on lines of their own, "$" and "(" ")"
// words apart from their figures.
import { readFileSync } from "fs";
import { join } from "path";
import { detectForm } from "../src/copied-text";
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";
import { isSpacedText, tabbedFromSpaced } from "../src/spaced-text";

const NAME = "corpus/raw/907_trellis-systems-q2-2004-pdf.txt";
const text = readFileSync(join(__dirname, "fixtures", NAME), "utf8");
const rel = parseRelease(text, NAME);

const full = (r: Release, label: string, period: string) =>
  r.facts
    .filter((f) => f.label === label && f.period === period)
    .map((f) => [f.value, f.scale, f.unit]);

describe("text copied from a PDF viewer", () => {
  it("is told apart from fixed-width text, whose rows are aligned with runs of spaces", () => {
    expect(detectForm(text)).toBe("spaced");
    const aligned = text
      .split("\n")
      .map((l) => l.replace(/ (?=[$(\d])/g, "    "))
      .join("\n");
    expect(isSpacedText(aligned)).toBe(false);
    expect(detectForm(aligned)).toBe("fixed");
  });

  it("writes rows, years and period phrases as TAB cells, one line for one line; dates over years take their year", () => {
    const out = tabbedFromSpaced(text).split("\n");
    expect(out.length).toBe(text.split("\n").length);
    expect(out).toContain(
      "Three Months Ended June 30,\tSix Months Ended June 30,",
    );
    expect(out).toContain("Cost of revenues\t9,100\t8,050\t17,900\t15,800");
    expect(out).toContain("June 30, 2004\tDecember 31, 2003");
    // A heading inside the table gets the empty cells a browser copies with it; the narrative is left as it is.
    expect(out.find((l) => l.startsWith("ASSETS"))).toMatch(/^ASSETS\t+$/);
    expect(out[1]).toBe(text.split("\n")[1]);
  });

  it("reads both statements with their periods, scale and signs", () => {
    expect(rel.error).toBeNull();
    expect(
      rel.tables.map((t) => [t.statement, t.columns.map((c) => c.period)]),
    ).toEqual([
      ["income", ["Q2-2004", "Q2-2003", "6M-2004", "6M-2003"]],
      ["balance", ["2004-06-30", "2003-12-31"]],
    ]);
    expect(full(rel, "Net revenues", "Q2-2004")).toEqual([
      ["21450", 1000, "USD"],
    ]);
    expect(full(rel, "Income from operations", "6M-2003")).toEqual([
      ["-150", 1000, "USD"],
    ]);
    expect(full(rel, "Diluted", "Q2-2004")).toEqual([
      ["0.18", 1, "USD/share"],
      ["11100", 1000, "shares"],
    ]);
    expect(full(rel, "Total assets", "2004-06-30")).toEqual([
      ["60000", 1000, "USD"],
    ]);
  });

  it("joins phrases stacked over their dates, and leaves out rules drawn under the header", () => {
    const stacked = text
      .replace(
        "Three Months Ended June 30, Six Months Ended June 30,",
        "Three Months Ended Six Months Ended\nJune 30, June 30,",
      )
      .replace(
        "2004 2003 2004 2003",
        "2004 2003 2004 2003\n------ ------ ------ ------",
      );
    const r = parseRelease(stacked, "stacked.txt");
    expect(r.tables[0].columns.map((c) => c.period)).toEqual([
      "Q2-2004",
      "Q2-2003",
      "6M-2004",
      "6M-2003",
    ]);
    expect(full(r, "Net revenues", "6M-2003")).toEqual([
      ["35100", 1000, "USD"],
    ]);
  });

  it("reads a balance sheet's dates written on one line, or over '(Unaudited)', above its headings", () => {
    for (const changed of [
      text.replace(
        "June 30, December 31,\n2004 2003\n",
        "June 30, 2004 December 31, 2003\n",
      ),
      text.replace(
        "June 30, December 31,\n2004 2003\n",
        "June 30, December 31,\n2004 2003\n(Unaudited)\n",
      ),
    ]) {
      expect(changed).not.toBe(text);
      const r = parseRelease(changed, "changed.txt");
      expect(r.tables[1].columns.map((c) => c.period)).toEqual([
        "2004-06-30",
        "2003-12-31",
      ]);
      expect(full(r, "Total assets", "2003-12-31")).toEqual([
        ["54000", 1000, "USD"],
      ]);
    }
  });

  it("gives back to its label an amount it carries, where a row has more values than its table; a dash is a value", () => {
    const changed = text
      .replace(
        "Accounts receivable, net 12,000 11,000",
        "Accounts receivable, net of allowance for\ndoubtful accounts of $500 and $450 12,000 11,000",
      )
      .replace(
        "Interest income, net 250 200 480 390",
        "Interest income, net 250 \u2014 480 390",
      );
    expect(changed).not.toBe(text);
    const r = parseRelease(changed, "changed.txt");
    const ar = r.facts.filter((f) => f.label.endsWith("of $500 and $450"));
    expect(ar.map((f) => [f.period, f.value])).toEqual([
      ["2004-06-30", "12000"],
      ["2003-12-31", "11000"],
    ]);
    expect(full(r, "Interest income, net", "6M-2004")).toEqual([
      ["480", 1000, "USD"],
    ]);
    expect(r.checks.filter((c) => c.status === "fail")).toEqual([]);
  });

  it("reads a header of one short cell a column: 'Q4 2004 Q4 2003 % Change FY 2004 FY 2003 % Change'", () => {
    const lines = [
      "HALCYON DEVICES REPORTS FOURTH QUARTER AND FISCAL 2004 RESULTS",
      "AUSTIN, Texas, Feb. 3, 2005 -- Halcyon Devices, Inc. today reported results for the fourth quarter and fiscal year ended December 31, 2004.",
      "CONSOLIDATED STATEMENTS OF INCOME",
      "(In thousands, except per share amounts)",
      "Q4 2004 Q4 2003 % Change FY 2004 FY 2003 % Change",
      "Revenue $ 52,100 $ 47,300 10.1% $ 198,400 $ 180,200 10.1%",
      "Cost of revenue 31,260 28,850 8.4% 119,040 110,920 7.3%",
      "Gross profit 20,840 18,450 13.0% 79,360 69,280 14.5%",
      "Operating income 6,740 4,850 39.0% 23,560 16,180 45.6%",
      "Net income $ 4,380 $ 3,150 39.0% $ 15,310 $ 10,520 45.5%",
      "Diluted EPS $ 0.43 $(0.31) NM $ 1.51 $ 1.04 45.2%",
    ];
    const r = parseRelease(lines.join("\n"), "halcyon.txt");
    expect(r.tables[0].columns.map((c) => [c.period, !!c.percent])).toEqual([
      ["Q4-2004", false],
      ["Q4-2003", false],
      [null, true],
      ["FY2004", false],
      ["FY2003", false],
      [null, true],
    ]);
    expect(full(r, "Net income", "FY2003")).toEqual([["10520", 1000, "USD"]]);
    expect(full(r, "Diluted EPS", "Q4-2003")).toEqual([
      ["-0.31", 1, "USD/share"],
    ]);
  });

  it("checks its figures: totals foot, the balance sheet balances, EPS matches, nothing fails", () => {
    const ids = (status: string) =>
      new Set(rel.checks.filter((c) => c.status === status).map((c) => c.id));
    expect(ids("fail")).toEqual(new Set());
    expect(ids("pass")).toEqual(
      new Set(["footing.total", "balance.identity", "eps.ratio"]),
    );
  });
});
