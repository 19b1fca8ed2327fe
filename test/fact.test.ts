// A table's figure as a Fact: its own fields plus its row's and column's, read through; as JSON and as a worker's
// message it is the plain object of the contract, fields in the contract's order.
import { plainFact, withPlainFacts } from "../src/fact";
import { parseRelease } from "../src/parse";
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
