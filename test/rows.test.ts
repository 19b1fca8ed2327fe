// Grid body → rows: wrapped labels joined, headings kept as sections (not rows), totals marked.
import { analyzeLine } from "../src/cells";
import { GridRow } from "../src/model";
import { buildRows, RawRow, sectionOf } from "../src/rows";
import { at, fw, right, row, rule } from "./helpers";

const C = [50, 64];

/** A grid body from fixed-width lines: blank → gap, underline → rule, anything else → a row of cells. */
function body(lines: string[]): GridRow[] {
  return lines.map((text, i): GridRow => {
    const line = i + 1;
    if (text.trim() === "") return { kind: "gap", line };
    if (/^[\s=_-]+$/.test(text))
      return { kind: "rule", line, double: text.includes("=") };
    const a = analyzeLine(text);
    return { kind: "row", line, label: a.label, values: a.values };
  });
}

const build = (lines: string[]) => buildRows(body(lines));
const find = (rows: RawRow[], label: string) =>
  rows.find((r) => r.label === label)!;
const vals = (r: RawRow) => r.values.map((v) => v.value);

describe("wrapped labels", () => {
  it("joins a label wrapped over two lines, with the numbers on the second, with one space", () => {
    const rows = build([
      row("Net loss", ["$  (118,000)", "$   (25,000)"], C),
      "Weighted average shares",
      row(" outstanding - basic and diluted", ["6,204,310", "6,150,000"], C),
    ]);
    expect(rows.map((r) => r.label)).toEqual([
      "Net loss",
      "Weighted average shares outstanding - basic and diluted",
    ]);
    expect(vals(rows[1])).toEqual(["6204310", "6150000"]);
    expect(rows[1].line).toBe(3);
  });

  it("joins 'Total liabilities and shareholders'' / ' equity' and marks it total", () => {
    const rows = build([
      row("Shareholders' equity", ["6,518,000", "6,655,000"], C),
      rule(C, "-", 12),
      "Total liabilities and shareholders'",
      row(" equity", ["$10,040,000", "$10,200,000"], C),
    ]);
    expect(rows[1].label).toBe("Total liabilities and shareholders' equity");
    expect(rows[1].total).toBe(true);
  });

  it("joins a label over three lines", () => {
    const rows = build([
      row("Revenues", ["1,000", "2,000"], C),
      "Income (loss) from continuing",
      "  operations before income taxes",
      row("  and cumulative effect", ["500", "(20)"], C),
    ]);
    expect(rows[1].label).toBe(
      "Income (loss) from continuing operations before income taxes and cumulative effect",
    );
  });

  it("joins a line ending in a connective to a next line that starts with a capital", () => {
    const rows = build([
      "Earnings before income taxes and",
      row("Extraordinary Items", ["1,500", "1,200"], C),
    ]);
    expect(rows[0].label).toBe(
      "Earnings before income taxes and Extraordinary Items",
    );
  });

  it("joins a label that runs on below its values", () => {
    const rows = build([
      row("Receivables, net of allowance for doubtful", ["3,000", "4,000"], C),
      "  accounts of $12 and $10",
      row("Inventories", ["2,000", "2,100"], C),
    ]);
    expect(rows.map((r) => r.label)).toEqual([
      "Receivables, net of allowance for doubtful accounts of $12 and $10",
      "Inventories",
    ]);
  });

  it("removes dot leaders and folds spaces in the joined label", () => {
    const rows = build([
      "Cash and cash equivalents at the end",
      row("   of the period . . . . . . . . .", ["$ 1,250", "$ 1,100"], C),
    ]);
    expect(rows[0].label).toBe(
      "Cash and cash equivalents at the end of the period",
    );
  });

  it("does not join a heading ending in ':' to the row below", () => {
    const rows = build([
      "Current assets:",
      row("  Cash", ["1,000", "2,000"], C),
    ]);
    expect(rows[0].label).toBe("Cash");
    expect(sectionOf(rows[0])).toBe("Current assets:");
  });

  it("does not join across a blank line", () => {
    const rows = build([
      "Weighted average shares",
      "",
      row("outstanding", ["100", "90"], C),
    ]);
    expect(rows[0].label).toBe("outstanding");
    expect(sectionOf(rows[0])).toBe("Weighted average shares");
  });

  it("gives a row without a label the empty label", () => {
    const rows = build([
      row("Cash", ["1,000", "2,000"], C),
      rule(C, "-", 8),
      row("", ["$ 9,000", "$ 11,500"], C),
    ]);
    expect(rows[1].label).toBe("");
    expect(rows[1].total).toBe(true);
  });
});

describe("sections", () => {
  it("keeps headings as sections, not rows", () => {
    const rows = build([
      "STATEMENTS OF OPERATIONS",
      "",
      row("Revenues", ["1,000", "2,000"], C),
      "",
      "Assets",
      "  ------",
      row("Cash and marketable securities", ["714", "1,048"], C),
      "",
      "Liabilities and Shareholders' Equity",
      row("Current liabilities", ["4,186", "3,998"], C),
    ]);
    expect(rows.map((r) => r.label)).toEqual([
      "Revenues",
      "Cash and marketable securities",
      "Current liabilities",
    ]);
    expect(rows.map(sectionOf)).toEqual([
      "STATEMENTS OF OPERATIONS",
      "Assets",
      "Liabilities and Shareholders' Equity",
    ]);
  });

  it("keeps one label under several block headings apart by its section", () => {
    const rows = build([
      " Northern Division -",
      "",
      row(" Operating Revenues", ["$1,845", "$1,702"], C),
      row(" Net Income", ["91", "(8)"], C),
      "",
      " Southern Division -",
      "",
      row(" Operating Revenues", ["$412", "$398"], C),
      row(" Net Income", ["14", "12"], C),
    ]);
    expect(
      rows
        .filter((r) => r.label === "Operating Revenues")
        .map((r) => [sectionOf(r), vals(r)[0]]),
    ).toEqual([
      ["Northern Division -", "1845"],
      ["Southern Division -", "412"],
    ]);
  });

  it("nests sub-headings under a side heading and closes them at their total", () => {
    const rows = build([
      "ASSETS",
      "Current assets:",
      row("  Cash", ["1,000", "2,000"], C),
      rule(C, "-", 8),
      row("    Total current assets", ["4,000", "6,000"], C),
      row("Property, net", ["5,000", "5,500"], C),
      "LIABILITIES AND STOCKHOLDERS' EQUITY",
      "Current liabilities:",
      row("  Accounts payable", ["2,000", "3,000"], C),
    ]);
    expect(find(rows, "Cash").sections).toEqual(["ASSETS", "Current assets:"]);
    expect(sectionOf(find(rows, "Total current assets"))).toBe(
      "Current assets:",
    );
    expect(find(rows, "Property, net").sections).toEqual(["ASSETS"]);
    // The other side replaces "ASSETS" rather than nesting under it.
    expect(find(rows, "Accounts payable").sections).toEqual([
      "LIABILITIES AND STOCKHOLDERS' EQUITY",
      "Current liabilities:",
    ]);
  });

  it("gives the per-share heading to 'Basic' and 'Diluted' rows under it", () => {
    const rows = build([
      "Net income per share:",
      row("  Basic", ["$ 0.42", "$ 0.33"], C),
      row("  Diluted", ["$ 0.41", "$ 0.32"], C),
      "Weighted average shares outstanding:",
      row("  Basic", ["14,905", "14,870"], C),
    ]);
    expect(rows.map((r) => [r.label, sectionOf(r)])).toEqual([
      ["Basic", "Net income per share:"],
      ["Diluted", "Net income per share:"],
      ["Basic", "Weighted average shares outstanding:"],
    ]);
  });
});

describe("totals", () => {
  it("marks the row right after a single underline as a total", () => {
    const rows = build([
      row("Revenues", ["1,000", "2,000"], C),
      row("Cost of revenues", ["600", "1,100"], C),
      rule(C, "-", 8),
      row("Gross profit", ["400", "900"], C),
    ]);
    expect(rows.map((r) => r.total)).toEqual([false, false, true]);
  });

  it("marks a 'Total …' label as a total without a rule", () => {
    const rows = build([
      row("Cash", ["1", "2"], C),
      row("Total current assets", ["3", "4"], C),
      row("TOTAL", ["5", "6"], C),
    ]);
    expect(rows.map((r) => r.total)).toEqual([false, true, true]);
  });

  it("does not mark the row after a double rule", () => {
    const rows = build([
      row("Revenues", ["$ 4,512", "$ 4,380"], C),
      rule(C, "=", 8),
      row("Loss before income taxes", ["(196)", "(42)"], C),
    ]);
    expect(rows.map((r) => r.total)).toEqual([false, false]);
  });

  it("does not mark the row after the rule that closes a total", () => {
    const rows = build([
      row("Cash", ["1,000", "2,000"], C),
      rule(C, "-", 8),
      row("Subtotal", ["1,000", "2,000"], C),
      rule(C, "-", 8),
      row("Goodwill", ["500", "500"], C),
    ]);
    expect(rows.map((r) => [r.label, r.total])).toEqual([
      ["Cash", false],
      ["Subtotal", true],
      ["Goodwill", false],
    ]);
  });

  it("does not carry a rule's mark across a heading onto a later row", () => {
    const rows = build([
      "Current assets:",
      rule(C, "-", 8),
      row("Cash", ["1,000", "2,000"], C),
    ]);
    expect(rows[0].total).toBe(false);
  });
});

describe("row data", () => {
  it("keeps the values, the line of the values and the body row it was read from", () => {
    const rows = build([
      fw(at(4, "Cash"), right(50, "$ 1,000"), right(64, "$ 2,000")),
    ]);
    expect(rows[0]).toMatchObject({
      label: "Cash",
      line: 1,
      at: 0,
      total: false,
    });
    expect(vals(rows[0])).toEqual(["1000", "2000"]);
    expect(sectionOf(rows[0])).toBeUndefined();
    expect(rows[0].sections).toEqual([]);
  });
});
