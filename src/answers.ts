// What each HEMA function answers, for any host: Excel's custom functions, the `hema get` command and the
// standalone preview all call these. Results are values or errors a person can act on; hosts only translate.
import { Decimal } from "./decimal";
import { plainLabel } from "./concepts";
import { Basis, ITEMS, ItemSpec, readBasis, withBasis } from "./items";
import { Fact } from "./model";
import { formatNumber } from "./numbers";
import { ACCEPTED_FORMS, PeriodQuery, readPeriodArg } from "./period-arg";
import { CONCEPTS } from "./concepts";
import { factHeadings } from "./outline";
import { rules } from "./rules";
import {
  cleanHeading,
  Failure,
  Figure,
  findFigure,
  qualifiersOf,
  releasesOf,
  Store,
  StoredRelease,
} from "./store";

/** The custom functions Excel knows (functions/functions.ts; the build test checks they match functions.json). */
export const FUNCTION_NAMES = [
  "NETLOSS",
  "NETINCOME",
  "REVENUE",
  "PRETAXINCOME",
  "INCOMETAX",
  "EPS",
  "SHARES",
  "TOTALASSETS",
  "TOTALLIABILITIES",
  "EQUITY",
  "TOTALLIABILITIESEQUITY",
  "VALUE",
  "BALANCED",
  "PERIODS",
  "ITEMS",
  "RELEASES",
  "SOURCE",
];

export type Answer<T> = { ok: true; value: T } | Failure;

const fail = (code: Failure["code"], message: string): Failure => ({
  ok: false,
  code,
  message,
});

function period(arg: unknown): PeriodQuery | Failure {
  if (arg === null || arg === undefined || String(arg).trim() === "")
    return fail("invalidValue", `A period is required: ${ACCEPTED_FORMS}`);
  const q = readPeriodArg(typeof arg === "number" ? arg : String(arg));
  return (
    q ??
    fail("invalidValue", `"${arg}" is not a period — use ${ACCEPTED_FORMS}`)
  );
}

function basisOf(arg: unknown): Basis | Failure {
  const b = readBasis(
    arg === undefined || arg === null ? undefined : String(arg),
  );
  return b === undefined
    ? fail("invalidValue", `"${arg}" is not a basis — use "basic" or "diluted"`)
    : b;
}

/** A named figure: NETLOSS, REVENUE, EPS, TOTALASSETS … */
export function figure(
  store: Store,
  item: string,
  periodArg: unknown,
  company?: string | null,
  basisArg?: unknown,
): Answer<number> {
  const r = figureDetail(store, item, periodArg, company, basisArg);
  return r.ok ? { ok: true, value: Number(r.value) } : r;
}

export function figureDetail(
  store: Store,
  item: string,
  periodArg: unknown,
  company?: string | null,
  basisArg?: unknown,
): Figure | Failure {
  const name = item.toUpperCase();
  const base = ITEMS[name];
  if (!base) return valueDetail(store, item, periodArg, company);
  const q = period(periodArg);
  if ("ok" in q) return q;
  const basis = basisOf(basisArg);
  if (typeof basis === "object" && basis !== null) return basis;
  return findFigure(
    store,
    withBasis(name, base, basis),
    q,
    company,
    base.name ?? name.toLowerCase(),
  );
}

/**
 * Any row, by concept id, function name or label (case, space and punctuation ignored; a unique prefix is enough).
 * Headings, a column group or a table title may come first, each followed by "›" (or ">" or "|"):
 * "Georgia Power › Net Income Available to Common", "Non-GAAP › Net income", "Primary › From operations"; each
 * names the start of one of the row's headings, its column's group or its table's title.
 */
export function valueDetail(
  store: Store,
  item: string,
  periodArg: unknown,
  company?: string | null,
): Figure | Failure {
  const q = period(periodArg);
  if ("ok" in q) return q;
  const rs = releasesOf(store, company);
  if (!Array.isArray(rs)) return rs;
  const key = String(item ?? "").trim();
  if (key === "")
    return fail(
      "invalidValue",
      'An item is required: a concept id such as net_income, or a row label such as "Total assets"',
    );
  const parts = key
    .split(rules.itemQualifier)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1) return qualified(store, rs, parts, q, company);
  const spec = ITEMS[key.toUpperCase()];
  if (spec)
    return findFigure(store, spec, q, company, spec.name ?? key.toLowerCase());
  const concept = conceptSpec(key);
  if (concept) return findFigure(store, concept, q, company, key.toLowerCase());
  const facts = rs.flatMap((x) => x.release.facts);
  const want = plainKey(key);
  const row = rowNamed(facts, key, want);
  if (row.ok) {
    const pick = (f: Fact) => plainKey(f.label) === row.k;
    return findFigure(
      store,
      { concepts: [], instant: row.instant, signed: false },
      q,
      company,
      `"${row.label}"`,
      pick,
    );
  }
  if (row.several) return row.several;
  const headed = headedRow(
    facts,
    [...new Set(facts.map((f) => f.label))],
    want,
  );
  if (headed)
    return findFigure(
      store,
      { concepts: [], instant: headed.instant, signed: false },
      q,
      company,
      `"${headed.label}" under "${headed.heading}"`,
      headed.pick,
    );
  return fail(
    "notAvailable",
    `No row "${key}" — items: ${itemNames(facts).slice(0, 30).join(", ")}`,
  );
}

/** A concept id ("net_income") as an item. */
function conceptSpec(key: string): ItemSpec | null {
  const concept = CONCEPTS.find((c) => c === key.toLowerCase());
  return concept
    ? {
        concepts: [concept],
        instant: rules.instantConcept.test(concept),
        signed: false,
      }
    : null;
}

/** The label a key names among these facts: exactly, else as the unique start of one (case and punctuation ignored). */
function rowNamed(
  facts: Fact[],
  key: string,
  want: string,
):
  | { ok: true; k: string; label: string; instant: boolean }
  | { ok: false; several?: Failure } {
  const labels = [...new Set(facts.map((f) => f.label))];
  const exact = labels.filter((l) => plainKey(l) === want);
  const prefix = exact.length
    ? exact
    : labels.filter((l) => plainKey(l).startsWith(want));
  const distinct = [...new Set(prefix.map(plainKey))];
  if (distinct.length === 0 || want === "") return { ok: false };
  if (distinct.length > 1)
    return {
      ok: false,
      several: fail(
        "notAvailable",
        `"${key}" matches several rows: ${prefix.slice(0, 10).join("; ")} — type more of the label`,
      ),
    };
  return {
    ok: true,
    k: distinct[0],
    label: prefix[0],
    instant: facts.some(
      (f) => plainKey(f.label) === distinct[0] && f.statement === "balance",
    ),
  };
}

/** "Heading › … › item": the item (function name, concept id or label) among the figures the names qualify. */
function qualified(
  store: Store,
  rs: StoredRelease[],
  parts: string[],
  q: PeriodQuery,
  company: string | null | undefined,
): Figure | Failure {
  const name = parts[parts.length - 1];
  const quals = parts.slice(0, -1).map(plainKey);
  const namesOf = new Map<Fact, string[]>();
  for (const x of rs)
    for (const f of x.release.facts)
      namesOf.set(f, qualifiersOf(x.release, f).map(plainKey));
  const under = (f: Fact) =>
    quals.every((w) =>
      (namesOf.get(f) ?? []).some((n) => w !== "" && n.startsWith(w)),
    );
  const facts = rs.flatMap((x) => x.release.facts).filter(under);
  const heading = parts.slice(0, -1).join(" › ");
  if (facts.length === 0)
    return fail(
      "notAvailable",
      `No heading, column group or table "${heading}" — headings: ${[...new Set(rs.flatMap((x) => x.release.facts.flatMap((f) => factHeadings(f).map(cleanHeading))))].slice(0, 20).join("; ")}`,
    );
  const spec = ITEMS[name.toUpperCase()] ?? conceptSpec(name);
  if (spec)
    return findFigure(
      store,
      spec,
      q,
      company,
      `${spec.name ?? name.toLowerCase()} under "${heading}"`,
      under,
    );
  const row = rowNamed(facts, name, plainKey(name));
  if (!row.ok)
    return (
      row.several ??
      fail(
        "notAvailable",
        `No row "${name}" under "${heading}" — rows there: ${[...new Set(facts.map((f) => f.label))].slice(0, 20).join("; ")}`,
      )
    );
  return findFigure(
    store,
    { concepts: [], instant: row.instant, signed: false },
    q,
    company,
    `"${heading} › ${row.label}"`,
    (f) => under(f) && plainKey(f.label) === row.k,
  );
}

/**
 * "Georgia Power Net Income Available to Common", "Non-GAAP Net income": a row's label after any heading of its
 * path (or its column's group), named by its first words. The longest label that ends the item wins.
 */
function headedRow(
  facts: Fact[],
  labels: string[],
  want: string,
): {
  label: string;
  heading: string;
  instant: boolean;
  pick: (f: Fact) => boolean;
} | null {
  const names = (f: Fact) => [
    ...factHeadings(f),
    ...(f.group ? [f.group] : []),
  ];
  const ends = labels
    .map((label) => ({ label, k: plainKey(label) }))
    .filter(({ k }) => k !== "" && k.length < want.length && want.endsWith(k))
    .sort((a, b) => b.k.length - a.k.length);
  for (const { label, k } of ends) {
    const rest = want.slice(0, want.length - k.length);
    const names1 = (f: Fact) =>
      names(f).filter((h) => plainKey(h).startsWith(rest));
    const pick = (f: Fact) => plainKey(f.label) === k && names1(f).length > 0;
    const hit = facts.find(pick);
    if (hit)
      return {
        label,
        heading: names1(hit)[0],
        instant: facts.some((f) => pick(f) && f.statement === "balance"),
        pick,
      };
  }
  return null;
}

const plainKey = (s: string) => plainLabel(s).replace(/[^a-z0-9]/g, "");

function itemNames(facts: Fact[]): string[] {
  return [...new Set(facts.map((f) => f.concept ?? f.label))];
}

export function value(
  store: Store,
  item: string,
  periodArg: unknown,
  company?: string | null,
): Answer<number> {
  const r = valueDetail(store, item, periodArg, company);
  return r.ok ? { ok: true, value: Number(r.value) } : r;
}

/** TRUE when total assets equal total liabilities and equity at the date, in exact decimals. */
export function balanced(
  store: Store,
  dateArg: unknown,
  company?: string | null,
): Answer<boolean> {
  const a = figureDetail(store, "TOTALASSETS", dateArg, company);
  if (!a.ok) return a;
  // The other side from the release that gave total assets (the newest, or the edited one), never another copy.
  const same = a.release.id;
  const le = figureDetail(store, "TOTALLIABILITIESEQUITY", a.fact.period, same);
  if (le.ok) return { ok: true, value: new Decimal(a.value).equals(le.value) };
  const l = figureDetail(store, "TOTALLIABILITIES", a.fact.period, same);
  const e = figureDetail(store, "EQUITY", a.fact.period, same);
  if (l.ok && e.ok)
    return {
      ok: true,
      value: new Decimal(a.value).equals(new Decimal(l.value).plus(e.value)),
    };
  return fail(
    "notAvailable",
    `No total liabilities and equity at ${a.fact.period} to compare with total assets`,
  );
}

/** Spill: the periods of a company's releases, with a header row. */
export function periods(
  store: Store,
  company?: string | null,
): Answer<string[][]> {
  const rs = releasesOf(store, company);
  if (!Array.isArray(rs)) return rs;
  const rows: string[][] = [["Period", "Ends", "Fiscal", "Column", "Release"]];
  const seen = new Set<string>();
  for (const x of rs)
    for (const t of x.release.tables)
      for (const c of t.columns)
        if (c.period && !seen.has(c.period)) {
          seen.add(c.period);
          rows.push([
            c.period,
            c.end ?? "",
            c.fiscalPeriod ?? "",
            c.column,
            x.id,
          ]);
        }
  return { ok: true, value: rows };
}

/** Spill: every line item of a company's releases, with a header row. */
export function items(
  store: Store,
  company?: string | null,
): Answer<string[][]> {
  const rs = releasesOf(store, company);
  if (!Array.isArray(rs)) return rs;
  const rows: string[][] = [
    ["Item", "Concept", "Statement", "Unit", "Release"],
  ];
  const seen = new Set<string>();
  for (const x of rs)
    for (const t of x.release.tables)
      for (const r of t.rows) {
        const k = `${t.statement}|${r.label}`;
        if (seen.has(k)) continue;
        seen.add(k);
        rows.push([r.label, r.concept ?? "", t.statement, r.unit, x.id]);
      }
  return { ok: true, value: rows };
}

/** Spill: the releases in the store, with a header row. */
export function releases(store: Store): Answer<string[][]> {
  const rows: string[][] = [
    [
      "Release",
      "Company",
      "Ticker",
      "Release date",
      "Tables",
      "Facts",
      "Source",
    ],
  ];
  for (const x of store.releases)
    rows.push([
      x.id,
      x.release.company ?? "",
      x.release.ticker ?? "",
      x.release.releaseDate ?? "",
      String(x.release.tables.length),
      String(x.release.facts.length),
      x.source,
    ]);
  if (rows.length === 1)
    return fail(
      "notAvailable",
      "No release loaded — paste one in the HEMA task pane",
    );
  return { ok: true, value: rows };
}

/** Where a figure was read: the source line and its place, for auditing. */
export function source(
  store: Store,
  item: string,
  periodArg: unknown,
  company?: string | null,
): Answer<string> {
  const r = figureDetail(store, item, periodArg, company);
  if (!r.ok) return r;
  const lineText =
    r.release.text.split(/\r\n|\r|\n/)[r.fact.line - 1]?.trim() ?? "";
  const t = r.release.release.tables[r.fact.table];
  const restated = r.restatements.length
    ? `; earlier releases said ${r.restatements.map((x) => `${formatNumber(x.value)} (${x.release.id})`).join(", ")}`
    : "";
  return {
    ok: true,
    value: `${r.release.id}, ${t.title ?? t.statement}, "${r.fact.label}" @ ${r.fact.column || r.fact.period}, line ${r.fact.line}: ${lineText}${restated}`,
  };
}
