// Fixed-width text → grids: every table among the narrative, its header rows, title lines and body.
import { findGrids, TextGrid } from "../src/blocks";
import { toLines } from "../src/lines";
import { GridRow } from "../src/model";
import { at, centred, fw, right, row, rule } from "./helpers";

const C = [50, 64, 78, 92];
const grids = (lines: string[]) => findGrids(toLines(lines.join("\n")));
const rowsOf = (g: TextGrid) =>
  g.body.filter(
    (r): r is Extract<GridRow, { kind: "row" }> => r.kind === "row",
  );
const labels = (g: TextGrid) => rowsOf(g).map((r) => r.label?.text ?? "");
const valueRows = (g: TextGrid) => rowsOf(g).filter((r) => r.values.length > 0);
const headerTexts = (g: TextGrid) =>
  g.header.map((h) => h.cells.map((c) => c.text));

const narrative = [
  "Pellucid Instruments Corporation today announced revenue of $4,512,000 for the",
  "quarter, an increase of 3% over 2002.  Net loss was $118,000, or $0.02 per share,",
  "compared to a loss of $25,000 in the same quarter of 2002.",
];

const incomeTable = [
  "                    PELLUCID INSTRUMENTS CORPORATION",
  "                   CONDENSED STATEMENTS OF OPERATIONS",
  "                             (Unaudited)",
  "",
  fw(at(37, "Three Months Ended June 30,"), at(70, "Six Months Ended")),
  row("", ["2003", "2002", "2003", "2002"], C),
  rule(C, "-", 11),
  "STATEMENTS OF OPERATIONS",
  "",
  row(
    "Revenues",
    ["$ 4,512,000", "$ 4,380,500", "$ 8,990,250", "$ 8,701,000"],
    C,
  ),
  row(
    "Net loss",
    ["$  (118,000)", "$  (25,000)", "$  (181,000)", "$  (53,000)"],
    C,
  ),
];

const balanceTable = [
  fw(right(50, "June 30, 2003"), right(70, "December 31, 2002")),
  fw(right(50, "-------------"), right(70, "-----------------")),
  "BALANCE SHEET",
  "",
  row("Total assets", ["$10,040,000", "$10,200,000"], [50, 70]),
  row("Shareholders' equity", ["6,518,000", "6,655,000"], [50, 70]),
];

describe("finding tables among the narrative", () => {
  const doc = [
    ...narrative,
    "",
    "",
    ...incomeTable,
    "",
    "",
    ...balanceTable,
    "",
    "",
    "                                ###",
  ];
  const gs = grids(doc);

  it("finds each table and nothing in the narrative", () => {
    expect(gs).toHaveLength(2);
    expect(valueRows(gs[0]).map((r) => r.label?.text)).toEqual([
      "Revenues",
      "Net loss",
    ]);
    expect(valueRows(gs[1]).map((r) => r.label?.text)).toEqual([
      "Total assets",
      "Shareholders' equity",
    ]);
  });

  it("reports each table's first and last line (1-based), from its header to its last row", () => {
    const headerLine = doc.indexOf(incomeTable[4]) + 1;
    expect(gs[0].firstLine).toBe(headerLine);
    expect(gs[0].lastLine).toBe(doc.indexOf(incomeTable[10]) + 1);
    expect(gs[1].firstLine).toBe(doc.indexOf(balanceTable[0]) + 1);
    expect(gs[1].lastLine).toBe(doc.indexOf(balanceTable[5]) + 1);
  });

  it("keeps the header rows apart from the body, with only the cells over the value columns", () => {
    expect(headerTexts(gs[0])).toEqual([
      ["Three Months Ended June 30,", "Six Months Ended"],
      ["2003", "2002", "2003", "2002"],
    ]);
    expect(headerTexts(gs[1])).toEqual([
      ["June 30, 2003", "December 31, 2002"],
    ]);
    expect(labels(gs[0])).not.toContain("2003");
  });

  it("gives the title lines above the header as context", () => {
    expect(gs[0].context.map((c) => c.text)).toEqual([
      "PELLUCID INSTRUMENTS CORPORATION",
      "CONDENSED STATEMENTS OF OPERATIONS",
      "(Unaudited)",
    ]);
    expect(gs[0].context[0].line).toBe(doc.indexOf(incomeTable[0]) + 1);
  });

  it("keeps a heading between the header and the first row in the body, as a row without values", () => {
    const heading = rowsOf(gs[0]).find(
      (r) => r.label?.text === "STATEMENTS OF OPERATIONS",
    );
    expect(heading).toBeDefined();
    expect(heading!.values).toEqual([]);
    expect(
      rowsOf(gs[1]).find((r) => r.label?.text === "BALANCE SHEET")?.values,
    ).toEqual([]);
  });

  it("finds no table in narrative alone, however many figures it quotes", () => {
    expect(grids(narrative)).toEqual([]);
  });

  it("does not take one stray line of figures for a table", () => {
    expect(
      grids([
        "Some text.",
        "",
        row("Backlog", ["$ 1,200"], [40]),
        "",
        "More text follows here.",
      ]),
    ).toEqual([]);
  });
});

describe("body rows", () => {
  const gs = grids([
    fw(right(40, "2004"), right(52, "2003")),
    fw(right(40, "----"), right(52, "----")),
    "Current assets:",
    row("  Cash", ["$ 1,000", "$ 2,000"], [40, 52]),
    row("  Receivables", ["3,000", "4,000"], [40, 52]),
    rule([40, 52], "-", 8),
    row("    Total current assets", ["4,000", "6,000"], [40, 52]),
    rule([40, 52], "=", 8),
    "",
    row("Property, net", ["5,000", "5,500"], [40, 52]),
    rule([40, 52], "=", 8),
  ]);

  it("keeps rules (single or double) and blank lines inside the table as markers in the body", () => {
    const kinds = gs[0].body.map((r) =>
      r.kind === "rule" ? (r.double ? "double" : "rule") : r.kind,
    );
    expect(kinds).toEqual([
      "row",
      "row",
      "row",
      "rule",
      "row",
      "double",
      "gap",
      "row",
    ]);
  });

  it("keeps the label cell with its span and the value cells with theirs", () => {
    const cash = rowsOf(gs[0]).find((r) => r.label?.text === "Cash")!;
    expect(cash.label).toEqual({ text: "Cash", start: 2, end: 6 });
    expect(cash.values.map((v) => [v.value, v.end])).toEqual([
      ["1000", 40],
      ["2000", 52],
    ]);
  });
});

describe("EDGAR remnants", () => {
  const C2 = [56, 70];
  const doc = [
    "                     Quillfeather Utilities Inc.",
    "           (In Millions of Dollars Except Earnings Per Share)",
    "<TABLE>",
    "<CAPTION>",
    "",
    row("", ["2004", "2003"], C2),
    row("", ["----", "----"], C2),
    "<S>                                              <C>           <C>",
    row("Operating Revenues", ["$1,845", "$1,702"], C2),
    row("Net Income", ["91", "(8)"], C2),
    "</TABLE>",
  ];
  const gs = grids(doc);

  it("finds the header above <S>/<C> and the title above <TABLE>", () => {
    expect(gs).toHaveLength(1);
    expect(headerTexts(gs[0])).toEqual([["2004", "2003"]]);
    expect(gs[0].context.map((c) => c.text)).toEqual([
      "Quillfeather Utilities Inc.",
      "(In Millions of Dollars Except Earnings Per Share)",
    ]);
  });

  it("leaves the tag lines out of the body", () => {
    expect(labels(gs[0])).toEqual(["Operating Revenues", "Net Income"]);
  });

  it("reads EDGAR's escaped labels '- - As Reported' as labels", () => {
    const g = grids([
      row("", ["2004", "2003"], C2),
      row("Net Income -", ["$ 180", "$ 162"], C2),
      row("- - As Reported", ["$ 204", "$ 125"], C2),
    ])[0];
    expect(labels(g)).toEqual(["Net Income -", "- As Reported"]);
  });
});

describe("a table split by a page break", () => {
  const C2 = [50, 64];
  const first = [
    "                      MARROWBROOK STORES, INC.",
    "",
    row("", ["2004", "2003"], C2),
    rule(C2, "-", 9),
    row("Net sales", ["$ 152,310", "$ 147,022"], C2),
    row("Cost of sales", ["101,004", "98,113"], C2),
  ];
  const second = [
    row("Interest expense, net", ["(1,020)", "(1,115)"], C2),
    row("Net income", ["$   6,308", "$   4,913"], C2),
  ];

  it("joins the parts across '- more -', a page number and a running header", () => {
    const doc = [
      "Marrowbrook Stores, Inc.",
      "Intro text.",
      "                          - more -",
      "",
      "Marrowbrook Stores, Inc.",
      "",
      ...first,
      "",
      "                          - more -",
      "  3",
      "",
      "Marrowbrook Stores, Inc.",
      "",
      ...second,
      "",
    ];
    const gs = grids(doc);
    expect(gs).toHaveLength(1);
    expect(valueRows(gs[0]).map((r) => r.label?.text)).toEqual([
      "Net sales",
      "Cost of sales",
      "Interest expense, net",
      "Net income",
    ]);
    expect(gs[0].lastLine).toBe(doc.indexOf(second[1]) + 1);
    expect(labels(gs[0])).not.toContain("Marrowbrook Stores, Inc.");
  });

  it("joins the parts across </TABLE>, a form feed, <PAGE> and <TABLE>", () => {
    const doc = [
      ...first,
      "</TABLE>",
      "",
      "                 -2-",
      "\f",
      "<PAGE>",
      "",
      "<TABLE>",
      "<S>                 <C>     <C>",
      ...second,
      "</TABLE>",
    ];
    const gs = grids(doc);
    expect(gs).toHaveLength(1);
    expect(valueRows(gs[0])).toHaveLength(4);
    // The seam is marked by a gap, so that rows on either side are not read as one wrapped label.
    const seam = gs[0].body.findIndex(
      (r) => r.kind === "row" && r.label?.text === "Interest expense, net",
    );
    expect(gs[0].body[seam - 1].kind).toBe("gap");
  });

  it("keeps a part with a header of its own as a table of its own", () => {
    const doc = [
      ...first,
      "",
      "                          - more -",
      "",
      row("", ["2002", "2001"], C2),
      rule(C2, "-", 9),
      ...second,
    ];
    const gs = grids(doc);
    expect(gs).toHaveLength(2);
    expect(headerTexts(gs[1])).toEqual([["2002", "2001"]]);
  });
});

describe("header rows", () => {
  it("gives label-area text on a header line to the context, not to the columns", () => {
    const gs = grids([
      fw(at(0, "(In thousands)"), at(36, "Three Months Ended")),
      row("", ["2004", "2003"], [40, 54]),
      row("Revenue", ["12,004", "9,871"], [40, 54]),
      row("Net income", ["2,015", "(300)"], [40, 54]),
    ]);
    expect(headerTexts(gs[0])).toEqual([
      ["Three Months Ended"],
      ["2004", "2003"],
    ]);
    expect(gs[0].context.map((c) => c.text)).toContain("(In thousands)");
  });

  it("splits years written one space apart into one header cell each", () => {
    const g = grids([
      fw(at(33, "2004 2003")),
      fw(at(0, "Sales"), right(37, "1,000"), right(42, "900")),
      fw(at(0, "Costs"), right(37, "800"), right(42, "700")),
    ])[0];
    expect(g.header[0].cells.map((c) => [c.text, c.start, c.end])).toEqual([
      ["2004", 33, 37],
      ["2003", 38, 42],
    ]);
  });

  it("widens a header cell underlined by a rule to the rule's span", () => {
    const g = grids([
      fw(at(40, "Three Months")),
      fw(at(34, "------------------------")),
      row("", ["2004", "2003"], [44, 58]),
      row("Revenue", ["1,000", "900"], [44, 58]),
      row("Net income", ["100", "90"], [44, 58]),
    ])[0];
    expect(g.header[0].cells).toEqual([
      { text: "Three Months", start: 34, end: 58 },
    ]);
  });

  it("does not widen header cells to a separator rule running under all of them", () => {
    const g = grids([
      row("", ["2004", "2003"], [48, 62]),
      "  ------------------------------------------------------------",
      row("Revenues", ["$ 1,000", "$ 900"], [48, 62]),
      row("Net income", ["$ 100", "$ 90"], [48, 62]),
    ])[0];
    expect(g.header[0].cells.map((c) => [c.text, c.start, c.end])).toEqual([
      ["2004", 44, 48],
      ["2003", 58, 62],
    ]);
  });

  it("takes a header right-aligned over a column of narrower figures for a header, not a title", () => {
    const g = grids([
      fw(right(48, "Nine Months Ended"), right(70, "Nine Months Ended")),
      fw(right(48, "September 30, 2003"), right(70, "September 30, 2002")),
      row("Revenues", ["5,000", "4,800"], [48, 70]),
      row("Net loss", ["(250)", "(240)"], [48, 70]),
    ])[0];
    expect(headerTexts(g)).toEqual([
      ["Nine Months Ended", "Nine Months Ended"],
      ["September 30, 2003", "September 30, 2002"],
    ]);
    expect(g.context).toEqual([]);
  });

  it("keeps a wrapped label at the label margin a label, though it ends where the figures end", () => {
    const g = grids([
      row("", ["1993", "1992"], [37, 57]),
      row("    Sales", ["$ 22,384,301,359", "$ 22,144,587,903"], [37, 57]),
      row(
        "    Net earnings",
        ["$    (12,219,757)", "$     (5,942,688)"],
        [37, 57],
      ),
      "",
      "    Average number of common shares used",
      "    in primary per share calculation",
      row("", ["106,710,872", "91,364,074"], [37, 57]),
    ]);
    expect(g).toHaveLength(1);
    expect(labels(g[0])).toContain("in primary per share calculation");
    expect(headerTexts(g[0])).toEqual([["1993", "1992"]]);
  });

  it("keeps '(Unaudited)', year rows and split dates as header rows, top to bottom", () => {
    const g = grids([
      centred([40, 64, "Three Months Ended"]),
      centred([40, 64, "June 30,"]),
      row("", ["2004", "2003"], [52, 64]),
      row("", ["(Unaudited)", ""], [52, 64]),
      rule([52, 64], "=", 10),
      row("Revenue", ["$12,004", "$ 9,871"], [52, 64]),
      row("Net income", ["2,015", "(300)"], [52, 64]),
    ])[0];
    expect(headerTexts(g)).toEqual([
      ["Three Months Ended"],
      ["June 30,"],
      ["2004", "2003"],
      ["(Unaudited)"],
    ]);
  });

  it("reads on across a blank line inside the header when the line above names a period", () => {
    const g = grids([
      "Some narrative text that ends here.",
      "",
      fw(at(38, "Year Ended December 31,")),
      "",
      row("", ["2004", "2003"], [50, 64]),
      row("Sales", ["81,200", "75,010"], [50, 64]),
      row("Net income", ["12,345", "10,111"], [50, 64]),
    ])[0];
    expect(headerTexts(g)).toEqual([
      ["Year Ended December 31,"],
      ["2004", "2003"],
    ]);
  });

  it("takes a title centred over a narrow table for context, not for a column header", () => {
    const g = grids([
      // Centred over the page, the title lines stand over the figures of this narrow table.
      "                        CONDENSED BALANCE SHEETS",
      "                       December 31, 2004 and 2003",
      "                            (in thousands)",
      row("", ["2004", "2003"], [39, 51]),
      row("Total assets", ["$99,000", "$90,000"], [39, 51]),
      row("Total liabilities", ["40,000", "38,000"], [39, 51]),
    ])[0];
    expect(headerTexts(g)).toEqual([["2004", "2003"]]);
    expect(g.context.map((c) => c.text)).toEqual([
      "CONDENSED BALANCE SHEETS",
      "December 31, 2004 and 2003",
      "(in thousands)",
    ]);
  });
});

describe("where a table ends", () => {
  it("ends a table at two lines of prose and starts another after it", () => {
    const gs = grids([
      row("", ["2004", "2003"], [50, 64]),
      row("Revenue", ["1,000", "900"], [50, 64]),
      row("Net income", ["100", "90"], [50, 64]),
      "The Company had a good year.  This is narrative text that goes on for a while to be prose.",
      "Another long paragraph line of narrative text that keeps going, so that it is prose too.",
      row("Backlog", ["500", "400"], [50, 64]),
      row("Orders", ["600", "450"], [50, 64]),
    ]);
    expect(gs).toHaveLength(2);
    expect(valueRows(gs[1]).map((r) => r.label?.text)).toEqual([
      "Backlog",
      "Orders",
    ]);
  });

  it("ends a table at more than two blank lines", () => {
    const gs = grids([
      row("", ["2004", "2003"], [50, 64]),
      row("Revenue", ["1,000", "900"], [50, 64]),
      row("Net income", ["100", "90"], [50, 64]),
      "",
      "",
      "",
      "Notes",
      "",
      row("", ["2002", "2001"], [50, 64]),
      row("Backlog", ["500", "400"], [50, 64]),
      row("Orders", ["600", "450"], [50, 64]),
    ]);
    expect(gs).toHaveLength(2);
  });

  it("keeps a table together across one or two blank lines", () => {
    const gs = grids([
      row("", ["2004", "2003"], [50, 64]),
      row("Revenue", ["1,000", "900"], [50, 64]),
      "",
      "",
      row("Net income", ["100", "90"], [50, 64]),
    ]);
    expect(gs).toHaveLength(1);
    expect(valueRows(gs[0])).toHaveLength(2);
  });
});

describe("a release written in capitals", () => {
  const text = [
    "ACME WIDGETS INC. (NASDAQ: ACWI) TODAY REPORTED NET INCOME OF $3.4 MILLION",
    "FOR THE THIRD QUARTER OF ITS FISCAL YEAR ENDED SEPTEMBER 30, 2004.",
    "",
    "                          ACME WIDGETS INC.",
    "                     CONSOLIDATED BALANCE SHEETS",
    "",
    "                                       SEPT. 30,      DEC. 31,",
    "                                         2004           2003",
    "CASH                                  $ 18,442       $ 16,905",
    "LOANS, NET                             381,960        362,118",
    "      TOTAL ASSETS                    $400,402       $379,023",
  ];

  it("keeps a sentence of its narrative out of a table's title", () => {
    const [g] = grids(text);
    expect(g.context.map((c) => c.text.trim())).toEqual([
      "ACME WIDGETS INC.",
      "CONSOLIDATED BALANCE SHEETS",
    ]);
  });
});

describe("a footnote marker standing in no column after a figure", () => {
  it("joins the figure's text, which keeps its figure and its marks ('41.2% (1)' is still 41.2 percent)", () => {
    const [g] = grids([
      fw(right(50, "2004"), right(64, "2003")),
      row("Net sales", ["4,512", "4,380"], [50, 64]),
      fw(
        at(0, "Gross margin"),
        right(50, "41.2%"),
        at(52, "(1)"),
        right(64, "39.8%"),
      ),
      row("Net income", ["118", "25"], [50, 64]),
    ]);
    const margin = rowsOf(g).find((r) => r.label?.text === "Gross margin")!;
    expect(
      margin.values.map((v) => [v.text, v.value, v.percent === true]),
    ).toEqual([
      ["41.2% (1)", "41.2", true],
      ["39.8%", "39.8", true],
    ]);
  });
});
