// The shared corpora of real releases against their hand-checked keys, scored by the shared scorer itself
// (../shared/tools/score.mjs through the CLI contract), so this test can never drift from it. Each corpus must have
// no wrong figure, its share right, every balance key right and every document parsed.
// Under CI=true a missing corpus fails; elsewhere it skips with a message.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const SHARED = resolve(__dirname, "..", "..", "shared");
const SCORER = join(SHARED, "tools", "score.mjs");

interface DocLine {
  stem: string;
  right: number;
  facts: number;
  wrong: number;
  balance: [number, number];
  error: string | null;
  /** The scorer's verbose lines under the document: each miss and each wrong figure. */
  misses: string[];
}

/** One run of the scorer over a corpus: its per-document lines and its verbose misses. */
function runScorer(corpus: string): { docs: DocLine[]; text: string } {
  const text = execFileSync(
    process.execPath,
    [SCORER, "--corpus", corpus, "--verbose"],
    {
      cwd: resolve(__dirname, ".."),
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  const docs: DocLine[] = [];
  // "105_apple-q1-fy2024: 12/18 facts, 6 wrong, balance 2/2[, error: …]"
  const line =
    /^(\S+): (\d+)\/(\d+) facts, (\d+) wrong, balance (\d+)\/(\d+)(?:, error: (.*))?$/;
  for (const l of text.split("\n")) {
    const m = line.exec(l);
    if (!m) {
      if (l.startsWith("    ") && docs.length)
        docs[docs.length - 1].misses.push(l.trim());
      continue;
    }
    docs.push({
      stem: m[1],
      right: Number(m[2]),
      facts: Number(m[3]),
      wrong: Number(m[4]),
      balance: [Number(m[5]), Number(m[6])],
      error: m[7] ?? null,
      misses: [],
    });
  }
  return { docs, text };
}

const sum = (docs: DocLine[], f: (d: DocLine) => number) =>
  docs.reduce((n, d) => n + f(d), 0);

/** The corpora and what each must reach; `only` picks the documents an acceptance covers. */
const CORPORA: {
  name: string;
  dir: string;
  minRight: number;
  /** Whether every balance key must be right (the checks' own work covers the web pages' balance sheets). */
  balance: boolean;
  only: (stem: string) => boolean;
}[] = [
  {
    name: "plain-text releases (../shared/corpus)",
    dir: join(SHARED, "corpus"),
    minRight: 0.98,
    balance: true,
    only: () => true,
  },
  {
    name: "saved web pages (../shared/corpus-web, NNN_*.htm)",
    dir: join(SHARED, "corpus-web"),
    minRight: 0.95,
    balance: false,
    // NNNc_* are the clipboard text of the same pages: the web-paste work scores those.
    only: (stem) => /^[A-Z]?\d+_/.test(stem),
  },
  {
    // Invented releases in layouts the shared corpora lack, keyed by hand in the same format (its README).
    name: "synthetic releases (test/fixtures/corpus)",
    dir: join(__dirname, "fixtures", "corpus"),
    minRight: 0.95,
    balance: true,
    only: () => true,
  },
];

const ci = process.env.CI === "true";

for (const corpus of CORPORA) {
  const present =
    existsSync(SCORER) &&
    existsSync(join(corpus.dir, "raw")) &&
    existsSync(join(corpus.dir, "keys"));
  if (!present) {
    if (ci)
      it(`finds ${corpus.name} and the scorer (required under CI)`, () => {
        throw new Error(
          `missing: ${SCORER} or raw/ and keys/ under ${corpus.dir} (CI needs ../shared beside the project)`,
        );
      });
    else
      it.skip(`${corpus.name}: not present here, skipped outside CI`, () =>
        undefined);
    continue;
  }

  describe(corpus.name, () => {
    let run: { docs: DocLine[]; text: string };
    let docs: DocLine[];
    beforeAll(() => {
      run = runScorer(corpus.dir);
      docs = run.docs.filter((d) => corpus.only(d.stem));
    }, 120_000);

    it("is scored, document by document", () => {
      expect(docs.length).toBeGreaterThan(0);
    });

    it("parses every document", () => {
      expect(docs.filter((d) => d.error !== null || d.right === 0)).toEqual([]);
    });

    it("has no wrong figure", () => {
      expect(
        docs.flatMap((d) =>
          d.misses
            .filter((m) => m.startsWith("WRONG"))
            .map((m) => `${d.stem}: ${m}`),
        ),
      ).toEqual([]);
      expect(sum(docs, (d) => d.wrong)).toBe(0);
    });

    it(`gets at least ${corpus.minRight * 100}% of the keyed figures right`, () => {
      const right = sum(docs, (d) => d.right);
      const facts = sum(docs, (d) => d.facts);
      expect(facts).toBeGreaterThan(0);
      if (right / facts < corpus.minRight)
        throw new Error(
          `${right}/${facts} right (${((100 * right) / facts).toFixed(1)}%)\n${run.text}`,
        );
    });

    (corpus.balance ? it : it.skip)("gets every balance key right", () => {
      expect(
        docs
          .filter((d) => d.balance[0] !== d.balance[1])
          .map((d) => `${d.stem}: balance ${d.balance[0]}/${d.balance[1]}`),
      ).toEqual([]);
    });
  });
}
