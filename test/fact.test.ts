// A table's figure as a Fact: its own fields plus its row's and column's, read through; as JSON and as a worker's
// message it is the plain object of the contract, fields in the contract's order.
import { plainFact, withPlainFacts } from "../src/fact";
import { parseRelease } from "../src/parse";
import { figureUnit, sharedUnit } from "../src/units";
import { at, fw, right } from "./helpers";

const text = [
  "ACME CORP",
  "STATEMENTS OF OPERATIONS",
  "(in thousands)",
  "",
  fw(right(52, "Three Months Ended"), right(74, "Three Months Ended")),
  fw(right(52, "June 30, 2025"), right(74, "June 30, 2024")),
  "",
  fw(at(0, "Revenues"), right(52, "1,200"), right(74, "1,100")),
  fw(at(0, "Net income"), right(52, "300"), right(74, "(50)")),
].join("\n");

describe("a table's fact", () => {
  const rel = parseRelease(text, "acme.txt");
  const net = rel.facts.find(
    (f) => f.label === "Net income" && f.period === "Q2-2024",
  )!;

  it("reads its row's and column's fields", () => {
    expect(net.value).toBe("-50");
    expect(net.scale).toBe(1000);
    expect(net.unit).toBe("USD");
    expect(net.line).toBe(9);
    expect(net.column).toBe("Three Months Ended | June 30, 2024");
    expect(net.statement).toBe("income");
    expect(net.table).toBe(0);
  });

  it("is the contract's plain object as JSON, fields in its order", () => {
    const json = JSON.parse(JSON.stringify(net));
    expect(Object.keys(json)).toEqual([
      "statement",
      "label",
      "concept",
      "column",
      "period",
      "value",
      "scale",
      "unit",
      "line",
      "table",
    ]);
    expect(json).toEqual(plainFact(net));
  });

  it("crosses to a worker's message whole (a message keeps own fields, not getters)", () => {
    expect(structuredClone(net)).not.toHaveProperty("label");
    const sent = structuredClone(withPlainFacts(rel));
    expect(sent.facts).toEqual(JSON.parse(JSON.stringify(rel.facts)));
    expect(sent.facts).toHaveLength(4);
  });
});

describe("a figure's line", () => {
  it("is its row's line where it stands on it, its own where a <td> stands on a line of its own", () => {
    const html = [
      "<html><body><p>ACME CORP</p>",
      "<table>",
      "<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>",
      "<tr><td>Revenues</td><td>1,200</td><td>1,100</td></tr>",
      "<tr><td>Net income</td>",
      "<td>300</td>",
      "<td>(50)</td></tr>",
      "</table></body></html>",
    ].join("\n");
    const rel = parseRelease(html, "acme.htm");
    const lineOf = (label: string, period: string) =>
      rel.facts.find((f) => f.label === label && f.period === period)?.line;
    expect(lineOf("Revenues", "Q2-2025")).toBe(lineOf("Revenues", "Q2-2024"));
    const own = [
      lineOf("Net income", "Q2-2025"),
      lineOf("Net income", "Q2-2024"),
    ];
    expect(own[0]).toBeDefined();
    expect(own[1]).toBe(own[0]! + 1);
    expect(
      JSON.parse(JSON.stringify(rel.facts)).map(
        (f: { line: number }) => f.line,
      ),
    ).toEqual(rel.facts.map((f) => f.line));
  });
});

describe("a figure's unit and scale", () => {
  it("are one shared, frozen object for each unit and scale", () => {
    expect(sharedUnit("USD", 1000)).toBe(sharedUnit("USD", 1000));
    expect(sharedUnit("USD", 1000)).not.toBe(sharedUnit("USD", 1));
    expect(sharedUnit("shares", 1000)).toEqual({ unit: "shares", scale: 1000 });
    expect(Object.isFrozen(sharedUnit("USD", 1))).toBe(true);
    const row = { label: "Revenues", unit: "USD" as const, scale: 1000 };
    expect(figureUnit(row, {})).toBe(sharedUnit("USD", 1000));
  });
});
