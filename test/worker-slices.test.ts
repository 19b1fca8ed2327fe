// Big worker results cross in slices and come back whole (taskpane/worker-slices.ts).
import { Reassembly, SLICE, sliceMessages } from "../taskpane/worker-slices";

it("slices every long array, at any of the first levels, and puts the result back as it was", () => {
  // items of 100 characters of JSON each
  const big = (n: number, tag: string) =>
    Array.from({ length: n }, (_, i) => ({
      tag,
      i: String(i).padStart(82, "0"),
    }));
  const per = SLICE / 100;
  const value = {
    facts: big(per * 3 + 7, "f"),
    small: [1, 2, 3],
    plan: {
      sheets: [
        { name: "a", rows: big(per + 1, "a") },
        { name: "b", rows: big(5, "b") },
      ],
    },
    text: "x",
  };
  expect(JSON.stringify(value.facts[0]).length).toBe(100);
  const copy = structuredClone(value);
  const msgs = sliceMessages(1, value);
  // 4 slices of facts, 2 of sheet a's rows, then the rest
  expect(msgs.length).toBe(4 + 2 + 1);
  expect(
    msgs.every(
      (m) => !("items" in m) || JSON.stringify(m.items).length <= SLICE * 1.02,
    ),
  ).toBe(true);
  expect(
    msgs
      .filter((m) => "items" in m)
      .map((m) => "path" in m && m.path.join(".")),
  ).toEqual([
    ...Array(4).fill("facts"),
    "plan.sheets.0.rows",
    "plan.sheets.0.rows",
  ]);
  const r = new Reassembly();
  let whole: unknown;
  for (const m of structuredClone(msgs)) {
    const got = r.add(m);
    if (got) whole = got.result;
  }
  expect(whole).toEqual(copy);
  // the sender's value is left as it was
  expect(value).toEqual(copy);
});

it("sends a small result in one message", () => {
  const msgs = sliceMessages(2, { a: [1, 2], b: "c" });
  expect(msgs).toEqual([{ id: 2, result: { a: [1, 2], b: "c" }, paths: [] }]);
});
