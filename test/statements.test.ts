// Which statement a table is: its nearest naming heading or title, failing that what its rows are.
import { classifyTable, statementNamed } from "../src/statements";

describe("statementNamed", () => {
  it.each([
    ["CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "income"],
    ["Statements of Income", "income"],
    ["CONSOLIDATED STATEMENT OF EARNINGS", "income"],
    ["Consolidated Income Statements", "income"],
    ["Results of Operations", "income"],
    ["SALES AND EARNINGS", "income"],
    ["Statements of Comprehensive Loss", "income"],
    ["BALANCE SHEET", "balance"],
    ["Condensed Consolidated Balance Sheets", "balance"],
    ["Statements of Financial Position", "balance"],
    ["Statement of Condition", "balance"],
    ["STATEMENTS OF CASH FLOWS", "cashflow"],
    ["Consolidated Statement of Cash Flow", "cashflow"],
    ["Statements of Changes in Stockholders' Equity", "other"],
  ])("%j names %s", (title, kind) => {
    expect(statementNamed(title)).toBe(kind);
  });

  it.each([
    "PELLUCID INSTRUMENTS CORPORATION",
    "(in thousands)",
    "Financial Highlights",
    "(Unaudited)",
    "Stockholders' equity",
  ])("%j names no statement", (title) => {
    expect(statementNamed(title)).toBeNull();
  });
});

describe("classifyTable", () => {
  it("takes the nearest naming title, headings over the rows first", () => {
    expect(
      classifyTable(
        [
          "BALANCE SHEET",
          "CONDENSED CONSOLIDATED DATA",
          "PELLUCID INSTRUMENTS CORPORATION",
        ],
        ["Total assets"],
      ),
    ).toEqual({
      statement: "balance",
      title: "BALANCE SHEET",
    });
    expect(
      classifyTable(
        ["Net sales:", "STATEMENTS OF OPERATIONS", "BALANCE SHEETS"],
        ["Net sales"],
      ),
    ).toEqual({
      statement: "income",
      title: "STATEMENTS OF OPERATIONS",
    });
  });

  it("falls back on the rows: totals of assets make a balance sheet", () => {
    expect(
      classifyTable(
        ["Selected data"],
        ["Cash", "Total assets", "Total liabilities"],
      ).statement,
    ).toBe("balance");
    expect(
      classifyTable([], ["Total", "Total liabilities and stockholders' equity"])
        .statement,
    ).toBe("balance");
  });

  it("falls back on the rows: revenue, net income or EPS make an income statement", () => {
    expect(
      classifyTable(
        ["Northern Division -"],
        ["Operating Revenues", "Net Income"],
      ),
    ).toEqual({ statement: "income", title: "Northern Division -" });
    expect(
      classifyTable([], ["Basic and diluted net loss per share"]).statement,
    ).toBe("income");
  });

  it("calls anything else 'other', keeping a readable title but not a scale line", () => {
    expect(
      classifyTable(
        ["(in thousands)", "Store data"],
        ["Stores opened", "Stores closed"],
      ),
    ).toEqual({ statement: "other", title: "Store data" });
    expect(classifyTable([], ["Stores opened"])).toEqual({
      statement: "other",
      title: null,
    });
  });
});

describe("the table's title", () => {
  it("is the statement title above the header, not a heading over the rows that names the same statement", () => {
    expect(
      classifyTable(
        [
          "Cash flows from operating activities:",
          "CONSOLIDATED STATEMENTS OF CASH FLOWS",
          "(In thousands)",
        ],
        ["Net income", "Depreciation"],
        1,
      ),
    ).toEqual({
      statement: "cashflow",
      title: "CONSOLIDATED STATEMENTS OF CASH FLOWS",
    });
  });

  it("naming no statement, is the line above the header (not its dates), before a heading over the rows", () => {
    expect(
      classifyTable(
        [
          "Net income:",
          "THREE MONTHS ENDED MARCH 31, 2005 AND 2004",
          "RESULTS BY SUBSIDIARY",
        ],
        ["Northern Gas", "Southern Gas"],
        1,
      ).title,
    ).toBe("RESULTS BY SUBSIDIARY");
    expect(classifyTable(["Net income:"], ["Northern Gas"], 1).title).toBe(
      "Net income:",
    );
  });
});

describe("a section of the cash-flow statement", () => {
  it.each([
    "Cash flows from operating activities:",
    "CASH FLOWS FROM INVESTING ACTIVITIES:",
    "Cash flows used in financing activities",
    "Net cash provided by operating activities",
  ])("%s names no statement", (t) => {
    expect(statementNamed(t)).toBeNull();
  });
  it("while the statement's title does", () => {
    expect(
      statementNamed("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS"),
    ).toBe("cashflow");
    expect(statementNamed("Cash Flow Statement")).toBe("cashflow");
  });
});
