// The release store: any number of parsed releases of any number of companies, kept as their texts (re-parsed on
// load, so a better parser improves old workbooks). Answers (item, period, company) with the figure in full units
// and where it was read; the newest release wins, an older differing figure is kept as a restatement. It takes
// releases already parsed (text-store.ts parses them here; the pane, in its worker): no parser is brought along.
import { Decimal } from "./decimal";
import { Column, Fact, Release, Row } from "./model";
import { failedFor, failureMessage } from "./failed-releases";
import { canonicalId } from "./dates";
import { PeriodQuery } from "./period-arg";
import { rules } from "./rules";
import { ItemSpec } from "./items";
import { formatNumber } from "./numbers";
import { factHeadings } from "./outline";

export interface StoredRelease {
  id: string;
  source: string;
  text: string;
  release: Release;
  /** Order of arrival or of the last edit; breaks ties between releases of one date. */
  seq: number;
  /**
   * A second copy of another release's text (a workbook saved before copies were refused): kept so its sheets can be
   * removed, but never answers.
   */
  duplicateOf?: string;
}

/** What adding a release did: `duplicateOf` names the release already holding the same text (nothing was added). */
export interface Added {
  store: Store;
  id: string;
  duplicateOf?: string;
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

/** A text compared for copies: line ends, trailing spaces and blank lines at either end do not count. */
function textKey(text: string): string {
  return text.replace(rules.copyWhitespace, " ").trim();
}

const textKeys = new WeakMap<StoredRelease, string>();

/** The release already holding this text for the same company and periods, if any. */
function copyOf(
  store: Store,
  text: string,
  release: Release,
): StoredRelease | undefined {
  if (release.error) return undefined;
  const company = companyKey(release);
  const periods = (r: Release) =>
    [...new Set(r.facts.map((f) => f.period))].sort().join(",");
  let key: string | undefined;
  return store.releases.find((x) => {
    if (x.duplicateOf || x.release.error) return false;
    if (companyKey(x.release) !== company) return false;
    key ??= textKey(text);
    let held = textKeys.get(x);
    if (held === undefined) textKeys.set(x, (held = textKey(x.text)));
    return held === key && periods(x.release) === periods(release);
  });
}

/**
 * Adds a release: its text and `parsed`, that text parsed (text-store.ts's addText parses it here). A text
 * the store already holds (same company, periods and text) is not added twice: the result names the release that
 * holds it (`duplicateOf`), for the caller to offer Refresh. `keepCopy` keeps it anyway, marked as a copy that
 * never answers (loading a workbook saved before copies were refused, whose sheets still exist).
 */
export function addRelease(
  store: Store,
  text: string,
  source: string,
  id: string | undefined,
  release: Release,
  keepCopy = false,
): Added {
  const copy = copyOf(store, text, release);
  if (copy && !keepCopy) return { store, id: copy.id, duplicateOf: copy.id };
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
    ...(copy ? { duplicateOf: copy.id } : {}),
  };
  return {
    store: { releases: [...store.releases, entry], seq: store.seq + 1 },
    id: rid,
  };
}

/**
 * A release kept in a workbook, added back as it was saved (`parsed` being its text parsed): one that copies a text
 * held before it stays, marked as a copy, since its sheets are still in the workbook.
 */
export const addKept = (
  store: Store,
  kept: SavedRelease,
  parsed: Release,
): Store =>
  addRelease(store, kept.text, kept.source, kept.id, parsed, true).store;

/**
 * A stored release read again from new text (Edit text, Refresh), `parsed` being that text parsed; its id and place
 * stay. An edited text is the newest word among releases of its date (it answers rather than an untouched copy), and
 * is no longer a copy.
 */
export function replaceRelease(
  store: Store,
  id: string,
  text: string,
  parsed: Release,
): Store {
  const seq = store.seq + 1;
  return {
    seq,
    releases: store.releases.map((x) => {
      if (x.id !== id) return x;
      const edited = text !== x.text;
      const next: StoredRelease = {
        ...x,
        text,
        release: parsed,
        seq: edited ? seq : x.seq,
      };
      if (edited) delete next.duplicateOf;
      return next;
    }),
  };
}

/** Removes a release; a copy of it (see StoredRelease.duplicateOf) answers in its place. */
export function removeRelease(store: Store, id: string): Store {
  const rest = store.releases.filter((x) => x.id !== id);
  const heir = rest.find((x) => x.duplicateOf === id);
  return {
    ...store,
    releases: rest.map((x) => {
      if (x.duplicateOf !== id) return x;
      const next = { ...x };
      if (x === heir) delete next.duplicateOf;
      else next.duplicateOf = heir!.id;
      return next;
    }),
  };
}

export function saveStore(store: Store): SavedRelease[] {
  return store.releases.map(({ id, source, text }) => ({ id, source, text }));
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
    .filter((x) => !x.release.error && !x.duplicateOf)
    .map(describeCompany)
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
  const usable = store.releases.filter(
    (x) => !x.release.error && !x.duplicateOf,
  );
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

/**
 * The releases of one company, newest first; a failure when the company is unknown or ambiguous. A company is named
 * by its ticker, its full name, or any words of its name ("Kroger", "kroger co" for "The Kroger Co."), case and
 * punctuation ignored; a release id names that release alone.
 */
export function releasesOf(
  store: Store,
  company?: string | null,
): StoredRelease[] | Failure {
  const { usable, keys, byCompany } = indexOf(store);
  // A release that could not be read answers with its reason (failed-releases.ts).
  const unread = () => failureMessage(failedFor(store.releases, company));
  if (usable.length === 0)
    return {
      ok: false,
      code: "notAvailable",
      message:
        unread() ?? failureMessage(failedFor(store.releases)) ?? NOTHING_LOADED,
    };
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
    return byCompany.get(keys[0])!;
  }
  const asked = String(company).trim();
  const release = usable.find(
    (x) => x.id === asked || x.id.toLowerCase() === asked.toLowerCase(),
  );
  if (release) return [release];
  const hits = companiesNamed(store, asked);
  if (hits.length === 1) return byCompany.get(hits[0])!;
  if (hits.length === 0 && unread())
    return { ok: false, code: "notAvailable", message: unread()! };
  return {
    ok: false,
    code: "notAvailable",
    message: hits.length
      ? `Ambiguous company "${asked}" — it names ${hits.map((k) => describeCompany(byCompany.get(k)![0])).join(", ")}: give the ticker or more of the name`
      : `Unknown company "${asked}" — loaded: ${describeCompanies(store)}`,
  };
}

const wordsOf = (s: string) =>
  s.toLowerCase().split(rules.companyWordBreak).filter(Boolean);

/**
 * The company keys a company argument names: its ticker or whole name (punctuation ignored) exactly, else every
 * company whose name holds each word of the argument (the last word may be cut short: "Southern Co" names "The
 * Southern Company").
 */
function companiesNamed(store: Store, asked: string): string[] {
  const { keys, byCompany, byTicker } = indexOf(store);
  const q = plain(asked);
  const exact = byTicker.get(q);
  if (exact) return [exact];
  const named = (k: string) => byCompany.get(k)![0].release.company;
  const whole = keys.filter((k) => {
    const name = named(k);
    return name !== null && plain(name) === q;
  });
  if (whole.length) return whole;
  const words = wordsOf(asked);
  if (words.length === 0) return [];
  return keys.filter((k) => {
    const name = named(k);
    if (name === null) return false;
    const have = wordsOf(name);
    return words.every((w, i) =>
      i === words.length - 1 && w.length >= 2
        ? have.some((h) => h.startsWith(w))
        : have.includes(w),
    );
  });
}

function describeCompany(x: StoredRelease): string {
  return x.release.ticker
    ? `${x.release.ticker.split(".")[0]} (${x.release.company ?? "?"})`
    : (x.release.company ?? x.source);
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

/** "Net loss", "Loss before income taxes": a loss is the row's measure (not "Net income (loss)"). */
function namesOnlyLoss(label: string): boolean {
  const at = label.search(rules.lossWord);
  return (
    at >= 0 &&
    !rules.eitherSign.test(label) &&
    !rules.incomeWord.test(label.slice(0, at))
  );
}

/** Full units; a "Net loss" row printed with positive figures throughout is a loss and so negative. Memoised per fact. */
export function fullValue(r: Release, f: Fact, signed: boolean): string {
  const memo = fullValues.get(f) ?? [];
  const k = signed ? 1 : 0;
  if (memo[k] !== undefined) return memo[k]!;
  let v = new Decimal(f.value).times(f.scale);
  if (signed && namesOnlyLoss(f.label)) {
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

type Found = { x: StoredRelease; f: Fact };

/** A heading under which a row stands apart from the company's own figures (a subsidiary, a basis), not "Consolidated". */
const subSection = (f: Fact) =>
  !!f.section &&
  !factHeadings(f).some((h) => rules.consolidatedHeading.test(h));

/**
 * How far a fact is from the company's reported figure: the amount before its ratio, a column of the reported
 * figures before a segment's or an adjustment's, a financial statement before another table (a stock compensation
 * breakdown repeating "Research and development"). Headings count within one table only (rankIn).
 */
const rankOf = (f: Fact) =>
  (f.unit === "percent" ? 4 : 0) +
  (secondaryGroup(f) ? 2 : 0) +
  (f.statement === "other" ? 1 : 0);

/**
 * The figures among which the answer is chosen: of the first one's release and period, the best rank, and within a
 * table the consolidated row before those under a subsidiary's heading. Across tables a heading decides nothing
 * ("OPERATING EXPENSES › Hardware" in the statement, "Hardware" in a breakdown), so differing figures stay for the
 * caller to refuse.
 */
function contenders(found: Found[]): Found[] {
  const first = found[0];
  const same = found.filter(
    (o) =>
      o.x === first.x &&
      o.f.period === first.f.period &&
      rankOf(o.f) === rankOf(first.f),
  );
  const plainIn = new Set(
    same.filter((o) => !subSection(o.f)).map((o) => o.f.table),
  );
  return same.filter((o) => !subSection(o.f) || !plainIn.has(o.f.table));
}

/** A heading as a person would type it: without the dash, colon or footnote marker that ends it on the page. */
export function cleanHeading(h: string): string {
  let s = h.trim();
  for (let i = 0; i < 4 && rules.headingTail.test(s); i++)
    s = s.replace(rules.headingTail, "").trim();
  return s || h.trim();
}

/** The names that qualify a fact in an item argument ("Georgia Power › …"): its headings, column group, table title. */
export function qualifiersOf(r: Release, f: Fact): string[] {
  const title = r.tables[f.table]?.title;
  return [
    ...factHeadings(f).map(cleanHeading),
    ...(f.group ? [f.group] : []),
    ...(title ? [title] : []),
  ];
}

/** The first name that sets a candidate apart from the others (heading, then group, then table title), or null. */
function namingOf(c: Found, all: Found[]): string | null {
  const paths = all.map((o) => factHeadings(o.f).map(cleanHeading));
  const mine = factHeadings(c.f).map(cleanHeading);
  const heading = mine.find((h) => !paths.every((p) => p.includes(h)));
  if (heading) return heading;
  if (c.f.group && !all.every((o) => o.f.group === c.f.group)) return c.f.group;
  const title = c.x.release.tables[c.f.table]?.title;
  const titleOf = (o: Found) => o.x.release.tables[o.f.table]?.title;
  if (title && !all.every((o) => titleOf(o) === title)) return title;
  return null;
}

/** "#N/A: … is given 3 times …": each candidate as it can be named, its figure and line; how to name one. */
function ambiguous(
  what: string,
  period: string,
  cands: Found[],
  signed: boolean,
  why: string,
): Failure {
  const seen = new Set<string>();
  const shown: string[] = [];
  let example: string | null = null;
  for (const c of cands) {
    const naming = namingOf(c, cands);
    const name = naming ? `${naming} › ${c.f.label}` : c.f.label;
    const value = fullValue(c.x.release, c.f, signed);
    const k = `${name}\u0000${value}`;
    if (seen.has(k)) continue;
    seen.add(k);
    example ??= naming ? name : null;
    shown.push(`"${name}" ${formatNumber(value)} (line ${c.f.line})`);
  }
  const more = shown.length > 8 ? `; and ${shown.length - 8} more` : "";
  const how = example
    ? ` — name one as "heading › label", e.g. "${example}"`
    : " — the release does not set them apart by heading, column group or table";
  return {
    ok: false,
    code: "notAvailable",
    message: `${what} for ${period} ${why}: ${shown.slice(0, 8).join("; ")}${more}${how}`,
  };
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
  for (const concept of spec.concepts.length ? spec.concepts : ["*"]) {
    const found: Found[] = [];
    for (const x of rs) {
      const facts =
        concept === "*"
          ? x.release.facts
          : (byConcept.get(x)!.get(concept) ?? []);
      for (const f of facts)
        if ((!pick || pick(f)) && inPeriod(f, columnOf.get(f)))
          found.push({ x, f });
    }
    if (found.length === 0) continue;
    // Newest release first (rs order); within one, the amount before its ratio ("% of Sales" beside it), a
    // consolidated row (no heading, or "Consolidated"), a column of the reported figures (no group, or
    // "Consolidated", "GAAP") and the preferred length first.
    const order = (a: Found) =>
      rs.indexOf(a.x) * 1000 +
      rankOf(a.f) * 100 +
      (subSection(a.f) ? 10 : 0) +
      DURATION_ORDER(a.f.period);
    found.sort((a, b) => order(a) - order(b));
    const peers = contenders(found);
    const best = peers[0];
    const period = best.f.period ?? "that period";
    const value = fullValue(best.x.release, best.f, spec.signed);
    // A figure printed positive under "Net loss" in one table and in parentheses in another is one figure.
    const unsigned = (v: string) => (v.startsWith("-") ? v.slice(1) : v);
    const size = (o: Found) =>
      unsigned(fullValue(o.x.release, o.f, spec.signed));
    if (peers.some((o) => size(o) !== unsigned(value)))
      return ambiguous(
        what,
        period,
        // Every figure of that release and period (but ratios beside amounts): the candidates to choose among.
        found.filter(
          (o) =>
            o.x === best.x &&
            o.f.period === best.f.period &&
            (o.f.unit === "percent") === (best.f.unit === "percent"),
        ),
        spec.signed,
        secondaryGroup(best.f) && !subSection(best.f)
          ? "is given only by column group, with different figures"
          : "is printed more than once with different figures",
      );
    // Only one segment's or adjusted column for the period, beside a heading-less release: still not the company's.
    if (secondaryGroup(best.f) && !pick) {
      return ambiguous(
        what,
        period,
        peers,
        spec.signed,
        `is given only in the "${best.f.group}" column`,
      );
    }
    // The same figure in other releases of the company: a newer release's word stands, an older differing one is a
    // restatement; where a release date is missing, which is newer cannot be told.
    const others = found.filter(
      (o) =>
        o.x !== best.x &&
        o.f.period === best.f.period &&
        rankOf(o.f) === rankOf(best.f) &&
        (o.f.section ?? "") === (best.f.section ?? "") &&
        (o.f.group ?? "") === (best.f.group ?? ""),
    );
    const restatements = others
      .map((o) => ({
        release: o.x,
        value: fullValue(o.x.release, o.f, spec.signed),
      }))
      .filter(
        (o, i, a) =>
          o.value !== value &&
          a.findIndex((p) => p.release === o.release) === i,
      );
    if (
      restatements.length &&
      (!best.x.release.releaseDate ||
        restatements.some((o) => !o.release.release.releaseDate))
    )
      return {
        ok: false,
        code: "notAvailable",
        message: `${what} for ${period} differs between releases of unknown date: ${[{ release: best.x, value }, ...restatements].map((o) => `${formatNumber(o.value)} (${o.release.id})`).join("; ")} — name the release by its id in place of the company`,
      };
    return { ok: true, value, fact: best.f, release: best.x, restatements };
  }
  const have = pick
    ? [
        ...new Set(
          rs.flatMap((x) =>
            x.release.facts
              .filter(
                (f) =>
                  pick(f) &&
                  (spec.concepts.length === 0 ||
                    (!!f.concept &&
                      (spec.concepts as string[]).includes(f.concept))),
              )
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
