// The source sheet of a web page shows it as a reader sees it — narrative lines, table rows with their cells apart,
// no markup — within Excel's limits, and every figure's link lands on the row that prints it. Synthetic pages, and
// the Apple page of ../shared/corpus-web (one 140,440-character line of HTML) where it is there.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sourceView } from "../src/source-view";
import { planProblem, planRelease, WritePlan } from "../src/sheet-plan";
import { entryOf } from "./store-helpers";

const fixture = (f: string) =>
  readFileSync(join(__dirname, "fixtures", f), "utf8");
const alder = fixture("alder-bay-q2-2004.htm");
/** The same page saved on one line, as some browsers and CMSs write it. */
const alderOneLine = alder.replace(/\r?\n/g, " ");

const digits = (s: string) => s.replace(/[^0-9]/g, "").replace(/^0+/, "");

/** Every figure on the release sheet against the source row its link points at. */
function linksLand(plan: WritePlan): { checked: number; missed: string[] } {
  const [sheet, source] = plan.sheets;
  const missed: string[] = [];
  let checked = 0;
  for (const row of sheet.rows)
    for (const cell of row) {
      // (A zero is printed as a dash as often as a 0: nothing to look for.)
      if (cell.number === undefined || cell.number === 0 || !cell.link)
        continue;
      const m = /'!B(\d+)$/.exec(cell.link)!;
      const target = source.rows[Number(m[1]) - 1] ?? [];
      const printed = digits(
        target
          .slice(1)
          .map((c) => c.text ?? "")
          .join(" "),
      );
      checked++;
      // The figure as printed: full units over the row's scale; its digits stand on the row linked to.
      const label = row[0].text ?? "";
      const seen = [1, 1000, 1e6].some((scale) => {
        const v = digits(String(Math.abs(cell.number!) / scale));
        return v !== "" && printed.includes(v);
      });
      if (!seen) missed.push(`${label} ${cell.number} → row ${m[1]}`);
    }
  return { checked, missed };
}

describe.each([
  ["a page of many lines", alder],
  ["the same page on one line", alderOneLine],
])("the source sheet of %s", (_, html) => {
  const e = entryOf(html, "alder-bay.htm");
  const plan = planRelease(e);
  const source = plan.sheets.find((s) => s.role === "source")!;
  const texts = source.rows.map((r) =>
    r
      .slice(1)
      .map((c) => c.text ?? "")
      .join(" | "),
  );

  test("shows no markup, only the page's text", () => {
    expect(texts.some((t) => /<\/?(td|tr|table|p|div)\b/i.test(t))).toBe(false);
    expect(planProblem(plan)).toBeNull();
  });

  test("narrative lines, then each table's rows with their cells apart, in the page's order", () => {
    const at = (s: string) => texts.findIndex((t) => t.includes(s));
    const sales = texts.find((t) => t.startsWith("Net sales"))!;
    expect(sales.split(" | ").length).toBeGreaterThanOrEqual(5);
    expect(sales).toContain("52,410");
    expect(at("Alder Bay")).toBeGreaterThanOrEqual(0);
    expect(at("Alder Bay")).toBeLessThan(at("Net sales"));
    expect(at("Net sales")).toBeLessThan(at("Cash and cash equivalents"));
  });

  test("every figure's link lands on the row that prints it", () => {
    const { checked, missed } = linksLand(plan);
    expect(checked).toBeGreaterThan(50);
    expect(missed).toEqual([]);
  });
});

test("a plain-text release keeps line n on row n", () => {
  const text = "Line one\n\nRevenue  1,234  1,000\n";
  const view = sourceView(text, entryOf(text).release);
  expect(view.rows.map((r) => [r.line, r.cells])).toEqual([
    [1, ["Line one"]],
    [2, [""]],
    [3, ["Revenue  1,234  1,000"]],
    [4, [""]],
  ]);
});

const webRaw = join(__dirname, "..", "..", "shared", "corpus-web", "raw");
const apple = existsSync(webRaw)
  ? readdirSync(webRaw).find((f) => /^105_.*\.htm$/.test(f))
  : undefined;

(apple ? test : test.skip)(
  "the Apple page (one line of 140,440 characters): readable rows within Excel's limits, links on their rows",
  () => {
    const html = readFileSync(join(webRaw, apple!), "utf8");
    const plan = planRelease(entryOf(html, apple!));
    expect(planProblem(plan)).toBeNull();
    const source = plan.sheets.find((s) => s.role === "source")!;
    // Each cell well under Excel's limit: the page is read, not its markup copied.
    const longest = Math.max(
      ...source.rows.flatMap((r) => r.map((c) => (c.text ?? "").length)),
    );
    expect(longest).toBeLessThan(5000);
    expect(source.rows.length).toBeGreaterThan(100);
    const { checked, missed } = linksLand(plan);
    expect(checked).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  },
);
