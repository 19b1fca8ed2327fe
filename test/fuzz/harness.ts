// The fuzzer: seeded, reproducible cases built from real releases (the shared corpora and our fixtures) by the
// mutations that pasting and saving really produce, plus generated tables and HTML; and the properties every
// parse must keep. `npm run fuzz` runs 100,000 cases; test/fuzz.test.ts a short form in CI.
import fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROWS_A_FIGURE, THIN_FROM_SLOTS } from "../../src/columns";
import { Decimal } from "../../src/decimal";
import { Release } from "../../src/model";
import { parseRelease } from "../../src/parse";
import { addRelease, emptyStore } from "../../src/store";
import { planProblem, planRelease } from "../../src/sheet-plan";

const ROOT = resolve(__dirname, "..", "..");
const SHARED = resolve(ROOT, "..", "shared");
/** Bases larger than this are cut (at a line end) so that one case stays quick; the bench measures big inputs. */
const MAX_BASE = 120_000;

/** The documents mutations start from: every release we may read, cut to a size a case can afford. */
export function baseDocuments(
  maxBase = MAX_BASE,
): { name: string; text: string }[] {
  const dirs = [
    join(SHARED, "corpus", "raw"),
    join(SHARED, "corpus-web", "raw"),
    join(ROOT, "test", "fixtures"),
    join(ROOT, "test", "fixtures", "corpus", "raw"),
    join(ROOT, "examples"),
  ];
  const out: { name: string; text: string }[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!/\.(txt|htm|html)$/.test(f)) continue;
      let text = readFileSync(join(dir, f), "utf8");
      if (text.length > maxBase)
        text = text.slice(0, text.lastIndexOf("\n", maxBase) + 1);
      out.push({ name: f, text });
    }
  }
  return out;
}

// ---- mutations ---------------------------------------------------------------------------------------------------
type Mutation = (lines: string[]) => string[];

const at = (lines: string[], i: number) =>
  Math.min(lines.length - 1, Math.max(0, i));
const editLine =
  (f: (line: string) => string) =>
  (i: number): Mutation =>
  (lines) => {
    if (lines.length === 0) return lines;
    const k = at(lines, i);
    return [...lines.slice(0, k), f(lines[k]), ...lines.slice(k + 1)];
  };
const insertAt = (s: string, pos: number, what: string) => {
  const p = Math.min(s.length, pos);
  return s.slice(0, p) + what + s.slice(p);
};

/** Characters that real pastes carry: odd dashes, minus, no-break and thin spaces, bidi marks, BOM, NUL. */
const ODD = [
  "\u2013",
  "\u2014",
  "\u2212",
  "\u00a0",
  "\u2009",
  "\u200f",
  "\u202e",
  "\ufeff",
  "\u0000",
  "\f",
  "\t",
  "\r",
  "\ud800",
  "\udc00",
  "\u{1F4C8}",
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (ls) =>
        ls.filter((_, k) => k !== at(ls, i)),
  ),
  fc.nat().map((i): Mutation => (ls) => {
    const k = at(ls, i);
    return [...ls.slice(0, k + 1), ...ls.slice(k)];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (ls) => {
    const out = [...ls];
    const a = at(ls, i);
    const b = at(ls, j);
    [out[a], out[b]] = [out[b], out[a]];
    return out;
  }),
  // a column shifted: spaces inserted at one position of a run of lines
  fc
    .tuple(
      fc.nat(),
      fc.integer({ min: 1, max: 12 }),
      fc.nat(80),
      fc.integer({ min: 1, max: 6 }),
    )
    .map(
      ([i, n, pos, w]): Mutation =>
        (ls) =>
          ls.map((l, k) =>
            k >= at(ls, i) && k < at(ls, i) + n
              ? insertAt(l, pos, " ".repeat(w))
              : l,
          ),
    ),
  fc.nat().map(editLine((l) => l.replace(/ {2,8}/g, "\t"))),
  fc.nat().map(editLine((l) => l.replace(/\t/g, "    "))),
  fc
    .tuple(fc.nat(), fc.nat(200), fc.constantFrom(...ODD))
    .map(([i, pos, ch]) => editLine((l) => insertAt(l, pos, ch))(i)),
  fc
    .tuple(fc.nat(), fc.constantFrom(...ODD))
    .map(([i, ch]) =>
      editLine((l) =>
        l.replace(/[-\s]/g, (m) => (m === "-" || m === " " ? ch : m)),
      )(i),
    ),
  // truncation anywhere: the text ends mid-line
  fc.tuple(fc.nat(), fc.nat(200)).map(([i, pos]): Mutation => (ls) => {
    const k = at(ls, i);
    return [...ls.slice(0, k), (ls[k] ?? "").slice(0, pos)];
  }),
  // a figure made huge, 400 digits long, or in exponent form
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        "9".repeat(400),
        "1e400",
        "123456789012345678901234567890",
        "(" + "9".repeat(30) + ")",
        "0.000000000000000001",
      ),
    )
    .map(([i, big]) => editLine((l) => l.replace(/\d[\d,]*(\.\d+)?/, big))(i)),
  fc
    .tuple(fc.nat(), fc.integer({ min: 1, max: 400 }))
    .map(([i, d]) => editLine((l) => "(".repeat(d) + l + ")".repeat(d))(i)),
  // copied from a PDF viewer: one space wherever there were spaces or TABs
  fc.constant<Mutation>((ls) =>
    ls.map((l) => l.replace(/[ \t]+/g, " ").trim()),
  ),
  fc.constant<Mutation>((ls) => [ls.join("\r")]),
  fc.constant<Mutation>((ls) => [ls.join("\r\n")]),
  fc.constant<Mutation>((ls) => ["\ufeff" + (ls[0] ?? ""), ...ls.slice(1)]),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        "<!-- x -->",
        "<pre>",
        "</pre>",
        "<table>",
        "<td>",
        "</tr>",
        "<sup>1</sup>",
        "&#160;",
        "&nbsp",
        "<br>",
      ),
    )
    .map(([i, tag]) => editLine((l) => tag + l)(i)),
);

/** A generated fixed-width table of figures under period headers: the shape the parser is for. */
const generatedTable: fc.Arbitrary<string> = fc
  .record({
    cols: fc.integer({ min: 1, max: 8 }),
    rows: fc.array(
      fc.tuple(
        fc.stringMatching(/^[A-Z][a-z]{2,12}( [a-z]{2,10}){0,3}:?$/),
        fc.array(
          fc.oneof(
            fc
              .integer({ min: -1e9, max: 1e9 })
              .map((n) =>
                n < 0
                  ? `(${(-n).toLocaleString("en-US")})`
                  : n.toLocaleString("en-US"),
              ),
            fc.constantFrom(
              "-",
              "--",
              "n/a",
              "$",
              "",
              "12.5%",
              "(0.04)",
              ".52",
            ),
          ),
          { minLength: 0, maxLength: 9 },
        ),
      ),
      { minLength: 1, maxLength: 30 },
    ),
    title: fc.constantFrom(
      "CONSOLIDATED STATEMENTS OF OPERATIONS",
      "BALANCE SHEETS",
      "(in thousands, except per share data)",
      "",
      "Three Months Ended June 30,",
    ),
  })
  .map(({ cols, rows, title }) => {
    const head = Array.from({ length: cols }, (_, k) =>
      String(2004 - (k % 2)).padStart(12),
    ).join("");
    const body = rows.map(
      ([label, vals]) =>
        label.padEnd(36) +
        vals
          .slice(0, cols)
          .map((v) => v.padStart(12))
          .join(""),
    );
    return [title, "", " ".repeat(36) + head, ...body].join("\n");
  });

/** Generated HTML tables: rowspans, colspans, nesting, cells split across lines. */
const generatedHtml: fc.Arbitrary<string> = fc
  .record({
    rows: fc.array(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            "Revenue",
            "Net income",
            "$",
            ")",
            "%",
            "",
            "2004",
            "(1,234",
            "1,234",
            "n/a",
            "<b>Total</b>",
            "<sup>2</sup>",
          ),
          fc.integer({ min: 0, max: 99999 }).map(String),
        ),
        { maxLength: 8 },
      ),
      { maxLength: 20 },
    ),
    span: fc.integer({ min: 1, max: 200 }),
    nest: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ rows, span, nest }) => {
    const cells = rows.map(
      (r, i) =>
        `<tr>${r.map((c, j) => `<td${(i + j) % 5 === 0 ? ` rowspan="${span}"` : ""}${(i + j) % 7 === 0 ? ` colspan="${span}"` : ""}>${c}</td>`).join("\n")}</tr>`,
    );
    return `<html><body><p>Acme Corp. (NYSE: ACM) reported results.</p>${"<table><tr><td>".repeat(nest)}<table>${cells.join("\n")}</table>${"</td></tr></table>".repeat(nest)}</body></html>`;
  });

/**
 * Layouts whose grid would be far larger than their text: a line of hundreds of figures over a long table of two
 * columns, and a staircase of HTML row spans pushing each row's cells one column further right.
 */
const sparseLayout: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      wide: fc.integer({ min: 100, max: 600 }),
      rows: fc.integer({ min: 150, max: 400 }),
    })
    .map(({ wide, rows }) =>
      [
        " ".repeat(30) + "2004".padStart(8) + "2003".padStart(8),
        "Wide row".padEnd(30) +
          Array.from({ length: wide }, (_, k) =>
            String(3000 + k).padStart(8),
          ).join(""),
        ...Array.from(
          { length: rows },
          (_, i) =>
            `Item ${i}`.padEnd(30) +
            String(1000 + i).padStart(8) +
            String(2000 + i).padStart(8),
        ),
      ].join("\n"),
    ),
  fc
    .record({
      span: fc.integer({ min: 2, max: 5000 }),
      rows: fc.integer({ min: 100, max: 400 }),
    })
    .map(
      ({ span, rows }) =>
        "<html><body><table>\n<tr><td></td><td>2004</td><td>2003</td></tr>\n" +
        Array.from(
          { length: rows },
          (_, i) =>
            `<tr><td rowspan="${span}">Item ${i}</td><td>${1000 + i}</td><td>${2000 + i}</td></tr>`,
        ).join("\n") +
        "\n</table></body></html>",
    ),
);

/** One case: a base document with mutations applied, or a generated table or page. */
export function caseArbitrary(
  bases: { name: string; text: string }[],
): fc.Arbitrary<{ name: string; text: string }> {
  const mutated = fc
    .tuple(
      fc.integer({ min: 0, max: bases.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 6 }),
    )
    .map(([b, ms]) => ({
      name: `${bases[b].name} with ${ms.length} mutation(s)`,
      text: ms.reduce((ls, m) => m(ls), bases[b].text.split("\n")).join("\n"),
    }));
  return fc.oneof(
    { weight: 16, arbitrary: mutated },
    {
      weight: 2,
      arbitrary: generatedTable.map((text) => ({
        name: "generated table",
        text,
      })),
    },
    {
      weight: 2,
      arbitrary: generatedHtml.map((text) => ({
        name: "generated HTML",
        text,
      })),
    },
    {
      weight: 1,
      arbitrary: sparseLayout.map((text) => ({
        name: "sparse layout",
        text,
      })),
    },
  );
}

// ---- properties ----------------------------------------------------------------------------------------------
const NUMBER_TOKEN = /\d[\d,]*(?:\.\d+)?|\.\d+/g;
// A dash may be written as a character reference in HTML ("&#8212;", "&mdash;"): it shows a dash all the same.
const DASH_OR_NIL =
  /[-\u2010-\u2015\u2212_]|\bnil\b|&(?:mdash|ndash|minus|#(?:15[01]|82(?:0[89]|1[0-3])|8722|x201[0-5]|x2212));/i;

/** Whether a fact's value stands on its cited line: some number there equals it (a dash or "nil" for zero). */
export function valueOnLine(value: string, line: string | undefined): boolean {
  if (line === undefined) return false;
  const want = new Decimal(value).abs();
  if (want.isZero() && DASH_OR_NIL.test(line)) return true;
  for (const token of line.match(NUMBER_TOKEN) ?? [])
    if (new Decimal(token.replace(/,/g, "")).eq(want)) return true;
  return false;
}

export interface CaseResult {
  ms: number;
  problems: string[];
}

/** Parses one case and checks every property; never throws (a thrown error is a problem). */
export function checkCase(text: string): CaseResult {
  const started = performance.now();
  let release: Release;
  try {
    release = parseRelease(text, "fuzz");
  } catch (e) {
    return {
      ms: performance.now() - started,
      problems: [
        `parseRelease threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      ],
    };
  }
  const ms = performance.now() - started;
  const problems: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of release.facts)
    if (!valueOnLine(f.value, lines[f.line - 1])) {
      problems.push(
        `fact "${f.label}" = ${f.value} cites line ${f.line}, which does not show it: ${JSON.stringify((lines[f.line - 1] ?? "").slice(0, 160))}`,
      );
      break;
    }
  // A table's size follows its figures (columns.ts): no grid grows as the square of its text.
  for (const t of release.tables) {
    const figures = t.rows.reduce(
      (n, r) => n + r.values.filter((v) => v !== null).length,
      0,
    );
    const slots = t.rows.length * t.columns.length;
    if (slots > Math.max(THIN_FROM_SLOTS, ROWS_A_FIGURE * figures)) {
      problems.push(
        `the table at line ${t.firstLine} is ${t.rows.length} rows × ${t.columns.length} columns for ${figures} figures`,
      );
      break;
    }
  }
  if (!release.error) {
    try {
      const { store, id } = addRelease(
        emptyStore(),
        text,
        "fuzz",
        undefined,
        release,
      );
      const plan = planRelease(store.releases.find((r) => r.id === id)!);
      const bad = planProblem(plan);
      if (bad) problems.push(`the sheet plan breaks Excel's limits: ${bad}`);
    } catch (e) {
      problems.push(
        `planning the sheets threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    }
  }
  return { ms, problems };
}

/** Milliseconds one case may take per 100 KB of input (plus a floor): far above a linear parse, far below a hang. */
export const TIME_BOUND = { floorMs: 1000, perHundredKbMs: 1000 };
export const timeLimit = (chars: number) =>
  TIME_BOUND.floorMs + (TIME_BOUND.perHundredKbMs * chars) / 100_000;

/**
 * Runs `numRuns` cases from `seed`; returns the figures, and fast-check's report (seed, minimal case) on failure.
 * `maxBase` cuts the base documents shorter (the CI form: more, cheaper cases).
 */
export function runFuzz(
  numRuns: number,
  seed: number,
  onCase?: (ms: number, chars: number) => void,
  maxBase = MAX_BASE,
): { failure: string | null } {
  const bases = baseDocuments(maxBase);
  const result = fc.check(
    fc.property(caseArbitrary(bases), ({ text }) => {
      const r = checkCase(text);
      onCase?.(r.ms, text.length);
      if (r.ms > timeLimit(text.length))
        r.problems.push(
          `took ${r.ms.toFixed(0)} ms for ${text.length} characters (bound ${timeLimit(text.length).toFixed(0)} ms)`,
        );
      if (r.problems.length) throw new Error(r.problems.join("\n"));
    }),
    { numRuns, seed, endOnFailure: false, maxSkipsPerRun: 0 },
  );
  if (!result.failed) return { failure: null };
  const why =
    result.errorInstance instanceof Error
      ? result.errorInstance.message
      : String(result.errorInstance);
  return {
    failure: `${fc.defaultReportMessage(result) ?? `failed (seed ${seed})`}\nWhat failed: ${why}`,
  };
}
