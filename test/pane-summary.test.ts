// What the pane says in a few words (taskpane/summary.ts): the scale line from the facts, checks counted with
// FAILs first, warnings grouped by kind, the checks a refresh turned to FAIL, several copies of one release.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Check } from "../src/model";
import { parseRelease } from "../src/parse";
import {
  checksSummary,
  groupWarnings,
  newFails,
  repeatedCopies,
  scaleLine,
  tableScale,
  warningKind,
} from "../taskpane/summary";

const MILLIONS = readFileSync(
  join(__dirname, "fixtures", "pane", "tamarack-q3-2024-millions.txt"),
  "utf8",
);
const THOUSANDS = readFileSync(
  join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);

const check = (
  status: Check["status"],
  id = "footing.total",
  period = "Q3-2024",
): Check => ({
  id,
  column: period,
  period,
  status,
  expected: null,
  actual: null,
  difference: null,
  message: `${id} ${status}`,
  lines: [],
});

it("says the scale and unit once for the release and for each table", () => {
  const m = parseRelease(MILLIONS, "tamarack.txt");
  expect(scaleLine(m.facts)).toBe("USD millions, except per share");
  expect(m.tables.map(tableScale)).toEqual([
    "USD millions, except per share",
    "USD millions",
  ]);
  const k = parseRelease(THOUSANDS, "acme.txt");
  expect(scaleLine(k.facts)).toBe("USD thousands, except per share");
  expect(scaleLine([])).toBe("");
});

it("names shares at their own scale and a money scale that differs in some tables", () => {
  const f = (unit: "USD" | "shares" | "USD/share", scale: number) =>
    ({ unit, scale }) as Parameters<typeof scaleLine>[0][number];
  expect(
    scaleLine([
      f("USD", 1e6),
      f("USD", 1e6),
      f("USD", 1000),
      f("USD/share", 1),
      f("shares", 1000),
    ]),
  ).toBe(
    "USD millions (some tables thousands), except per share; shares in thousands",
  );
  expect(scaleLine([f("USD", 1), f("USD/share", 1)])).toBe("USD");
});

it("counts the checks and lists FAILs first, keeping the release's order within each status", () => {
  const cs = [
    check("pass", "a"),
    check("fail", "b"),
    check("skip", "c"),
    check("pass", "d"),
    check("fail", "e"),
  ];
  const s = checksSummary(cs);
  expect(s.text).toBe("2 pass · 2 fail · 1 skipped");
  expect(s.sorted.map((c) => c.id)).toEqual(["b", "e", "c", "a", "d"]);
  expect(checksSummary([check("pass")]).text).toBe("1 pass · 0 fail");
});

it("groups warnings whose messages differ only in figures and quoted text", () => {
  expect(warningKind('column 3 "Q3 2024" has no period (1,234.5)')).toBe(
    'column … "…" has no period (…)',
  );
  const g = groupWarnings([
    { line: 40, message: "column 5 has no period" },
    { line: 12, message: "column 3 has no period" },
    { line: 7, message: "a table with no scale" },
  ]);
  expect(g.map((x) => [x.kind, x.warnings.map((w) => w.line)])).toEqual([
    ["column … has no period", [12, 40]],
    ["a table with no scale", [7]],
  ]);
});

it("names only the checks a refresh turned to FAIL", () => {
  const before = [check("pass", "a"), check("fail", "b"), check("skip", "c")];
  const after = [
    check("fail", "a"),
    check("fail", "b"),
    check("fail", "c"),
    check("pass", "d"),
  ];
  expect(newFails(before, after).map((c) => c.id)).toEqual(["a", "c"]);
  expect(newFails(before, before)).toEqual([]);
});

it("sees several copies of one release pasted together, and not one release", () => {
  expect(repeatedCopies(parseRelease(MILLIONS, "one"))).toBe(0);
  expect(
    repeatedCopies(
      parseRelease(`${MILLIONS}\n\n${MILLIONS}\n\n${MILLIONS}`, "three"),
    ),
  ).toBe(3);
  // two different releases together are not copies
  expect(
    repeatedCopies(parseRelease(`${MILLIONS}\n\n${THOUSANDS}`, "two")),
  ).toBe(0);
});
