// Every FAIL the checks report across the real releases (both shared corpora, saved pages and copied-text twins),
// the invented corpus and the fixtures is a discrepancy printed in the release itself, named here with its file,
// check, column and figures. Any other FAIL is the parser's doing: a defect.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRelease } from "../src/parse";
import { corpusFiles, MISPRINTS } from "./mutation-corpus";
import { corpusAvailable } from "./corpus-files";
import { Misprint, misprintKey } from "./mutation";

/** Invented misprints of the fixtures (each there on purpose, for a test that a check catches it). */
const FIXTURE_MISPRINTS: Misprint[] = [
  {
    // osprey's December 2004 balance sheet is a cent off: 12,410.25 against 12,410.24
    file: "osprey-q1-2005-balance.txt",
    id: "balance.identity",
    column: "December 31, | 2004",
    expected: "12410.25",
    actual: "12410.24",
  },
];

const FIXTURES = join(__dirname, "fixtures");
const files = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(txt|html?)$/i.test(f))
        .sort()
        .map((file) => ({ file, path: join(dir, file) }))
    : [];

function fails(list: { file: string; path: string }[]): string[] {
  return list.flatMap(({ file, path }) =>
    parseRelease(readFileSync(path, "utf8"), file)
      .checks.filter((c) => c.status === "fail")
      .map((c) =>
        misprintKey({
          file,
          id: c.id,
          column: c.column,
          expected: c.expected ?? "",
          actual: c.actual ?? "",
        }),
      ),
  );
}

(corpusAvailable() ? it : it.skip)(
  "the shared corpora fail only on the releases' own misprints (Kroger's fully diluted EPS beside a net loss)",
  () => {
    expect(fails(corpusFiles())).toEqual(MISPRINTS.map(misprintKey));
  },
);

it("the invented releases fail only on their deliberate misprints", () => {
  expect(
    fails([
      ...files(FIXTURES),
      ...files(join(FIXTURES, "corpus", "raw")),
      ...files(join(__dirname, "..", "examples")),
    ]),
  ).toEqual(FIXTURE_MISPRINTS.map(misprintKey));
});
