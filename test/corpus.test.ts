// The shared corpus of real releases (../shared/corpus) against its hand-checked keys, matched by the same rules as
// ../shared/tools/score.mjs: a key fact is right when a fact with the same label and column has its value, wrong
// when such facts exist but none has it. Requires 0 wrong, ≥ 98 % right, and every balance key right.
// Under CI=true a missing corpus fails; elsewhere it skips with a message. HEMA_CORPUS may point elsewhere.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { Check, Fact, Release } from "../src/model";
import { parseRelease } from "../src/parse";

/** ../shared/corpus beside the project; HEMA_CORPUS names another directory of the same layout. */
const CORPUS = resolve(
  process.env.HEMA_CORPUS ?? join(__dirname, "..", "..", "shared", "corpus"),
);
const RAW = join(CORPUS, "raw");
const KEYS = join(CORPUS, "keys");
const MIN_CORRECT = 0.98;

interface KeyFact {
  label: string;
  column: string;
  period?: string;
  value: string;
  section?: string;
}
interface KeyBalance {
  column: string;
  agrees: boolean;
}
interface Key {
  scale?: string;
  facts?: KeyFact[];
  balance?: KeyBalance[];
}

// ---- the scorer's matching rules (../shared/tools/score.mjs), kept identical -----------------------------------
const norm = (s: unknown) =>
  String(s ?? "")
    .toLowerCase()
    .replace(/\([a-z0-9]\)|\*+|\[\d+\]/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const tokens = (s: unknown) => new Set(norm(s).split(" ").filter(Boolean));
const sameTokens = (a: unknown, b: unknown) => {
  const A = tokens(a);
  const B = tokens(b);
  if (A.size !== B.size) return false;
  for (const t of A) if (!B.has(t)) return false;
  return true;
};
const num = (s: unknown) =>
  s === null || s === undefined || s === ""
    ? NaN
    : Number(String(s).replace(/[,$\s]/g, ""));
const closeTo = (a: number, b: number) =>
  Number.isFinite(a) &&
  Number.isFinite(b) &&
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const scaleOf = (s: unknown) =>
  ({ units: 1, thousands: 1e3, millions: 1e6, billions: 1e9 })[
    String(s ?? "units").toLowerCase()
  ] ?? 1;
function valueMatches(key: KeyFact, keyScale: number, fact: Fact): boolean {
  const kv = num(key.value);
  const fv = num(fact.value);
  if (closeTo(kv, fv)) return true;
  const fs = Number(fact.scale ?? 1) || 1;
  return closeTo(kv * keyScale, fv * fs);
}
const labelMatches = (key: KeyFact, fact: Fact) =>
  norm(key.label) === norm(fact.label);
const columnMatches = (key: KeyFact, fact: Fact) =>
  norm(key.column) === norm(fact.column) ||
  sameTokens(key.column, fact.column) ||
  Boolean(key.period && fact.period && key.period === fact.period);
const balanceCheckFor = (kb: KeyBalance, checks: Check[]) =>
  checks.find(
    (c) =>
      /balance/i.test(c.id ?? "") &&
      /identity|agree|equation/i.test(c.id ?? "") &&
      sameTokens(kb.column, c.column ?? c.period ?? ""),
  );

// ---- scoring one document ---------------------------------------------------------------------------------------
interface DocScore {
  name: string;
  release: Release;
  facts: number;
  right: number;
  wrong: string[];
  missing: string[];
  balance: { column: string; ok: boolean; detail: string }[];
}

function score(name: string, release: Release, key: Key): DocScore {
  const ks = scaleOf(key.scale);
  const out: DocScore = {
    name,
    release,
    facts: 0,
    right: 0,
    wrong: [],
    missing: [],
    balance: [],
  };
  for (const kf of key.facts ?? []) {
    out.facts++;
    const cands = release.facts.filter(
      (f) => labelMatches(kf, f) && columnMatches(kf, f),
    );
    if (cands.some((f) => valueMatches(kf, ks, f))) out.right++;
    else if (cands.length)
      out.wrong.push(
        `${kf.label} @ ${kf.column} = ${kf.value} (got ${cands.map((f) => f.value).join(", ")})`,
      );
    else out.missing.push(`${kf.label} @ ${kf.column} = ${kf.value}`);
  }
  for (const kb of key.balance ?? []) {
    const c = balanceCheckFor(kb, release.checks);
    const ok = Boolean(c) && (c!.status === "pass") === Boolean(kb.agrees);
    out.balance.push({
      column: kb.column,
      ok,
      detail: c
        ? `check says ${c.status}, key says agrees=${kb.agrees}`
        : "no balance identity check for that column",
    });
  }
  return out;
}

/** raw/<stem>.txt, or .htm/.html for a release saved from a web page (as score.mjs looks them up). */
function rawFileFor(stem: string, rawFiles: string[]): string {
  const hit = [".txt", ".htm", ".html"]
    .map((e) => stem + e)
    .find((f) => rawFiles.includes(f));
  return join(RAW, hit ?? stem + ".txt");
}

const present = existsSync(RAW) && existsSync(KEYS);
const ci = process.env.CI === "true";

if (!present) {
  if (ci) {
    it("finds the shared corpus (required under CI)", () => {
      throw new Error(
        `the shared corpus is missing: expected raw/ and keys/ under ${CORPUS} (CI=true needs ../shared beside the project)`,
      );
    });
  } else {
    console.warn(
      `corpus.test: skipped, no raw/ and keys/ under ${CORPUS} (under CI=true this fails)`,
    );
    it.skip(`corpus at ${CORPUS} is missing: skipped outside CI`, () =>
      undefined);
  }
} else {
  const keyFiles = readdirSync(KEYS)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const rawFiles = readdirSync(RAW);
  const scores: DocScore[] = keyFiles.map((k) => {
    const stem = k.replace(/\.json$/, "");
    const file = rawFileFor(stem, rawFiles);
    const key = JSON.parse(readFileSync(join(KEYS, k), "utf8")) as Key;
    const release = existsSync(file)
      ? parseRelease(readFileSync(file, "utf8"), file)
      : {
          ...parseRelease("", file),
          error: { message: `raw file missing: ${file}` },
        };
    return score(stem, release, key);
  });

  describe("the shared corpus", () => {
    it("has keys to score against", () => {
      expect(keyFiles.length).toBeGreaterThan(0);
    });

    it.each(scores.map((s) => [s.name, s] as const))(
      "%s parses, with no wrong fact",
      (_name, s) => {
        expect(s.release.error).toBeNull();
        expect(s.release.facts.length).toBeGreaterThan(0);
        expect(s.wrong).toEqual([]);
      },
    );

    it.each(
      scores
        .filter((s) => s.balance.length > 0)
        .map((s) => [s.name, s] as const),
    )("%s: every balance key is right", (_name, s) => {
      expect(
        s.balance.filter((b) => !b.ok).map((b) => `${b.column}: ${b.detail}`),
      ).toEqual([]);
    });

    it(`gets at least ${MIN_CORRECT * 100}% of all key facts right`, () => {
      const facts = scores.reduce((n, s) => n + s.facts, 0);
      const right = scores.reduce((n, s) => n + s.right, 0);
      const missing = scores.flatMap((s) =>
        s.missing.map((m) => `${s.name}: ${m}`),
      );
      expect(facts).toBeGreaterThan(0);
      if (right / facts < MIN_CORRECT)
        throw new Error(
          `${right}/${facts} right (${((100 * right) / facts).toFixed(1)}%); missing:\n${missing.join("\n")}`,
        );
      expect(right / facts).toBeGreaterThanOrEqual(MIN_CORRECT);
    });
  });
}
