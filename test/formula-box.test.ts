// The standalone preview's formula box: HEMA formulas typed as in Excel, answered by the same code as the custom
// functions, errors as Excel shows them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { figure } from "../src/answers";
import { emptyStore } from "../src/store";
import { evaluateFormula } from "../taskpane/formula-box";
import { addText } from "../src/text-store";

const store = addText(
  emptyStore(),
  readFileSync(join(__dirname, "..", "examples", "acme-q3-2024.txt"), "utf8"),
  "acme",
).store;
const netIncome = figure(store, "NETINCOME", "Q3-2024");

it.each([
  ['=HEMA.NETLOSS("Q3-2024")'],
  ['=hema.netloss("Q3-2024")'],
  ['  = HEMA.NETLOSS( "Q3-2024" , "ACMW" )  '],
  ['HEMA.NETLOSS("Q3 2024")'],
])("answers %s like the function", (formula) => {
  expect(netIncome.ok).toBe(true);
  expect(evaluateFormula(store, formula)).toEqual({
    ok: true,
    value: netIncome.ok && netIncome.value,
  });
});

it('passes numbers as numbers (an Excel date serial) and reads "" inside a string as a quote', () => {
  expect(evaluateFormula(store, "=HEMA.REVENUE(45565)")).toEqual({
    ok: true,
    value: 48_215_000,
  });
  expect(
    evaluateFormula(
      store,
      '=HEMA.VALUE("Selling, general and administrative expenses", "Q3-2024")',
    ),
  ).toEqual({ ok: true, value: 11_240_000 });
  // the quotes come through, and VALUE ignores punctuation in a label
  expect(
    evaluateFormula(store, '=HEMA.VALUE("Net ""sales""", "Q3-2024")'),
  ).toEqual({ ok: true, value: 48_215_000 });
});

it("spills PERIODS, answers BALANCED and SOURCE", () => {
  const p = evaluateFormula(store, "=HEMA.PERIODS()");
  expect(p.ok && Array.isArray(p.value) && p.value[0]).toEqual([
    "Period",
    "Ends",
    "Fiscal",
    "Column",
    "Release",
  ]);
  expect(evaluateFormula(store, '=HEMA.BALANCED("2024-09-30")')).toEqual({
    ok: true,
    value: true,
  });
  expect(
    evaluateFormula(store, '=HEMA.SOURCE("NETLOSS", "Q3-2024")'),
  ).toMatchObject({ ok: true, value: expect.stringMatching(/line \d+/) });
});

it.each([
  ['=HEMA.NETLOSS("Q5-2024")', "#VALUE!", /not a period/],
  ['=HEMA.NETLOSS("Q1-2024")', "#N/A", /periods available: Q3-2024/],
  ['=HEMA.FOO("Q3-2024")', "#NAME?", /not a HEMA function/],
  ["=SUM(A1:A3)", "#NAME?", /Type a HEMA formula/],
  ["=HEMA.NETLOSS(Q3-2024)", "#VALUE!", /Could not read the arguments/],
])("%s → %s", (formula, error, message) => {
  const r = evaluateFormula(store, formula);
  expect(r).toMatchObject({ ok: false, error });
  expect(!r.ok && r.message).toMatch(message);
});

describe("omitted arguments, as in Excel", () => {
  it("reads ,, as an omitted argument and still answers", async () => {
    const { args } = await import("../taskpane/formula-box");
    expect(args('"Q3-2024",,"diluted"')).toEqual([
      "Q3-2024",
      undefined,
      "diluted",
    ]);
    expect(args('"Q3-2024", ,"basic"')).toEqual([
      "Q3-2024",
      undefined,
      "basic",
    ]);
    expect(args('"a,b"')).toEqual(["a,b"]);
    expect(args('"Q3-2024" "x"')).toBeNull();
    const diluted = figure(store, "EPS", "Q3-2024", null, "diluted");
    expect(diluted.ok).toBe(true);
    expect(evaluateFormula(store, '=HEMA.EPS("Q3-2024",,"diluted")')).toEqual({
      ok: true,
      value: diluted.ok && diluted.value,
    });
    // an omitted company with a basis that is not one is still #VALUE! naming the accepted forms
    const bad = evaluateFormula(store, '=HEMA.EPS("Q3-2024",,"weird")');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toBe("#VALUE!");
  });
});
