// The release store: any number of parsed releases of any number of companies, kept as their texts (re-parsed on
// load, so a better parser improves old workbooks). Answers (item, period, company) with the figure in full units
// and where it was read; the newest release wins, an older differing figure is kept as a restatement.
import { Decimal } from "./decimal";
import { Column, Fact, Release, Row } from "./model";
import { parseRelease } from "./parse";
import { parseStored } from "./parse-stored";
import { failedFor, failureMessage } from "./failed-releases";
import { canonicalId } from "./periods";
import { PeriodQuery } from "./period-arg";
import { rules } from "./rules";
import { ItemSpec } from "./items";

export interface StoredRelease {
  id: string;
  source: string;
  text: string;
  release: Release;
  /** Order of arrival; breaks ties between releases of one date. */
  seq: number;
}

export interface Store {
  releases: StoredRelease[];
  seq: number;
}

export interface SavedRelease {
  id?: string;
  source: string;
  text: string;
}

export type Failure = {
  ok: false;
  code: "notAvailable" | "invalidValue";
  message: string;
};

export interface Figure {
  ok: true;
  /** Full units, exact. */
  value: string;
  fact: Fact;
  release: StoredRelease;
  /** Older releases that printed a different figure for the same item and period. */
  restatements: { release: StoredRelease; value: string }[];
}

export const NOTHING_LOADED =
  "No release loaded — paste one in the HEMA task pane";

export function emptyStore(): Store {
  return { releases: [], seq: 0 };
}

/** A short stable id: ticker (or company) and release date, made unique. */
function makeId(store: Store, r: Release): string {
  const base =
    (r.ticker ?? r.company ?? r.source)
      .replace(/[^A-Za-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
      .slice(0, 20) || "release";
  const stem = r.releaseDate ? `${base}_${r.releaseDate}` : base;
  let id = stem;
  for (let n = 2; store.releases.some((x) => x.id === id); n++)
    id = `${stem}_${n}`;
  return id;
}

/** Adds a release from its text; `parsed` is the text already parsed (e.g. off the UI thread), to use as is. */
export function addRelease(
  store: Store,
  text: string,
  source: string,
  id?: string,
  parsed?: Release,
): { store: Store; id: string } {
  const release = parsed ?? parseRelease(text, source);
  const rid =
    id && !store.releases.some((x) => x.id === id)
      ? id
      : makeId(store, release);
  const entry: StoredRelease = {
    id: rid,
    source,
    text,
    release,
    seq: store.seq + 1,
  };
  return {
    store: { releases: [...store.releases, entry], seq: store.seq + 1 },
    id: rid,
  };
}

/** Re-parses a stored release from new text (Edit text, Refresh); its id and place stay. */
export function replaceRelease(
  store: Store,
  id: string,
  text: string,
  parsed?: Release,
): Store {
  return {
    ...store,
    releases: store.releases.map((x) =>
      x.id === id
        ? { ...x, text, release: parsed ?? parseRelease(text, x.source) }
        : x,
    ),
  };
}

export function removeRelease(store: Store, id: string): Store {
  return { ...store, releases: store.releases.filter((x) => x.id !== id) };
}

export function saveStore(store: Store): SavedRelease[] {
  return store.releases.map(({ id, source, text }) => ({ id, source, text }));
}

/** Each text parsed within its own time budget (parse-stored.ts); one that fails stays, with its error. */
export function loadStore(saved: SavedRelease[]): Store {
  return saved.reduce(
    (s, x) =>
      addRelease(s, x.text, x.source, x.id, parseStored(x.text, x.source))
        .store,
    emptyStore(),
  );
}

// ---- companies ------------------------------------------------------------------------------------------------

const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

export function companyKey(r: Release): string {
  return r.ticker
    ? r.ticker.split(".")[0].toUpperCase()
    : (r.company ?? r.source);
}

export function companies(store: Store): string[] {
  return indexOf(store).keys;
}

function describeCompanies(store: Store): string {
  return store.releases
    .filter((x) => !x.release.error)
    .map((x) =>
      x.release.ticker
        ? `${x.release.ticker.split(".")[0]} (${x.release.company ?? "?"})`
        : (x.release.company ?? x.source),
    )
    .filter((v, i, a) => a.indexOf(v) === i)
    .join(", ");
}

/** What lookups need, computed once per store value (stores are immutable: a change makes a new one). */
interface StoreIndex {
  usable: StoredRelease[];
  keys: string[];
  /** company key → its releases, newest first */
  byCompany: Map<string, StoredRelease[]>;
  /** release → concept → facts */
  byConcept: Map<StoredRelease, Map<string, Fact[]>>;
  /** fact → its column */
  columnOf: Map<Fact, Column>;
  /** plain ticker or key → company key */
  byTicker: Map<string, string>;
}

const indexes = new WeakMap<Store, StoreIndex>();

function indexOf(store: Store): StoreIndex {
  const hit = indexes.get(store);
  if (hit) return hit;
  const usable = store.releases.filter((x) => !x.release.error);
  const byCompany = new Map<string, StoredRelease[]>();
  const byConcept = new Map<StoredRelease, Map<string, Fact[]>>();
  const columnOf = new Map<Fact, Column>();
  // One pass: lists grow in place, and each table's columns are looked up by name and period, not searched.
  const listIn = <K, V>(map: Map<K, V[]>, key: K): V[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  for (const x of usable) {
    listIn(byCompany, companyKey(x.release)).push(x);
    const m = new Map<string, Fact[]>();
    // The first column of a name and period, as a search would find it.
    const columnsOf = x.release.tables.map((t) => {
      const byName = new Map<string, Column>();
      for (const c of t.columns) {
        const key = `${c.column}\u0000${c.period}`;
        if (!byName.has(key)) byName.set(key, c);
      }
      return byName;
    });
    for (const f of x.release.facts) {
      if (f.concept) listIn(m, f.concept).push(f);
      const col = columnsOf[f.table]?.get(`${f.column}\u0000${f.period}`);
      if (col) columnOf.set(f, col);
    }
    byConcept.set(x, m);
  }
  const byTicker = new Map<string, string>();
  for (const [k, rs] of byCompany) {
    rs.sort(newestFirst);
    byTicker.set(plain(k), k);
    if (rs[0].release.ticker) byTicker.set(plain(rs[0].release.ticker), k);
  }
  const index = {
    usable,
    keys: [...byCompany.keys()],
    byCompany,
    byConcept,
    columnOf,
    byTicker,
  };
  indexes.set(store, index);
  return index;
}

/** The releases of one company, newest first; a failure when the company is unknown or ambiguous. */
export function releasesOf(
  store: Store,
  company?: string | null,
): StoredRelease[] | Failure {
  const { usable, keys, byCompany, byTicker } = indexOf(store);
  // A release that could not be read answers with its reason (failed-releases.ts).
  const unread = () => failureMessage(failedFor(store.releases, company));
  if (usable.length === 0)
    return {
      ok: false,
      code: "notAvailable",
      message:
        unread() ?? failureMessage(failedFor(store.releases)) ?? NOTHING_LOADED,
    };
  let key: string | undefined;
  if (
    company === undefined ||
    company === null ||
    String(company).trim() === ""
  ) {
    if (keys.length > 1)
      return {
        ok: false,
        code: "notAvailable",
        message: `Several companies are loaded — name one: ${describeCompanies(store)}`,
      };
    key = keys[0];
  } else {
    const q = plain(String(company));
    const exact = byTicker.get(q);
    const hits = exact
      ? [exact]
      : keys.filter((k) => {
          const name = byCompany.get(k)![0].release.company;
          return name !== null && q.length >= 3 && plain(name).startsWith(q);
        });
    if (hits.length === 0 && unread())
      return { ok: false, code: "notAvailable", message: unread()! };
    if (hits.length !== 1)
      return {
        ok: false,
        code: "notAvailable",
        message: `${hits.length ? "Ambiguous" : "Unknown"} company "${company}" — loaded: ${describeCompanies(store)}`,
      };
    key = hits[0];
  }
  return byCompany.get(key)!;
}

function newestFirst(a: StoredRelease, b: StoredRelease): number {
  const da = a.release.releaseDate ?? "";
  const db = b.release.releaseDate ?? "";
  return da !== db ? (da < db ? 1 : -1) : b.seq - a.seq;
}

// ---- figures --------------------------------------------------------------------------------------------------

function rowOf(r: Release, f: Fact): Row | undefined {
  return r.tables[f.table]?.rows.find(
    (x) => x.line === f.line && x.label === f.label,
  );
}

const fullValues = new WeakMap<Fact, [string?, string?]>();

/** Full units; a "Net loss" row printed with positive figures throughout is a loss and so negative. Memoised per fact. */
export function fullValue(r: Release, f: Fact, signed: boolean): string {
  const memo = fullValues.get(f) ?? [];
  const k = signed ? 1 : 0;
  if (memo[k] !== undefined) return memo[k]!;
  let v = new Decimal(f.value).times(f.scale);
  if (
    signed &&
    rules.lossOnlyLabel.test(f.label) &&
    !rules.incomeWord.test(f.label)
  ) {
    const row = rowOf(r, f);
    if (row && row.values.every((x) => x === null || !x.startsWith("-")))
      v = v.negated();
  }
  memo[k] = v.toFixed();
  fullValues.set(f, memo);
  return memo[k]!;
}

/** Balance-sheet dates a duration id ends on, in these releases. */
function datesFor(rs: StoredRelease[], id: string): string[] {
  const exact = new Set<string>();
  for (const x of rs)
    for (const t of x.release.tables)
      for (const c of t.columns) if (c.period === id && c.end) exact.add(c.end);
  if (exact.size) return [...exact];
  // No column of that period: the instants that fall at its end by the same 45-day rule.
  const m = rules.durationId.exec(id);
  if (!m) return [];
  const months = m[1].startsWith("Q") ? 3 : m[1] === "FY" ? 12 : null;
  if (!months) return [];
  const instants = new Set<string>();
  for (const x of rs)
    for (const f of x.release.facts)
      if (f.period && rules.instantId.test(f.period)) instants.add(f.period);
  const hits = [...instants].filter((d) => {
    const [y, mo, da] = d.split("-").map(Number);
    return canonicalId(months as 3 | 12, { y, m: mo, d: da }) === id;
  });
  return hits.sort().slice(-1);
}

function matchesPeriod(
  rs: StoredRelease[],
  spec: ItemSpec,
  q: PeriodQuery,
): (f: Fact, col?: { end?: string }) => boolean {
  if (spec.instant) {
    const dates =
      q.kind === "date"
        ? [q.date]
        : q.kind === "duration"
          ? datesFor(rs, q.id)
          : fiscalDates(rs, q.id);
    return (f) => f.period !== null && dates.includes(f.period);
  }
  if (q.kind === "duration") return (f) => f.period === q.id;
  if (q.kind === "fiscal") return (f) => f.fiscalPeriod === q.id;
  return (f, col) =>
    col?.end === q.date && f.period !== null && !rules.instantId.test(f.period);
}

function fiscalDates(rs: StoredRelease[], id: string): string[] {
  const out: string[] = [];
  for (const x of rs)
    for (const t of x.release.tables)
      for (const c of t.columns)
        if (c.fiscalPeriod === id && c.end) out.push(c.end);
  return out;
}

/** Periods in which any of these concepts is reported, in the order the releases show them. */
export function periodsWith(rs: StoredRelease[], concepts: string[]): string[] {
  const out: string[] = [];
  for (const x of rs)
    for (const f of x.release.facts)
      if (
        f.concept &&
        concepts.includes(f.concept) &&
        f.period &&
        !out.includes(f.period)
      )
        out.push(f.period);
  return out;
}

/** Durations preferred for a date argument: the quarter ending that day, then the year, then 6 and 9 months. */
/** A fact in a column of one segment or of adjusted figures, not of the company's reported ones. */
const secondaryGroup = (f: Fact) =>
  !!f.group && !rules.primaryGroup.test(f.group);

const DURATION_ORDER = (p: string | null) =>
  p?.startsWith("Q")
    ? 0
    : p?.startsWith("FY")
      ? 1
      : p?.startsWith("6M")
        ? 2
        : 3;

const answered = new WeakMap<Store, Map<string, Figure | Failure>>();

/**
 * Finds a figure. Answers to named items are memoised per store value (a store never changes; an edit makes a
 * new one), since Excel asks the same questions again on every recalculation.
 */
export function findFigure(
  store: Store,
  spec: ItemSpec,
  q: PeriodQuery,
  company: string | null | undefined,
  what: string,
  pick?: (f: Fact) => boolean,
): Figure | Failure {
  if (pick) return lookUp(store, spec, q, company, what, pick);
  const key = `${spec.concepts.join(",")}|${spec.instant}|${spec.signed}|${q.kind === "date" ? q.date : q.id}|${company ?? ""}|${what}`;
  let memo = answered.get(store);
  if (!memo) answered.set(store, (memo = new Map()));
  let hit = memo.get(key);
  if (!hit) memo.set(key, (hit = lookUp(store, spec, q, company, what)));
  return hit;
}

function lookUp(
  store: Store,
  spec: ItemSpec,
  q: PeriodQuery,
  company: string | null | undefined,
  what: string,
  pick?: (f: Fact) => boolean,
): Figure | Failure {
  const rs = releasesOf(store, company);
  if (!Array.isArray(rs)) return rs;
  if (
    q.kind === "fiscal" &&
    !rs.some((x) =>
      x.release.tables.some((t) => t.columns.some((c) => c.fiscalPeriod)),
    )
  ) {
    return {
      ok: false,
      code: "notAvailable",
      message: `${q.id}: the release does not state its fiscal quarters, so fiscal ids can't be placed — use a calendar id such as ${periodsWith(rs, spec.concepts)[0] ?? "Q2-2003"}`,
    };
  }
  const inPeriod = matchesPeriod(rs, spec, q);
  const { byConcept, columnOf } = indexOf(store);
  for (const concept of pick ? ["*"] : spec.concepts) {
    const found: { x: StoredRelease; f: Fact }[] = [];
    for (const x of rs)
      for (const f of pick
        ? x.release.facts.filter(pick)
        : (byConcept.get(x)!.get(concept) ?? []))
        if (inPeriod(f, columnOf.get(f))) found.push({ x, f });
    if (found.length === 0) continue;
    // Newest release first (rs order); within one, the amount before its ratio ("% of Sales" beside it), a
    // consolidated row (no heading), a column of the reported figures (no group, or "Consolidated", "GAAP") and the
    // preferred length first.
    const order = (a: { x: StoredRelease; f: Fact }) =>
      rs.indexOf(a.x) * 1000 +
      (a.f.unit === "percent" ? 500 : 0) +
      (a.f.section ? 100 : 0) +
      (secondaryGroup(a.f) ? 50 : 0) +
      DURATION_ORDER(a.f.period) * 10;
    found.sort((a, b) => order(a) - order(b));
    const best = found[0];
    // Only segments' or adjusted columns for the period ("Domestic", "Canada"; no consolidated one): which is
    // meant cannot be told.
    if (secondaryGroup(best.f)) {
      const groups = [
        ...new Set(
          found
            .filter(
              (o) =>
                o.x === best.x &&
                o.f.period === best.f.period &&
                o.f.group !== best.f.group,
            )
            .map((o) => o.f.group ?? ""),
        ),
      ];
      if (groups.length)
        return {
          ok: false,
          code: "notAvailable",
          message: `The release gives ${what} for ${best.f.period ?? "that period"} only by column group (${[best.f.group, ...groups].join("; ")}) — name one with VALUE, e.g. "${best.f.group} ${best.f.label}"`,
        };
    }
    const value = fullValue(best.x.release, best.f, spec.signed);
    const restatements = found
      .filter(
        (o) =>
          o.x !== best.x &&
          o.f.period === best.f.period &&
          !o.f.section === !best.f.section &&
          (o.f.group ?? "") === (best.f.group ?? ""),
      )
      .map((o) => ({
        release: o.x,
        value: fullValue(o.x.release, o.f, spec.signed),
      }))
      .filter(
        (o, i, a) =>
          o.value !== value &&
          a.findIndex((p) => p.release === o.release) === i,
      );
    return { ok: true, value, fact: best.f, release: best.x, restatements };
  }
  const have = pick
    ? [
        ...new Set(
          rs.flatMap((x) =>
            x.release.facts
              .filter(pick)
              .map((f) => f.period)
              .filter((p): p is string => !!p),
          ),
        ),
      ]
    : periodsWith(rs, spec.concepts);
  const asked = q.kind === "duration" || q.kind === "fiscal" ? q.id : q.date;
  return {
    ok: false,
    code: "notAvailable",
    message: have.length
      ? `No ${what} for ${asked} — periods available: ${have.join(", ")}`
      : `No ${what} in the loaded release${rs.length > 1 ? "s" : ""}`,
  };
}
