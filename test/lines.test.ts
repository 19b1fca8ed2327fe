// Stage 1: text → lines. Line endings, tab stops, odd spaces and dashes, EDGAR tags and page furniture.
import { expandTabs, normalizeLine, toLines } from "../src/lines";
import { SourceLine } from "../src/model";

const kinds = (ls: SourceLine[]) => ls.map((l) => l.kind);
const texts = (ls: SourceLine[]) => ls.map((l) => l.text);

describe("line endings", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])(
    "splits %s text into numbered lines without leftover carriage returns",
    (_name, eol) => {
      const ls = toLines(["Revenues   1,000", "", "Net loss   (20)"].join(eol));
      expect(ls.map((l) => l.no)).toEqual([1, 2, 3]);
      expect(texts(ls)).toEqual(["Revenues   1,000", "", "Net loss   (20)"]);
      expect(ls.some((l) => l.text.includes("\r"))).toBe(false);
    },
  );

  it("handles mixed line endings in one file, counting each break once", () => {
    const ls = toLines("one\r\ntwo\rthree\nfour\r\n\r\nsix");
    expect(texts(ls)).toEqual(["one", "two", "three", "four", "", "six"]);
    expect(ls[5].no).toBe(6);
  });

  it("numbers a trailing line break as a final blank line", () => {
    const ls = toLines("alpha\nbeta\n");
    expect(ls).toHaveLength(3);
    expect(ls[2]).toEqual({ no: 3, text: "", kind: "blank" });
  });
});

describe("expandTabs", () => {
  it("moves text after a tab to the next multiple of eight", () => {
    expect(expandTabs("ab\tc")).toBe("ab      c");
    expect(expandTabs("ab\tc").indexOf("c")).toBe(8);
  });

  it("adds a full stop of eight spaces when the text already stands on a stop", () => {
    expect(expandTabs("12345678\tx").indexOf("x")).toBe(16);
    expect(expandTabs("\tx").indexOf("x")).toBe(8);
  });

  it("expands consecutive tabs to consecutive stops", () => {
    expect(expandTabs("a\t\t\tb").indexOf("b")).toBe(24);
    expect(expandTabs("Sales\t\t\t$\t 81,200").indexOf("81,200")).toBe(33);
  });

  it("leaves a line without tabs untouched", () => {
    const s = "Revenues        $ 1,234";
    expect(expandTabs(s)).toBe(s);
  });

  it("aligns a tab-separated row with a space-separated one before columns are measured", () => {
    const [tabbed, spaced] = toLines(
      "Cost of sales\t\t 40,000\n" +
        "Cost of sales" +
        " ".repeat(12) +
        "40,000",
    );
    expect(tabbed.text.indexOf("40,000")).toBe(spaced.text.indexOf("40,000"));
    expect(tabbed.text.indexOf("40,000")).toBe(25);
  });
});

describe("normalizeLine", () => {
  it("turns no-break, thin, figure and ideographic spaces into ASCII spaces, keeping the width", () => {
    const raw = "Revenues\u00a0\u00a0\u00a0$\u2009\u20071,234\u3000\u202f5";
    const out = normalizeLine(raw);
    expect(out).toBe("Revenues   $  1,234  5");
    expect(out.length).toBe(raw.length);
  });

  it("folds Unicode dashes and the minus sign into '-'", () => {
    expect(normalizeLine("\u2212454")).toBe("-454");
    expect(normalizeLine("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g")).toBe(
      "a-b-c-d-e-f-g",
    );
    expect(normalizeLine("\uff0d1\ufe632\ufe583")).toBe("-1-2-3");
  });

  it("folds curly apostrophes and quotes", () => {
    expect(
      normalizeLine("Shareholders\u2019 equity \u201cas reported\u201d"),
    ).toBe('Shareholders\' equity "as reported"');
  });

  it("blanks EDGAR's escape of a leading dash, keeping every column in place", () => {
    expect(normalizeLine("- ------")).toBe("  ------");
    expect(normalizeLine("- -- As reported      $ 12")).toBe(
      "  -- As reported      $ 12",
    );
    expect(normalizeLine("- ------").length).toBe("- ------".length);
  });

  it("does not touch a dash that is not EDGAR's escape", () => {
    expect(normalizeLine("- more -")).toBe("- more -");
    expect(normalizeLine("-454")).toBe("-454");
  });

  it("turns a form feed into a space and trims trailing whitespace", () => {
    expect(normalizeLine("\fTitle   ")).toBe(" Title");
    expect(normalizeLine("Net sales\t")).toBe("Net sales");
  });
});

describe("line kinds", () => {
  it("classifies blank, text and rule lines", () => {
    const ls = toLines(
      [
        "Revenues      $ 12",
        "   ",
        "  ----------   ---------",
        "=========",
        "  ________",
        "Net - loss",
      ].join("\n"),
    );
    expect(kinds(ls)).toEqual([
      "text",
      "blank",
      "rule",
      "rule",
      "rule",
      "text",
    ]);
  });

  it("needs three rule characters for a rule: '--' alone is a dash, not an underline", () => {
    expect(kinds(toLines("        --"))).toEqual(["text"]);
    expect(kinds(toLines("        ---"))).toEqual(["rule"]);
  });

  it("recognises EDGAR tags, upper or lower case, with or without attributes", () => {
    const tags = [
      "<TABLE>",
      "</TABLE>",
      "<CAPTION>",
      "<S>                 <C>        <C>",
      "<C>",
      "<PAGE>",
      "<PAGE>   3",
      "<table width=600>",
      "  <c>",
      "<FN>",
    ];
    expect(kinds(toLines(tags.join("\n")))).toEqual(tags.map(() => "tag"));
  });

  it("does not take text that merely contains a '<' for a tag", () => {
    expect(kinds(toLines("Revenues < 5% of total"))).toEqual(["text"]);
  });

  it.each([
    "- more -",
    "                                  - more -",
    "-more-",
    "--- MORE ---",
    "(more)",
    "- 7 -",
    "Page 3",
    "Page 3 of 9",
    "###",
    "                      # # #",
    "***",
    "[LOGO]",
    "          [Logo of Pellucid]",
    "[GRAPHIC OMITTED]",
    "- continued -",
  ])("treats %j as page furniture", (line) => {
    expect(toLines(line)[0].kind).toBe("noise");
  });

  it("turns the escaped EDGAR underline '- ------' into a rule", () => {
    const [l] = toLines("- ------------------------------------");
    expect(l.kind).toBe("rule");
    expect(l.text.startsWith("  -")).toBe(true);
  });

  it("makes a line holding only a form feed a page break", () => {
    const ls = toLines("text before\n\f\ntext after");
    expect(kinds(ls)).toEqual(["text", "noise", "text"]);
  });
});

describe("page furniture", () => {
  it("makes a lone page number between blank lines noise", () => {
    const ls = toLines(
      "end of a paragraph.\n\n                 12\n\nStart of the next page.",
    );
    expect(ls[2].kind).toBe("noise");
  });

  it("makes a page number right after a page break noise even when text follows at once", () => {
    const ls = toLines(
      "paragraph.\n                 - more -\n  2\nNext page text.",
    );
    expect(kinds(ls)).toEqual(["text", "noise", "noise", "text"]);
  });

  it("keeps a number that belongs to the text around it", () => {
    const ls = toLines("Stores opened in the year:\n  12\nStores closed: none");
    expect(ls[1].kind).toBe("text");
  });

  it("keeps a table row whose only value is small", () => {
    const ls = toLines("\nLeasing business              8\n");
    expect(ls[1].kind).toBe("text");
  });

  it("makes a running header repeated after two page breaks noise, wherever a digit changes", () => {
    const doc = [
      "First page text.",
      "                                  - more -",
      "",
      "Quillfeather Utilities Inc.",
      "Second-quarter results, page 2",
      "",
      "Second page text.",
      "                                  - more -",
      "",
      "Quillfeather Utilities Inc.",
      "Second-quarter results, page 3",
      "",
      "Third page text.",
    ];
    const ls = toLines(doc.join("\n"));
    expect(ls[3].kind).toBe("noise");
    expect(ls[4].kind).toBe("noise");
    expect(ls[9].kind).toBe("noise");
    expect(ls[10].kind).toBe("noise");
    expect(ls[6].kind).toBe("text");
    expect(ls[12].kind).toBe("text");
  });

  it("finds a running header below the page number that opens a page", () => {
    const doc = [
      "Intro.",
      "                - more -",
      "  2",
      "",
      "Osprey Marine Supply Co.",
      "Body one.",
      "                - more -",
      "  3",
      "",
      "Osprey Marine Supply Co.",
      "Body two.",
    ];
    const ls = toLines(doc.join("\n"));
    expect(kinds(ls)).toEqual([
      "text",
      "noise",
      "noise",
      "blank",
      "noise",
      "text",
      "noise",
      "noise",
      "blank",
      "noise",
      "text",
    ]);
  });

  it("keeps a line seen after only one page break", () => {
    const ls = toLines(
      [
        "Intro.",
        "- more -",
        "",
        "Quillfeather Utilities Inc.",
        "Body text.",
      ].join("\n"),
    );
    expect(ls[3].kind).toBe("text");
  });

  it("treats <PAGE> tags as page breaks for running headers", () => {
    const doc = [
      "<PAGE>",
      "OSPREY MARINE SUPPLY CO.",
      "Body one.",
      "<PAGE>",
      "OSPREY MARINE SUPPLY CO.",
      "Body two.",
    ];
    const ls = toLines(doc.join("\n"));
    expect(ls[1].kind).toBe("noise");
    expect(ls[4].kind).toBe("noise");
    expect(ls[2].kind).toBe("text");
  });

  it("keeps every column position of a line through normalisation", () => {
    const raw =
      "Net\u00a0loss\u2009\u2009\u2009\u2009\u2009\u2009\u2009\u2009$\u00a0\u00a0(\u2009272)";
    const [l] = toLines(raw);
    expect(l.text).toBe("Net loss        $  ( 272)");
    expect(l.text.length).toBe(raw.length);
  });
});

describe("an EDGAR submission's header", () => {
  it("is filing data, never a table: its lines are tags", () => {
    const text = [
      "<SEC-HEADER>0000000000-04-000001.hdr.sgml : 20040723",
      "PUBLIC DOCUMENT COUNT:\t\t2",
      "FILED AS OF DATE:\t\t20040723",
      "\t\tZIP:\t\t\t83702",
      "</SEC-HEADER>",
      "<DOCUMENT>",
      "Net sales            61,250     57,430",
    ].join("\n");
    const lines = toLines(text);
    expect(lines.slice(0, 5).map((l) => l.kind)).toEqual(Array(5).fill("tag"));
    expect(lines[6].kind).toBe("text");
  });
});
