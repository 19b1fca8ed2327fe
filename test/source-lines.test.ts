// Every fact cites the source line its own figure stands on: per cell in HTML (a Word or EDGAR export puts each
// <td> on a line of its own), whatever the line ends (CR, CR LF), comments or <pre> text before the table. Every
// page here is invented: no company, figure or text is real.
import { rules } from "../src/rules";
import {
  append,
  countAtMost,
  floorIndex,
  greatest,
  least,
} from "../src/extremes";
import { readHtml } from "../src/html";
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";

const lines = (text: string) => text.split(/\r\n|\r|\n/);

/** The fact of a label in a column whose header contains `column`. */
function fact(rel: Release, label: string, column: string) {
  const f = rel.facts.find(
    (x) => x.label === label && x.column.includes(column),
  );
  if (!f) throw new Error(`no fact ${label} / ${column}`);
  return f;
}

/** The figure as printed on the line a fact cites. */
function cited(text: string, rel: Release, label: string, column: string) {
  return lines(text)[fact(rel, label, column).line - 1];
}

/** A statement exported the Word way: each cell on a line of its own, "$" and ")" in cells of their own. */
const wordPage = (eol: string, before = "") =>
  [
    "<html><body>",
    before,
    "<p>Tamsin Looms Corp. (NYSE: TLM) today reported results for the quarter ended March 31, 2005.</p>",
    "<table>",
    "<tr><td colspan=6>TAMSIN LOOMS CORP.</td></tr>",
    "<tr><td colspan=6>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</td></tr>",
    "<tr><td colspan=6>(In thousands)</td></tr>",
    "<tr>",
    "<td></td>",
    "<td colspan=2>Three Months Ended March 31, 2005</td>",
    "<td colspan=2>Three Months Ended March 31, 2004</td>",
    "</tr>",
    "<tr>",
    "<td>Net sales</td>",
    "<td>$</td>",
    "<td>41,372</td>",
    "<td>$</td>",
    "<td>38,905</td>",
    "</tr>",
    "<tr>",
    "<td>Other expense</td>",
    "<td></td>",
    "<td>(1,208</td>",
    "<td>)</td>",
    "<td>\n  &#8212;</td>",
    "</tr>",
    "<tr>",
    "<td>Net income</td>",
    "<td>$</td>",
    "<td><font size=2>",
    "5,117</font></td>",
    "<td>$</td>",
    "<td>4,860</td>",
    "</tr>",
    "</table>",
    "</body></html>",
  ].join(eol);

describe("HTML facts cite the line of their own cell", () => {
  it("each <td> on its own line: the line of the figure, not of the <tr>", () => {
    const text = wordPage("\n");
    const rel = parseRelease(text);
    expect(fact(rel, "Net sales", "2005").value).toBe("41372");
    expect(cited(text, rel, "Net sales", "2005")).toBe("<td>41,372</td>");
    expect(cited(text, rel, "Net sales", "2004")).toBe("<td>38,905</td>");
    expect(cited(text, rel, "Other expense", "2005")).toBe("<td>(1,208</td>");
    // A dash on the line after its <td>; a figure on the line after the <font> it stands in.
    expect(fact(rel, "Other expense", "2004").value).toBe("0");
    expect(cited(text, rel, "Other expense", "2004")).toBe("  &#8212;</td>");
    expect(cited(text, rel, "Net income", "2005")).toBe("5,117</font></td>");
  });

  it("CR and CR LF line ends count as the text's lines do", () => {
    for (const eol of ["\r", "\r\n"]) {
      const text = wordPage(eol);
      const rel = parseRelease(text);
      expect(cited(text, rel, "Net sales", "2004")).toBe("<td>38,905</td>");
      expect(cited(text, rel, "Net income", "2005")).toBe("5,117</font></td>");
    }
  });

  it("a comment and <pre> text before the table move no line number", () => {
    const before = [
      "<!-- saved",
      "from a page",
      "-->",
      "<pre>",
      "Contact:  Ivo Brandt<br>Investor Relations",
      "(555) 010-2233</pre>",
    ].join("\r\n");
    const text = wordPage("\r\n", before);
    const rel = parseRelease(text);
    expect(cited(text, rel, "Net sales", "2005")).toBe("<td>41,372</td>");
    const doc = readHtml(text);
    const investor = doc.lines.find((l) => l.text === "Investor Relations");
    expect(investor?.no).toBe(6); // after the <br>, on the line of the <br>
    expect(doc.lines.find((l) => l.text.startsWith("(555)"))?.no).toBe(7);
  });

  it("every figure of the page stands on the line it cites", () => {
    const text = wordPage("\n");
    const rel = parseRelease(text);
    expect(rel.facts.length).toBeGreaterThanOrEqual(6);
    for (const f of rel.facts) {
      const line = lines(text)[f.line - 1];
      const digits = f.value.replace("-", "");
      const printed = line.replace(/,/g, "");
      expect(
        f.value === "0" ? /&#8212;|-/.test(line) : printed.includes(digits),
      ).toBe(true);
    }
  });
});

describe("footnote markers in cells of their own are never figures", () => {
  const page = (cells: string) =>
    [
      "<html><body><p>Oriel Pumps Inc. reported results.</p><table>",
      "<tr><td></td><td>2005</td><td>2004</td></tr>",
      `<tr>${cells}</tr>`,
      "<tr><td>Net income</td><td>812</td><td>799</td></tr>",
      "</table></body></html>",
    ].join("\n");

  it('a marker after a lone "$" is no "$ (2)" figure', () => {
    const rel = parseRelease(
      page("<td>Revenue</td><td>$</td><td><sup>2</sup></td><td>$</td>"),
    );
    expect(rel.facts.some((f) => f.value === "-2")).toBe(false);
  });

  it("a label's marker is not split off as a figure (the cells are the page's own)", () => {
    // Before: "Revenue Product (2)" lent its "(2)" to the column under it, a figure of -2.
    const text = [
      "<html><body><p>Oriel Pumps Inc. reported results.</p><table><tr><td>0</td>",
      "<td>0</td></tr>",
      "<tr><td>Revenue</td>",
      "<td>Product</td>",
      "<td><sup>2</sup></td>",
      "<td>0</td></tr>",
      "<tr><td>0</td>",
      "<td>0</td></tr></table></body></html>",
    ].join("\n");
    const rel = parseRelease(text);
    expect(rel.facts.some((f) => f.value === "-2")).toBe(false);
    // (The table has no column headers, so it emits no facts: its row keeps the whole label.)
    expect(
      rel.tables[0].rows.some((r) => r.label.startsWith("Revenue Product")),
    ).toBe(true);
  });
});

describe("a table narrated as text, its cells on several lines", () => {
  it("is read for grids one source line at a time", () => {
    // No table of figures in HTML terms (one row): the fallback reads the narrative for fixed-width grids.
    const text = [
      "<html><body><p>Quen Mills Ltd. reported results.</p><table><tr><td>2004</td>",
      "<td>0</td></tr></table></body></html>",
    ].join("\n");
    const rel = parseRelease(text);
    for (const f of rel.facts)
      expect(lines(text)[f.line - 1]).toContain(f.value);
  });
});

describe("a <pre> left open before a table", () => {
  it("ends at the table: its cells' figures are never run together", () => {
    const text = `<pre>${wordPage("\n")}`;
    const rel = parseRelease(text);
    // Before: the page's text after <pre> was one run, "2005" "2004" read as the number 20052004.
    expect(rel.facts.every((f) => f.value.length <= 6)).toBe(true);
    expect(cited(text, rel, "Net sales", "2005")).toBe("<td>41,372</td>");
  });
});

describe("a cell whose figure follows white space on a later line", () => {
  it("cites the figure's line, not the line the cell's white space began on", () => {
    const text = [
      "<html><body><p>Wren Dyes Inc. reported results.</p><table>",
      "<tr><td></td><td>2005</td><td>2004</td></tr>",
      "<tr><td>Net sales</td><td>",
      "<sup>7,310</sup></td><td>6,995</td></tr>",
      "<tr><td>Net income</td><td>812</td><td>799</td></tr>",
      "</table></body></html>",
    ].join("\n");
    const rel = parseRelease(text);
    expect(fact(rel, "Net sales", "2005").value).toBe("7310");
    expect(fact(rel, "Net sales", "2005").line).toBe(4);
  });
});

describe("long inputs", () => {
  // No timing asserted here (npm run bench measures speed): the quadratic version took over a minute and would
  // run past this test's time limit.
  const wide = (n: number) =>
    [
      "STATEMENTS OF OPERATIONS",
      "",
      " ".repeat(40) + "      2004        2003",
      "Revenue".padEnd(40) +
        Array.from({ length: n }, (_, i) =>
          String(1000 + (i % 9000)).padStart(10),
        ).join(""),
    ].join("\n");

  it("a line of 16,000 figures parses (20,000 took over a minute)", () => {
    expect(parseRelease(wide(16_000)).facts.length).toBeGreaterThan(0);
  }, 60_000);

  it("a line of more figures than a worksheet has columns is no row: none of its figures is read", () => {
    const rel = parseRelease(wide(20_000));
    expect(rel.facts).toEqual([]);
    expect(rel.error?.message).toMatch(/^no financial table found/);
  }, 60_000);

  it("a line of 200,000 characters without white space is no prose, found in one pass (it took 50 s)", () => {
    const t0 = Date.now();
    expect(rules.manyWords.test("word\u202e".repeat(40_000))).toBe(false);
    // A guard against the hang, not a speed claim: it takes a millisecond, and took 50 s.
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(
      rules.manyWords.test("one two three four five six seven eight"),
    ).toBe(true);
    expect(rules.manyWords.test(" one two three four five six seven")).toBe(
      false,
    );
    expect(
      rules.manyWords.test("x\u202ey one two three four five six seven"),
    ).toBe(true);
  });

  it("lists longer than the call stack take no spread (Math.min(...xs), push(...xs))", () => {
    const xs = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 100_003);
    expect(() => Math.min(...xs)).toThrow(RangeError);
    expect(least(xs)).toBe(0);
    expect(greatest(xs)).toBe(100_002);
    expect(least([])).toBe(Infinity);
    const list = [1];
    append(list, xs);
    expect(list.length).toBe(300_001);
  });

  it("finds where a number falls among ascending ones, equal ones counted as at or below it", () => {
    const xs = [2, 4, 4, 7];
    expect([1, 2, 3, 4, 5, 7, 9].map((x) => countAtMost(xs, x))).toEqual([
      0, 1, 1, 3, 3, 4, 4,
    ]);
    // The last at or below it: 0 also when none is.
    expect([1, 2, 4, 6, 9].map((x) => floorIndex(xs, x))).toEqual([
      0, 0, 2, 2, 3,
    ]);
    expect(countAtMost([], 5)).toBe(0);
  });
});

describe("non-finite numbers", () => {
  it("an indentation of 400 digits is no Infinity in a label's position", () => {
    const text = [
      "<html><body><table>",
      "<tr><td></td><td>2005</td><td>2004</td></tr>",
      `<tr><td style="margin-left:${"9".repeat(400)}px">Net sales</td><td>7,310</td><td>6,995</td></tr>`,
      "<tr><td>Net income</td><td>812</td><td>799</td></tr>",
      "</table></body></html>",
    ].join("\n");
    for (const r of readHtml(text).grids[0].body)
      if (r.kind === "row") expect(Number.isFinite(r.label?.start)).toBe(true);
  });
});
