// Headings: every fact carries its heading path (`section`, outermost first, joined with " › "). A heading standing
// directly above its first row governs the rows below it until the next heading of its level or a total that
// closes it; a heading of headings at its rows' own margin keeps its sub-headings. Invented releases, text and HTML.
import { readFileSync } from "fs";
import { join } from "path";
import { renderTable } from "../cli/render";
import * as answers from "../src/answers";
import { analyzeLine } from "../src/cells";
import { GridRow, Release, Row } from "../src/model";
import { outline } from "../src/outline";
import { parseRelease } from "../src/parse";
import { buildRows } from "../src/rows";
import { addRelease, emptyStore } from "../src/store";
import { planRelease } from "../src/sheet-plan";
import { quarterStatement, row } from "./helpers";
import { addText } from "../src/text-store";

const parse = (name: string): Release =>
  parseRelease(readFileSync(join(__dirname, "fixtures", name), "utf8"), name);

/** A grid body from fixed-width lines: blank → gap, anything else → a row of cells. */
const build = (lines: string[]) =>
  buildRows(
    lines.map((text, i): GridRow => {
      if (text.trim() === "") return { kind: "gap", line: i + 1 };
      const a = analyzeLine(text);
      return { kind: "row", line: i + 1, label: a.label, values: a.values };
    }),
  );
const C = [50, 64];

const text = parse("tallgrass-utilities-q4-2004-subsidiaries.txt");
const html = parse("quarrystone-q3-2006-groups.htm");
const sections = (rel: Release, label: string, period: string) =>
  rel.facts
    .filter((f) => f.label === label && f.period === period)
    .map((f) => [f.section, f.value]);

describe("heading paths (fixed-width text)", () => {
  it("keeps the segment heading above the sub-headings printed at its own margin", () => {
    expect(sections(text, "Retail", "Q4-2004")).toEqual([
      ["Prairie Electric - › Operating Revenues:", "512"],
      ["Mesa Gas - › Operating Revenues:", "301"],
    ]);
  });

  it("keeps a label repeated under several headings distinct by its path", () => {
    expect(sections(text, "As Reported", "FY2004")).toEqual([
      ["Prairie Electric - › Net Income:", "288"],
      ["Mesa Gas - › Net Income:", "104"],
    ]);
  });

  it("ends a heading of rows at the next heading of its margin", () => {
    expect(sections(text, "Net Income", "Q4-2004")).toEqual([
      ["Consolidated -", "118"],
    ]);
  });
});

describe("heading paths (HTML)", () => {
  it("nests a sub-heading row under the segment heading row above it", () => {
    expect(sections(html, "Parts", "Q3-2006")).toEqual([
      ["Quarrystone Mining Services › Revenues:", "212"],
      ["Quarrystone Rail › Revenues:", "47"],
    ]);
  });
});

describe("where a heading ends", () => {
  it("a total closes its own heading; the rows after it stay under the heading of headings", () => {
    const rows = build([
      "Northern Division -",
      "",
      "Revenues:",
      row("Products", ["10", "20"], C),
      row("Services", ["5", "6"], C),
      row("Total revenues", ["15", "26"], C),
      row("Operating income", ["3", "4"], C),
    ]);
    expect(rows.map((r) => [r.label, r.sections])).toEqual([
      ["Products", ["Northern Division -", "Revenues:"]],
      ["Services", ["Northern Division -", "Revenues:"]],
      ["Total revenues", ["Northern Division -", "Revenues:"]],
      ["Operating income", ["Northern Division -"]],
    ]);
  });

  it("a heading back at the margin of an indented outline is a sibling, not a child", () => {
    const rows = build([
      "Revenues:",
      "  Products:",
      row("Widgets", ["1", "2"], C, 4),
      row("Services", ["3", "4"], C, 2),
      "Costs:",
      row("Labor", ["5", "6"], C, 2),
    ]);
    expect(rows.map((r) => [r.label, r.sections])).toEqual([
      ["Widgets", ["Revenues:", "Products:"]],
      ["Services", ["Revenues:"]],
      ["Labor", ["Costs:"]],
    ]);
  });

  it("a heading of rows at the margin of a heading of headings stays under it", () => {
    const rows = build([
      "Eastern Region -",
      "Sales:",
      row("Retail", ["1", "2"], C),
      "Margins:",
      row("Retail", ["7", "8"], C),
      "Western Region -",
      "Sales:",
      row("Retail", ["3", "4"], C),
    ]);
    expect(rows.map((r) => r.sections.join(" › "))).toEqual([
      "Eastern Region - › Sales:",
      "Eastern Region - › Margins:",
      "Western Region - › Sales:",
    ]);
  });
});

describe("the fact's section", () => {
  it("is absent where no heading stands above the row", () => {
    const rel = parse("northwind-q1-2005-segments.txt");
    expect(rel.facts.length).toBeGreaterThan(0);
    expect(rel.facts.every((f) => f.section === undefined)).toBe(true);
    expect(JSON.stringify(rel.facts)).not.toContain('"section"');
  });
});

describe("display", () => {
  const table = text.tables[0];

  it("lists each heading once where it opens, with its depth, before the rows under it", () => {
    const items = outline(table.rows).slice(0, 6);
    expect(
      items.map((i) =>
        i.kind === "heading"
          ? `h${i.depth} ${i.text}`
          : `r${i.depth} ${(i.row as Row).label}`,
      ),
    ).toEqual([
      "h0 Consolidated -",
      "r1 Operating Revenues",
      "r1 Net Income",
      "h0 Prairie Electric -",
      "h1 Net Income:",
      "r2 As Reported",
    ]);
  });

  it("the CLI prints headings on lines of their own and indents the rows under them", () => {
    const lines = renderTable(table, 0).split("\n");
    const at = lines.findIndex((l) => l.startsWith("Mesa Gas -"));
    expect(lines.slice(at, at + 3).map((l) => l.trimEnd())).toEqual([
      "Mesa Gas -",
      "  Net Income:",
      expect.stringMatching(/^ {4}As Reported +19 +22 +104 +98$/),
    ]);
  });

  it("the CLI names each column's group above its period", () => {
    const rel = parse("quarrystone-q3-2006-groups.htm");
    const lines = renderTable(rel.tables[1], 1).split("\n");
    expect(lines[1]).toMatch(/GAAP +Adjustments +Non-GAAP +GAAP/);
    expect(lines[2]).toMatch(/Q3-2006 +Q3-2006 +Q3-2006 +Q3-2005/);
  });
});

describe("naming a heading in VALUE", () => {
  const store = [
    [
      readFileSync(
        join(
          __dirname,
          "fixtures",
          "tallgrass-utilities-q4-2004-subsidiaries.txt",
        ),
        "utf8",
      ),
      "tallgrass",
    ],
    [
      readFileSync(
        join(__dirname, "fixtures", "quarrystone-q3-2006-groups.htm"),
        "utf8",
      ),
      "quarrystone",
    ],
  ].reduce((s, [t, src]) => addText(s, t, src).store, emptyStore());

  it("picks the row under any heading of its path named before the label", () => {
    expect(
      answers.value(store, "Mesa Gas As Reported", "Q4-2004", "Tallgrass"),
    ).toEqual({ ok: true, value: 19_000_000 });
    expect(
      answers.value(store, "Prairie Electric - Retail", "FY2004", "Tallgrass"),
    ).toEqual({ ok: true, value: 2_210_000_000 });
  });

  it("refuses a label standing under several headings with different figures, naming them", () => {
    expect(
      answers.value(store, "Retail", "Q4-2004", "Tallgrass"),
    ).toMatchObject({
      ok: false,
      code: "notAvailable",
      message: expect.stringMatching(
        /"Prairie Electric › Retail" 512,000,000 \(line 22\); "Mesa Gas › Retail" 301,000,000 \(line 32\).*name one as "heading › label"/,
      ),
    });
  });

  it("answers with the consolidated row where a heading names it", () => {
    expect(
      answers.value(store, "Operating Revenues", "Q4-2004", "Tallgrass"),
    ).toEqual({ ok: true, value: 1_410_000_000 });
  });

  it("picks a column group named before the label", () => {
    expect(
      answers.value(store, "Non-GAAP Net income", "Q3-2006", "Quarrystone"),
    ).toEqual({ ok: true, value: 387_000_000 });
  });
});

describe("the release sheet", () => {
  const planOf = (name: string) => {
    const { store, id } = addText(
      emptyStore(),
      readFileSync(join(__dirname, "fixtures", name), "utf8"),
      name,
    );
    return planRelease(store.releases.find((x) => x.id === id)!).sheets[0];
  };

  it("writes each heading on a row of its own and indents the rows by their depth", () => {
    const sheet = planOf("tallgrass-utilities-q4-2004-subsidiaries.txt");
    const firsts = sheet.rows.map((r) => r[0]).filter((c) => c?.text);
    const at = firsts.findIndex((c) => c.text === "Mesa Gas -");
    expect(
      firsts
        .slice(at, at + 3)
        .map((c) => [c.text, c.bold ?? false, c.indent ?? 0]),
    ).toEqual([
      ["Mesa Gas -", true, 0],
      ["Net Income:", true, 0],
      ["As Reported", false, 2],
    ]);
  });

  it("heads each column with its group and period", () => {
    const sheet = planOf("quarrystone-q3-2006-groups.htm");
    const texts = sheet.rows.map((r) => r.map((c) => c?.text ?? ""));
    expect(texts).toContainEqual([
      "Line item",
      "GAAP Q3-2006",
      "Adjustments Q3-2006",
      "Non-GAAP Q3-2006",
      "GAAP Q3-2005",
      "Adjustments Q3-2005",
      "Non-GAAP Q3-2005",
    ]);
  });
});

describe("segments' blocks under dash headings", () => {
  const text = (tail: string[]) =>
    [
      "Larkmoor Energy Inc. (NYSE: LKE) reported today.",
      "",
      "                       FINANCIAL OVERVIEW",
      "                     (In Millions of Dollars)",
      "",
      "                                      2004       2003",
      " Eastern Gas -",
      "   Operating Revenues               1,210      1,150",
      "   Net Income                          91         84",
      "",
      " Western Gas -",
      "   Operating Revenues                 412        398",
      "   Net Income                          14         12",
      ...tail,
    ].join("\n");

  it("end after a blank line where rows follow that the block before did not have", () => {
    const r = parseRelease(
      text(["", " Basic Earnings Per Share            $0.41      $0.37"]),
      "larkmoor.txt",
    );
    const eps = r.facts.find((f) => f.label === "Basic Earnings Per Share");
    expect(eps?.section).toBeUndefined();
    expect(
      r.facts.find((f) => f.label === "Net Income" && f.value === "14")
        ?.section,
    ).toBe("Western Gas -");
  });

  it("go on after a blank line where the rows are the block's own", () => {
    const r = parseRelease(
      text(["", "   Net Income                          15         13"]),
      "larkmoor.txt",
    );
    expect(
      r.facts.find((f) => f.label === "Net Income" && f.value === "15")
        ?.section,
    ).toBe("Western Gas -");
  });
});

/** The rows of an invented statement down to its net income: the blocks under test follow them. */
const INCOME_ROWS = [
  "Revenues                                $ 12,204      $  9,988",
  "Net income                              $  2,201      $  1,150",
];

describe("units under nested headings", () => {
  // "Earnings per share:" over "Continuing operations:" over Basic and Diluted: per-share amounts, not thousands of
  // dollars ($0.50, never $500); shares under "Weighted average shares outstanding:" › "In thousands:".
  const release = parseRelease(
    quarterStatement([
      ...INCOME_ROWS,
      "Earnings per share:",
      "  Continuing operations:",
      "    Basic                               $   0.50      $   0.26",
      "    Diluted                             $   0.49      $   0.25",
      "Weighted average shares outstanding:",
      "  In thousands:",
      "    Basic                                  4,402         4,380",
      "    Diluted                                4,480         4,460",
    ]),
    "nested.txt",
  );
  const fact = (section: string, label: string) =>
    release.facts.find(
      (f) =>
        f.period === "Q2-2004" &&
        f.label === label &&
        (f.section ?? "").startsWith(section),
    );

  it("reads a per-share amount under a qualifying heading in dollars a share", () => {
    expect(fact("Earnings per share", "Basic")).toMatchObject({
      value: "0.50",
      unit: "USD/share",
      scale: 1,
    });
  });

  it("reads a share count under a qualifying heading in shares", () => {
    expect(fact("Weighted average", "Diluted")).toMatchObject({
      value: "4480",
      unit: "shares",
      scale: 1000,
    });
    expect(fact("", "Revenues")).toMatchObject({ unit: "USD", scale: 1000 });
  });

  it("names a concept through a heading that only states a scale, not through one that qualifies the measure", () => {
    expect(fact("Weighted average", "Diluted")?.concept).toBe("shares_diluted");
    // Earnings per share from continuing operations is not the release's EPS.
    expect(fact("Earnings per share", "Basic")?.concept).toBeNull();
  });
});

describe("a per-share block split by basis", () => {
  // "Earnings per share:" › "Basic:" / "Diluted:", each with its continuing, discontinued and net rows.
  const release = parseRelease(
    quarterStatement([
      ...INCOME_ROWS,
      "",
      "Earnings per share:",
      "  Basic:",
      "    Continuing operations               $   0.48      $   0.24",
      "    Net income                          $   0.50      $   0.26",
      "  Diluted:",
      "    Continuing operations               $   0.47      $   0.23",
      "    Net income                          $   0.49      $   0.25",
      "",
      "Weighted average shares outstanding:",
      "  Basic                                    4,402         4,380",
      "  Diluted                                  4,480         4,460",
    ]),
    "basis.txt",
  );
  const q2 = (concept: string) =>
    release.facts
      .filter((f) => f.period === "Q2-2004" && f.concept === concept)
      .map((f) => `${f.value} ${f.unit}`);

  it("reads each basis's net row as that EPS, and the continuing row as neither", () => {
    expect(q2("eps_basic")).toEqual(["0.50 USD/share"]);
    expect(q2("eps_diluted")).toEqual(["0.49 USD/share"]);
    expect(q2("net_income")).toEqual(["2201 USD"]);
  });

  it("checks each EPS against net income over its shares", () => {
    const eps = release.checks.filter(
      (c) => c.id === "eps.ratio" && c.period === "Q2-2004",
    );
    expect(eps.map((c) => c.status)).toEqual(["pass", "pass"]);
  });

  it("answers EPS with the net row of the basic block", () => {
    const { store } = addRelease(
      emptyStore(),
      "basis",
      "basis.txt",
      undefined,
      release,
    );
    expect(answers.figure(store, "EPS", "Q2-2004")).toEqual({
      ok: true,
      value: 0.5,
    });
  });
});
