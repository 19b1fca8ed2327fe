// One fixed-width line → cells, and its label apart from its trailing value cells.
import { analyzeLine, splitCells } from "../src/cells";
import { normalizeLine } from "../src/lines";
import { at, fw, right } from "./helpers";

const values = (line: string) => analyzeLine(line).values.map((v) => v.value);

describe("splitCells", () => {
  it("splits at runs of two or more spaces and keeps single spaces inside a cell", () => {
    const line = fw(
      at(0, "Loss before income taxes"),
      right(50, "$ (454,000)"),
      right(66, "(31,000)"),
    );
    expect(splitCells(line).map((c) => c.text)).toEqual([
      "Loss before income taxes",
      "$ (454,000)",
      "(31,000)",
    ]);
  });

  it("gives each cell its character span [start, end)", () => {
    const line = fw(at(2, "Cash"), right(40, "1,000"), right(52, "2,000"));
    expect(splitCells(line)).toEqual([
      { text: "Cash", start: 2, end: 6 },
      { text: "1,000", start: 35, end: 40 },
      { text: "2,000", start: 47, end: 52 },
    ]);
  });

  it("treats dot leaders as spaces", () => {
    expect(
      splitCells("Revenues ..............   1,234").map((c) => c.text),
    ).toEqual(["Revenues", "1,234"]);
    expect(
      splitCells("Net income . . . . . . . $   56").map((c) => c.text),
    ).toEqual(["Net income", "$", "56"]);
  });

  it("keeps a decimal point and an abbreviation that are not leaders", () => {
    expect(splitCells("Inc.   1.25").map((c) => c.text)).toEqual([
      "Inc.",
      "1.25",
    ]);
    expect(splitCells("U.S. sales   10").map((c) => c.text)).toEqual([
      "U.S. sales",
      "10",
    ]);
  });

  it("returns nothing for a blank line", () => {
    expect(splitCells("      ")).toEqual([]);
  });
});

describe("analyzeLine: label and values", () => {
  it("separates the label from the trailing value cells", () => {
    const line = fw(
      at(0, "Revenues"),
      right(50, "$ 4,512,000"),
      right(66, "$ 4,380,500"),
      right(82, "$ 8,990,250"),
      right(98, "$ 8,701,000"),
    );
    const a = analyzeLine(line);
    expect(a.label).toEqual({ text: "Revenues", start: 0, end: 8 });
    expect(a.values.map((v) => v.value)).toEqual([
      "4512000",
      "4380500",
      "8990250",
      "8701000",
    ]);
    expect(a.numeric).toBe(4);
    expect(a.yearsOnly).toBe(false);
  });

  it("keeps each figure's value as read when its text is written again, whether or not it held that value", () => {
    const a = analyzeLine(
      fw(at(0, "Net sales"), right(30, "1,204"), right(42, "(3,518)")),
    );
    const [plain, negative] = a.values;
    expect([plain.value, negative.value]).toEqual(["1204", "-3518"]);
    // A marker settled onto the figure changes its text, never its value.
    plain.text = "1,204 (a)";
    negative.text = "(3,518) (b)";
    expect([plain.value, negative.value]).toEqual(["1204", "-3518"]);
    expect(plain.text).toBe("1,204 (a)");
  });

  it("spans a value by the number itself, without its '$', so right edges align", () => {
    const line = fw(
      at(0, "Revenues"),
      right(40, "$ 6,937,000"),
      right(56, "$13,868,000"),
      right(72, "475,000"),
    );
    const vs = analyzeLine(line).values;
    expect(vs.map((v) => v.end)).toEqual([40, 56, 72]);
    expect(vs[0].start).toBe(40 - "6,937,000".length);
    expect(vs[1].start).toBe(56 - "13,868,000".length);
  });

  it("joins a '$' standing apart from its number to that number", () => {
    const line = fw(
      at(0, "Net loss"),
      at(30, "$"),
      right(44, "(272,000)"),
      at(48, "$"),
      right(62, "(19,000)"),
    );
    const a = analyzeLine(line);
    expect(a.values.map((v) => v.value)).toEqual(["-272000", "-19000"]);
    expect(a.values.map((v) => v.end)).toEqual([44, 62]);
    expect(a.label?.text).toBe("Net loss");
  });

  it("keeps a '$' apart from a dash cell out of the values", () => {
    const a = analyzeLine(
      fw(
        at(0, "Other"),
        at(30, "$"),
        right(40, "-"),
        at(46, "$"),
        right(56, "1,200"),
      ),
    );
    expect(a.values.map((v) => [v.value, v.dash ?? false])).toEqual([
      [null, true],
      ["1200", false],
    ]);
    expect(a.numeric).toBe(1);
  });

  it("reads '( 454)' with a space inside the parentheses as one value", () => {
    const a = analyzeLine(
      fw(at(0, "Loss"), right(30, "( 454)"), right(44, "( 12)")),
    );
    expect(a.values.map((v) => v.value)).toEqual(["-454", "-12"]);
    expect(a.values[0].start).toBe(24);
    expect(a.values[0].end).toBeLessThanOrEqual(30);
    expect(a.values[0].end).toBeGreaterThan(27);
  });

  it("reads two values one space apart as two values", () => {
    expect(values("Units shipped    1,234 5,678")).toEqual(["1234", "5678"]);
  });

  it("reads a footnote marker after a value, attached or one space apart, as part of it", () => {
    const line = fw(
      at(0, "Cost of revenue"),
      right(30, "4,100(a)"),
      right(42, "3,950 *"),
      right(54, "3,001 (2)"),
      right(66, "2,222"),
    );
    const a = analyzeLine(line);
    expect(a.values.map((v) => v.value)).toEqual([
      "4100",
      "3950",
      "3001",
      "2222",
    ]);
    // The marker stands outside the column: the value's span ends at its last digit.
    expect(a.values[0]).toMatchObject({ start: 22, end: 27 });
    expect(a.values[1]).toMatchObject({ start: 35, end: 40 });
    expect(a.values[2]).toMatchObject({ start: 45, end: 50 });
  });

  it("reads percentages, with the sign attached or apart", () => {
    const a = analyzeLine(
      fw(
        at(0, "Gross margin"),
        right(30, "12.5 %"),
        right(42, "(3.2)%"),
        right(54, "-6.3%"),
      ),
    );
    expect(a.values.map((v) => [v.value, v.percent])).toEqual([
      ["12.5", true],
      ["-3.2", true],
      ["-6.3", true],
    ]);
  });

  it.each([
    ["-", null, true],
    ["--", null, true],
    ["\u2014", null, true],
    ["nil", "0", false],
    ["n/a", null, false],
    ["NM", null, false],
    ["*", null, false],
  ])(
    "reads the cell %j as a value cell (value %j, dash %j)",
    (cell, value, dash) => {
      const a = analyzeLine(
        fw(at(0, "Restructuring"), right(30, cell), right(42, "1,200")),
      );
      expect(a.values).toHaveLength(2);
      expect(a.values[0].value).toBe(value);
      expect(a.values[0].dash ?? false).toBe(dash);
      expect(a.label?.text).toBe("Restructuring");
    },
  );

  it("reads an em dash after normalisation the same as before", () => {
    const raw = fw(
      at(0, "Restructuring"),
      right(30, "\u2014"),
      right(42, "1,200"),
    );
    expect(analyzeLine(normalizeLine(raw)).values[0]).toMatchObject({
      value: null,
      dash: true,
    });
  });

  it("keeps digits inside a label in the label", () => {
    const a = analyzeLine(
      fw(
        at(0, "Series 2 notes due 2009"),
        right(40, "1,000"),
        right(52, "1,500"),
      ),
    );
    expect(a.label?.text).toBe("Series 2 notes due 2009");
    expect(a.values.map((v) => v.value)).toEqual(["1000", "1500"]);
  });

  it("keeps a figure inside a sentence in the label: a cell with any word is not values", () => {
    const a = analyzeLine("Revenue increased 12% to $4.5 million.");
    expect(a.values).toEqual([]);
    expect(a.label?.text).toBe("Revenue increased 12% to $4.5 million.");
  });

  it("joins a label split by wide spaces into one label with single spaces", () => {
    const a = analyzeLine(
      fw(
        at(0, "Net income"),
        at(14, "(See Note)"),
        right(60, "204"),
        right(72, "125"),
      ),
    );
    expect(a.label?.text).toBe("Net income (See Note)");
    expect(a.label?.start).toBe(0);
    expect(a.label?.end).toBe(24);
  });

  it("removes dot leaders from the label", () => {
    const a = analyzeLine(
      "Property and equipment, net . . . . . .    5,000        5,500",
    );
    expect(a.label?.text).toBe("Property and equipment, net");
    expect(a.values.map((v) => v.value)).toEqual(["5000", "5500"]);
  });

  it("marks a header row of bare years", () => {
    const a = analyzeLine(fw(right(40, "2004"), right(52, "2003")));
    expect(a.yearsOnly).toBe(true);
    expect(a.label).toBeNull();
    expect(
      analyzeLine(fw(at(0, "Stores"), right(40, "2004"), right(52, "1,003")))
        .yearsOnly,
    ).toBe(false);
  });

  it("has no values for a heading or a blank line", () => {
    expect(analyzeLine("Current assets:").values).toEqual([]);
    expect(analyzeLine("Current assets:").label?.text).toBe("Current assets:");
    expect(analyzeLine("").label).toBeNull();
  });

  it("counts as numeric only the cells holding a number", () => {
    const a = analyzeLine(
      fw(at(0, "Other"), right(30, "--"), right(42, "n/a"), right(54, "15")),
    );
    expect(a.values).toHaveLength(3);
    expect(a.numeric).toBe(1);
  });
});

describe("a line of more cells than a worksheet has columns", () => {
  const line = (n: number) =>
    "Revenue" + Array.from({ length: n }, (_, k) => `  ${k + 1}`).join("");

  it("is read as a row while its figures fit in a worksheet's 16,384 columns", () => {
    const a = analyzeLine(line(16_383));
    expect(a.values).toHaveLength(16_383);
    expect(a.label?.text).toBe("Revenue");
  });

  it("is one label past them: no figure of it is read", () => {
    const text = `  ${line(16_384)}  `;
    const a = analyzeLine(text);
    expect(a.values).toEqual([]);
    expect(a.numeric).toBe(0);
    expect(a.cells).toHaveLength(1);
    expect(a.label).toEqual({
      text: text.trim(),
      start: 2,
      end: text.length - 2,
    });
  });

  it("stops splitting at the bound it is given", () => {
    expect(splitCells("a  b  c", 2)).toBeNull();
    expect(splitCells("a  b  c", 3)?.map((c) => c.text)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });
});

describe("a line's cells, split again when first asked for", () => {
  it("are the line's cells, the same array each time", () => {
    const line = fw(
      at(0, "Net sales"),
      right(40, "$ 1,234"),
      right(52, "(56)"),
    );
    const a = analyzeLine(line);
    expect(a.values.map((v) => v.value)).toEqual(["1234", "-56"]);
    expect(a.cells).toEqual(splitCells(line));
    expect(a.cells).toBe(a.cells);
  });
});

describe("a line without values (prose, a title): its label made when first asked for", () => {
  it("is the label of all its cells, dot leaders and runs of spaces folded, the same each time", () => {
    const line = "  Consolidated Balance Sheets . . . .   (unaudited)";
    const a = analyzeLine(line);
    expect(a.values).toEqual([]);
    expect(a.numeric).toBe(0);
    expect(a.yearsOnly).toBe(false);
    expect(a.label).toEqual({
      text: "Consolidated Balance Sheets (unaudited)",
      start: 2,
      end: line.length,
    });
    expect(a.label).toBe(a.label);
    expect(a.cells).toEqual(splitCells(line));
  });

  it("has no label where it has no cell", () => {
    expect(analyzeLine("   ").label).toBeNull();
    expect(analyzeLine(". . . . .").label).toBeNull();
  });

  it("is told from a line of figures: a sentence with a number in it stays a label", () => {
    const a = analyzeLine("Revenue rose 12% to $1,234 million in the quarter.");
    expect(a.values).toEqual([]);
    expect(a.label?.text).toBe(
      "Revenue rose 12% to $1,234 million in the quarter.",
    );
  });
});

describe("a value cell's text: read from its span of the line, or held where written otherwise", () => {
  it("is each figure as printed: a span of the line, '$ 567' with its sign, '( 454)' closed up, a marker kept", () => {
    const line = fw(
      at(0, "Net income"),
      right(24, "1,234"),
      right(44, "$ 567"),
      right(54, "( 454)"),
      right(62, "12*"),
      right(72, "5.0 %"),
    );
    const a = analyzeLine(line);
    expect(a.values.map((v) => [v.text, v.value])).toEqual([
      ["1,234", "1234"],
      ["$ 567", "567"],
      ["(454)", "-454"],
      ["12*", "12"],
      ["5.0 %", "5.0"],
    ]);
    // The span is the figure's own: where its digits stand, whatever was written around them.
    expect(line.slice(a.values[1].start, a.values[1].end)).toBe("567");
  });

  it("can be given another text, which it then holds", () => {
    const [v] = analyzeLine(fw(at(0, "Revenues"), right(30, "1,234"))).values;
    v.text = "1,234 (a)";
    expect(v.text).toBe("1,234 (a)");
    expect(v.value).toBe("1234");
  });
});
