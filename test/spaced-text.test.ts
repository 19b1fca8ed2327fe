// Text copied from a PDF viewer (test/fixtures/copied/trellis-q2-2004-pdf.txt, invented): one space between a
// table's cells, period phrases and years on lines of their own, "$" and "(" ")" words apart from their figures.
import { readFileSync } from "fs";
import { join } from "path";
import { detectForm } from "../src/copied-text";
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";
import { isSpacedText, tabbedFromSpaced } from "../src/spaced-text";

const NAME = "copied/trellis-q2-2004-pdf.txt";
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

  it("checks its figures: totals foot, the balance sheet balances, EPS matches, nothing fails", () => {
    const ids = (status: string) =>
      new Set(rel.checks.filter((c) => c.status === status).map((c) => c.id));
    expect(ids("fail")).toEqual(new Set());
    expect(ids("pass")).toEqual(
      new Set(["footing.total", "balance.identity", "eps.ratio"]),
    );
  });
});
