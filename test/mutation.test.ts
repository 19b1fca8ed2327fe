// The checks catch a changed figure: over both shared corpora, one figure a passing check used is changed in the
// text (test/mutation.ts says how), the release is parsed again, and a check must now fail — for at least 90 % of
// the changes; the untouched releases fail only on their own named misprints. `npm run mutation` runs every figure.
import { readFileSync } from "node:fs";
import { parseRelease } from "../src/parse";
import { corpusFiles, MISPRINTS, runMutations } from "./mutation-corpus";
import { mutate, mutatedDigits, sample, targets } from "./mutation";
import { corpusAvailable } from "./corpus-files";

const available = corpusAvailable();
const maybe = available ? describe : describe.skip;

/** Mutations a release at most in CI, spread evenly over its figures (12 releases: about 100 re-parses). */
const PER_RELEASE = 10;

jest.setTimeout(180_000);

it("changes money by 10 in its printed unit and a per-share figure or share count in its first digit, in place", () => {
  expect(mutatedDigits("1,234", "USD")).toBe("1244");
  expect(mutatedDigits("995", "USD")).toBe("985"); // +10 would add a digit
  expect(mutatedDigits("0.25", "USD/share")).toBe("035");
  expect(mutatedDigits("12,402", "shares")).toBe("22402");
  expect(mutatedDigits("9.50", "USD/share")).toBe("850");
  expect(mutatedDigits("5", "USD")).toBe(null); // no change of 10 keeps one digit
  const text = "Cash          1,234     995\nTotal         2,229\n";
  expect(
    mutate(text, {
      line: 1,
      start: 14,
      end: 19,
      printed: "1,234",
      replacement: "1,244",
      unit: "USD",
      what: "Cash",
    }),
  ).toBe("Cash          1,244     995\nTotal         2,229\n");
  expect(sample([1, 2, 3, 4, 5, 6], 3)).toEqual([1, 3, 5]);
});

maybe("mutation test over the shared corpora", () => {
  it("flags at least 90 % of single-figure changes, with no false fail on the untouched releases", () => {
    const r = runMutations(PER_RELEASE);
    const rate = r.detected / r.mutations;
    console.log(
      `mutation test: ${r.files} releases, ${r.located} figures located, ${r.mutations} changed, ` +
        `${r.detected} flagged (${(100 * rate).toFixed(1)} %), false fails ${r.falseFails.length}` +
        (r.missed.length
          ? `\nmissed:\n${r.missed.map((m) => `  ${m.file}:${m.target.line} ${m.target.printed} → ${m.target.replacement} (${m.target.what})`).join("\n")}`
          : ""),
    );
    expect(r.falseFails).toEqual([]);
    expect(r.mutations).toBeGreaterThanOrEqual(60);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it("a balance-sheet component changed by 10 in its printed unit fails footing or the identity", () => {
    let tried = 0;
    for (const { file, path } of corpusFiles()) {
      const text = readFileSync(path, "utf8");
      const release = parseRelease(text, file);
      const balanceLines = new Set(
        release.tables
          .filter((t) => t.statement === "balance")
          .flatMap((t) => t.rows.map((r) => r.line)),
      );
      const money = targets(text, release).filter(
        (t) => t.unit === "USD" && balanceLines.has(t.line),
      );
      for (const t of sample(money, 8)) {
        tried++;
        const after = parseRelease(mutate(text, t), file);
        const failed = after.checks.filter(
          (c) =>
            c.status === "fail" &&
            (c.id === "footing.total" || c.id === "balance.identity"),
        );
        expect([file, t.what, failed.length > 0]).toEqual([file, t.what, true]);
      }
    }
    expect(tried).toBeGreaterThanOrEqual(10);
  });

  it("names each misprint it lets fail: the release's own figures disagree", () => {
    for (const m of MISPRINTS) {
      const { path } = corpusFiles().find((f) => f.file === m.file)!;
      const release = parseRelease(readFileSync(path, "utf8"), m.file);
      expect(
        release.checks.filter(
          (c) => c.status === "fail" && c.column === m.column,
        ),
      ).toMatchObject([{ id: m.id, expected: m.expected, actual: m.actual }]);
    }
  });
});
