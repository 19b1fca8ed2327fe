// Release metadata: the company as the release names itself (before its ticker or as its dateline's subject), the
// ticker and its exchange, and the release date (a label or the dateline; an 8-K's signature, filing or report date
// only when the release gives neither). A filing of another company's statements names that company, and its filer.
import { isoDate, lastDayOfMonth } from "./dates";
import { Metadata } from "./model";
import { monthNumber, rules } from "./rules";
import { namesStatement } from "./statements";

export type { Metadata } from "./model";

/** Lines (not counting blank ones) read from the top of the text, and from the top of each exhibit after it. */
const HEAD_LINES = 80;
/** The most lines a head spans, blank ones included. */
const HEAD_SPAN = 1000;
/** Exhibits whose heads are read ("<TYPE>EX-99.1", "EXHIBIT 99.1"). */
const MAX_EXHIBITS = 4;
/** The part of a long line that is read (a web page's paragraph is one line; what counts stands at its start). */
const MAX_LINE = 2000;
/** A line longer than this was not wrapped: the text has a paragraph a line. */
const UNWRAPPED_LINE = 200;
/** How far into its paragraph a dateline's date may stand. */
const DATELINE_SPAN = 200;
/** Words a company's name may have, and the longest word. */
const MAX_NAME_WORDS = 10;
const MAX_WORD = 40;
/** Lines between a "Date:" line and the "/s/" of the signature it dates. */
const SIGNATURE_REACH = 8;
/** Lines between a company's name and the statement title under it; the longest such line. */
const TITLE_REACH = 3;
const MAX_TITLE = 100;
/** Statement titles whose company is read. */
const MAX_TITLES = 200;
/** How long before the filing's date a dateline without a year may be. */
const REFERENCE_BEFORE = 60;
/** Ticker candidates tried in one paragraph. */
const MAX_TICKERS = 8;

interface Head {
  /** The window's paragraphs, each on one line. */
  paragraphs: string[];
  /** The same with lines laid out in columns (table headers) left out: where dates are looked for. */
  prose: string[];
  /** Index of the window's first line in the text. */
  first: number;
  last: number;
  /** The head holds an 8-K's cover page. */
  cover: boolean;
}

export function readMetadata(text: string): Metadata {
  const lines = splitLines(text);
  const heads = headsOf(lines);
  const ticker = tickerOf(heads);
  const datelines = heads.flatMap((h) =>
    h.prose.map(datelineOf).filter((d) => d !== null),
  );
  const titled = statementCompanies(lines);
  const suffixed = heads.flatMap(suffixNames);
  const known = [...titled, ...suffixed];
  // An 8-K's own text (a cover page, no dateline) is a filing, not a release: a ticker there is the filer's.
  const filing = heads[0].cover && datelines.length === 0;
  const named = filing
    ? null
    : (ticker?.company ??
      datelines.map((d) => subjectOf(d.rest)).find((s) => s !== null) ??
      null);
  const filed = named
    ? null
    : filedCompany(lines, heads, titled, suffixed, ticker?.company ?? null);
  const company = named
    ? spelled(fullName(named, known), heads)
    : filed!.company;
  const filer = filed?.filer;
  // A target's statements: the ticker is the filer's, not the company's.
  const own = filer ? null : ticker;
  const out: Metadata = {
    company,
    ticker: own?.symbol ?? null,
    exchange: own?.exchange ?? null,
    releaseDate: releaseDateOf(heads, datelines, lines),
  };
  if (filer) out.filer = filer;
  return out;
}

/** The text's lines; CRLF and CR line ends as LF (splitting on a string is much faster than on a pattern). */
function splitLines(text: string): string[] {
  return (
    text.includes("\r") ? text.replace(rules.carriageReturn, "\n") : text
  ).split("\n");
}

/** A line cut to the length that is read. */
function cut(l: string): string {
  return l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l;
}

// ---- where to read ----------------------------------------------------------------------------------------------

/** The head of the text, and the head of each exhibit that starts below the lines already read. */
function headsOf(lines: string[]): Head[] {
  const starts = [0];
  for (let i = 1; i < lines.length && starts.length <= MAX_EXHIBITS; i++)
    if (
      i >= starts[starts.length - 1] + HEAD_LINES / 4 &&
      lines[i].trim() !== "" &&
      rules.exhibitStart.test(cut(lines[i]))
    )
      starts.push(i);
  return starts.map((first) => {
    const w = headLines(lines, first);
    return {
      paragraphs: paragraphs(w),
      prose: paragraphs(
        w.map((l) =>
          rules.columnarLine.test(l.trim()) || rules.rule.test(l) ? "" : l,
        ),
      ),
      first,
      last: first + w.length - 1,
      cover: w.some((l) => rules.coverPage.test(l)),
    };
  });
}

/**
 * The window's lines from `first`: up to HEAD_LINES lines that are not blank (a copied web page puts blank lines
 * between all others), at most HEAD_SPAN lines in all, each cut to MAX_LINE characters.
 */
function headLines(lines: string[], first: number): string[] {
  const out: string[] = [];
  let filled = 0;
  for (
    let i = first;
    i < lines.length && filled < HEAD_LINES && i < first + HEAD_SPAN;
    i++
  ) {
    const l =
      lines[i].length > MAX_LINE ? lines[i].slice(0, MAX_LINE) : lines[i];
    if (l.trim() !== "") filled++;
    out.push(l);
  }
  return out;
}

/**
 * Lines joined into paragraphs (a blank line ends one), white space folded. Where a line of prose is longer than a
 * wrapped one can be (a web page's text: one line a paragraph, blank lines or not), each line is a paragraph; a
 * wide table row or rule does not count.
 */
function paragraphs(lines: string[]): string[] {
  const unwrapped = lines.some(
    (l) =>
      l.length > UNWRAPPED_LINE &&
      !rules.columnarLine.test(l.trim()) &&
      !rules.rule.test(l),
  );
  const out: string[] = [];
  let cur: string[] = [];
  for (const l of lines) {
    const t = l.trim();
    if (t === "" || unwrapped) {
      if (cur.length) out.push(cur.join(" "));
      cur = [];
    }
    if (t !== "") cur.push(t.replace(rules.whiteRun, " "));
  }
  if (cur.length) out.push(cur.join(" "));
  return out;
}

// ---- ticker and names -------------------------------------------------------------------------------------------

interface Ticker {
  symbol: string;
  exchange: string | null;
  company: string | null;
}

/** The first ticker of the heads, its exchange, and the name standing before it. */
function tickerOf(heads: Head[]): Ticker | null {
  for (const h of heads)
    for (const p of h.paragraphs) {
      let n = 0;
      for (const m of p.matchAll(rules.tickerParen)) {
        if (++n > MAX_TICKERS) break;
        if (m[2] !== m[2].toUpperCase()) continue;
        return {
          symbol: m[2],
          exchange: exchangeName(m[1]),
          company: nameBefore(p.slice(Math.max(0, m.index - 400), m.index)),
        };
      }
      const s = rules.tickerSymbolWord.exec(p);
      if (s)
        return {
          symbol: s[1],
          exchange: null,
          company: nameBefore(p.slice(Math.max(0, s.index - 400), s.index)),
        };
    }
  return null;
}

function exchangeName(written: string): string | null {
  const w = written.replace(rules.whiteRun, " ").trim();
  for (const [re, name] of rules.exchangeNames) if (re.test(w)) return name;
  return null;
}

function words(text: string): string[] {
  return text
    .replace(rules.nameMarks, "")
    .split(rules.nameTokenSplit)
    .filter((w) => w !== "");
}

/** A word of a name: see rules.nameWord; a corporate suffix in any case counts ("salesforce.com, inc."). */
function isNameWord(w: string): boolean {
  return (
    w.length <= MAX_WORD &&
    (rules.nameWord.test(w) || rules.corporateSuffix.test(w))
  );
}

function isSuffix(w: string): boolean {
  return rules.corporateSuffix.test(w.replace(rules.trailingComma, ""));
}

/**
 * The words of a name, checked: each a name word; a comma only before a corporate suffix ("Acme, Inc.") or once
 * in a partnership's name ("Sears, Roebuck and Co."). Null when they do not make a name.
 */
function asName(ws: string[]): string | null {
  if (ws.length === 0 || ws.length > MAX_NAME_WORDS) return null;
  let commas = 0;
  for (let i = 0; i < ws.length; i++) {
    const bare = ws[i].replace(rules.trailingComma, "");
    if (!isNameWord(bare)) return null;
    if (bare !== ws[i] && i < ws.length - 1 && !isSuffix(ws[i + 1])) commas++;
  }
  const last = ws[ws.length - 1];
  if (last.endsWith(",")) return null;
  if (commas > 1) return null;
  if (
    commas === 1 &&
    !(isSuffix(last) && ws.some((w) => w === "and" || w === "&"))
  )
    return null;
  return trimCompany(ws);
}

/** The name that ends where a ticker's parenthesis opens: the longest run of name words before it. */
function nameBefore(text: string): string | null {
  const ws = words(text);
  let best: string | null = null;
  for (let k = 1; k <= Math.min(MAX_NAME_WORDS, ws.length); k++) {
    const tail = ws.slice(ws.length - k);
    if (!isNameWord(tail[0].replace(rules.trailingComma, ""))) break;
    const name = asName(tail);
    if (name) best = name;
  }
  return best;
}

/**
 * A dateline's subject: the name its sentence starts with, up to its verb, its ticker, or an apposition after a
 * comma ("Apple® today announced", "Gadget Corp. (NYSE: …", "Acme, a maker of widgets, said").
 */
function subjectOf(rest: string): string | null {
  const ws = words(rest.slice(0, 400));
  for (let k = Math.min(MAX_NAME_WORDS, ws.length - 1); k >= 1; k--) {
    const next = ws[k];
    const last = ws[k - 1];
    const ends =
      rules.subjectVerb.test(next) ||
      next.startsWith("(") ||
      (last.endsWith(",") &&
        (isSuffix(last) || rules.appositiveStart.test(next)));
    if (!ends) continue;
    const name = asName(
      ws
        .slice(0, k)
        .map((w, i) => (i === k - 1 ? w.replace(rules.trailingComma, "") : w)),
    );
    if (name) return name;
  }
  return null;
}

/**
 * Drops leading words that are not part of a name: a headline or a dateline city in capitals before a name in
 * mixed case ("LOS ANGELES HemaCare Corporation"), and a leading "of", "and" or lower-case "the". One word in
 * capitals before mixed-case words is kept: it is the name's own ("ACME Widgets Corporation"). Words of a headline
 * in title case end at a verb or preposition ("Results Announced By Acme Corp."). A name of only
 * words that stand for any company ("The Company") is none.
 */
function trimCompany(ws: string[]): string | null {
  const caps = (w: string) => rules.allCapsWord.test(w);
  let start = 0;
  for (let i = 2; i < ws.length; i++)
    if (rules.mixedCaseWord.test(ws[i]) && caps(ws[i - 1]) && caps(ws[i - 2]))
      start = i;
  for (let i = start; i < ws.length - 1; i++)
    if (rules.nameBreakWord.test(ws[i])) start = i + 1;
  while (start < ws.length - 1 && rules.nameLeadingConnective.test(ws[start]))
    start++;
  const kept = ws.slice(start);
  if (
    kept.every(
      (w) =>
        rules.genericNameWord.test(w) || rules.nameLeadingConnective.test(w),
    )
  )
    return null;
  const name = kept.join(" ").replace(rules.trailingComma, "");
  return name.length >= 2 ? name : null;
}

/** Every name ending in a corporate suffix in a head's paragraphs ("© 2024 Apple Inc. All rights reserved"). */
function suffixNames(h: Head): string[] {
  const out: string[] = [];
  for (const p of h.paragraphs) {
    const ws = words(p);
    for (let i = 0; i < ws.length; i++) {
      if (!isSuffix(ws[i]) || ws[i].endsWith(",")) continue;
      // "Sears, Roebuck and Co., the retailer": a comma after the suffix ends the name.
      const name = nameBefore(
        ws.slice(Math.max(0, i - MAX_NAME_WORDS + 1), i + 1).join(" "),
      );
      if (name && !isSuffix(name)) out.push(name);
    }
  }
  return out;
}

/** A name without its corporate suffix made whole from the release's own spelling ("Apple" → "Apple Inc."). */
function fullName(name: string, known: string[]): string {
  const ws = name.split(" ");
  if (isSuffix(ws[ws.length - 1])) return name;
  return (
    known.find(
      (k) =>
        k.startsWith(name) &&
        (k[name.length] === " " || k[name.length] === ","),
    ) ?? name
  );
}

/** A name in capitals ("JUNGLEE CORP.") as the release spells it in mixed case elsewhere, if it does. */
function spelled(name: string, heads: Head[]): string {
  if (rules.mixedCaseWord.test(name)) return name;
  const want = name.toLowerCase();
  for (const h of heads)
    for (const p of h.paragraphs) {
      const low = p.toLowerCase();
      for (
        let at = low.indexOf(want);
        at !== -1;
        at = low.indexOf(want, at + 1)
      ) {
        const found = p.slice(at, at + name.length);
        if (rules.mixedCaseWord.test(found)) return found;
      }
    }
  return name;
}

/** A name reduced for comparison: lower case, no punctuation, no "The", no corporate suffix. */
function nameKey(name: string): string {
  const ws = name
    .toLowerCase()
    .replace(rules.subsidiariesTail, "")
    .split(rules.whiteRun)
    .map((w) => w.replace(rules.nonWordChars, ""))
    .filter((w) => w !== "" && w !== "the");
  while (ws.length > 1 && isSuffix(ws[ws.length - 1])) ws.pop();
  return ws.join(""); // "AMAZON COM INC" (EDGAR's spelling) and "Amazon.com, Inc." are one name
}

/** The one company all statement headings name, or null (none, or several: a parent and its subsidiaries). */
function oneCompany(names: string[]): string | null {
  if (names.length === 0) return null;
  const key = nameKey(names[0]);
  return names.every((n) => nameKey(n) === key) ? names[0] : null;
}

/** The names standing over statement titles ("JUNGLEE CORP." over "BALANCE SHEETS"), in order. */
function statementCompanies(lines: string[]): string[] {
  const out: string[] = [];
  let prev: string | null = null;
  let prevAt = -1;
  for (let i = 0; i < lines.length && out.length < MAX_TITLES; i++) {
    const t = lines[i].length > MAX_LINE ? "" : lines[i].trim();
    if (t === "") continue;
    if (
      prev !== null &&
      i - prevAt <= TITLE_REACH &&
      t.length <= MAX_TITLE &&
      namesStatement(t) &&
      !rules.sentenceEnd.test(t)
    ) {
      const name = companyLine(prev);
      if (name) out.push(name);
    }
    prev = t.length <= MAX_TITLE ? t : null;
    prevAt = i;
  }
  return out;
}

/** A line that is only a company's name, perhaps "… AND SUBSIDIARIES": the name, or null. */
function companyLine(line: string): string | null {
  const ws = words(line.replace(rules.subsidiariesTail, ""));
  if (ws.length === 0 || !isSuffix(ws[ws.length - 1])) return null;
  return asName(ws);
}

/**
 * The company of a filing whose text names none as a release does (no dateline, and no ticker outside an 8-K's
 * own text): the one company its statement titles name, with the filer when that is another (a target's statements
 * in an acquirer's 8-K); else the filer (the cover's registrant, EDGAR's conformed name, the name before a ticker);
 * else the first name with a corporate suffix. Each as the text spells it best (mixed case).
 */
function filedCompany(
  lines: string[],
  heads: Head[],
  titled: string[],
  suffixed: string[],
  tickered: string | null,
): { company: string | null; filer?: string } {
  const known = [...titled, ...suffixed];
  const registrant = registrantOf(lines, heads[0]);
  if (tickered) registrant.push(tickered);
  const target = oneCompany(titled);
  const best = (name: string) =>
    bestSpelling(name, [...registrant, ...known], heads);
  if (
    target &&
    (registrant.length === 0 || nameKey(target) !== nameKey(registrant[0]))
  ) {
    const out: { company: string | null; filer?: string } = {
      company: best(target),
    };
    if (registrant.length) out.filer = best(registrant[0]);
    return out;
  }
  const first = registrant[0] ?? suffixed[0] ?? null;
  return { company: first ? best(first) : null };
}

/** Of the spellings of one name, the first in mixed case ("Amazon.com, Inc." over "AMAZON COM INC"). */
function bestSpelling(name: string, others: string[], heads: Head[]): string {
  const key = nameKey(name);
  const forms = [name, ...others.filter((o) => nameKey(o) === key)].map((f) =>
    spelled(f, heads),
  );
  return forms.find((f) => rules.mixedCaseWord.test(f)) ?? name;
}

/** The filer's names: the 8-K cover's "(Exact name of registrant …)" line, then EDGAR's conformed name. */
function registrantOf(lines: string[], head: Head): string[] {
  const out: string[] = [];
  for (let i = head.first; i <= head.last && out.length === 0; i++) {
    if (!rules.registrantLabel.test(cut(lines[i]))) continue;
    for (let j = i - 1; j >= Math.max(head.first, i - 4); j--) {
      const t = cut(lines[j]).trim();
      if (t === "" || rules.rule.test(t)) continue;
      const name = companyLine(t);
      if (name) out.push(name);
      break;
    }
  }
  const m = rules.edgarCompanyName.exec(
    lines.slice(head.first, head.last + 1).join("\n"),
  );
  if (m) out.push(m[1].replace(rules.edgarStateTag, "").trim());
  return out;
}

// ---- the release date -------------------------------------------------------------------------------------------

interface Dateline {
  date: string | null;
  /** A date without its year. */
  monthDay: { m: number; d: number } | null;
  /** The paragraph after the dateline: its subject first. */
  rest: string;
}

function parseDate(text: string): string | null {
  const m = rules.monthDayYear.exec(text);
  if (!m || !m[3]) return null;
  const y = Number(m[3]);
  const mo = monthNumber(m[1]);
  const d = Number(m[2]);
  if (d < 1 || d > lastDayOfMonth(y, mo)) return null;
  return isoDate({ y, m: mo, d });
}

/**
 * A paragraph's dateline: a place in capitals, a state, perhaps a wire service, a date, then a dash
 * ("CINCINNATI, Ohio, February 8, 1994 ---", "NEW YORK, Jan. 20, 2004 /PRNewswire/ --", "SPRINGFIELD (February 14,
 * 1995) --"); or, without a date, a place and a dash ("CUPERTINO, CALIFORNIA — Apple").
 */
function datelineOf(p: string): Dateline | null {
  const span = p.slice(0, DATELINE_SPAN + 40);
  for (const m of span.matchAll(rules.datelineDate)) {
    if (m.index > DATELINE_SPAN) break;
    const before = span.slice(0, m.index);
    const after = span.slice(m.index + m[0].length);
    if (!placeWords(before)) continue;
    if (
      rules.periodDateBefore.test(before) ||
      rules.periodDateAfter.test(after)
    )
      continue;
    const sep = separatorLength(before, after);
    if (sep === null) continue;
    const month = monthNumber(m[1]);
    const day = Number(m[2]);
    return {
      date: m[3] ? dayOf(Number(m[3]), month, day) : null,
      monthDay: m[3] ? null : { m: month, d: day },
      rest: p.slice(m.index + m[0].length + sep),
    };
  }
  const place = rules.datelinePlace.exec(span);
  return place
    ? { date: null, monthDay: null, rest: p.slice(place[0].length) }
    : null;
}

/** An ISO date, or null when the day does not exist. */
function dayOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return null;
  return isoDate({ y, m, d });
}

/** Days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86400000;
}

/**
 * The year of a dateline that gives none ("CHICAGO, Jan. 21 /PRNewswire/ --"), from the filing's own date: the
 * year that puts the dateline at most REFERENCE_BEFORE days before that date (or a week after it). Null without
 * a filing date, or when no year fits.
 */
function withYear(
  md: { m: number; d: number },
  ref: string | null,
): string | null {
  if (!ref) return null;
  const y = Number(ref.slice(0, 4));
  for (const year of [y, y - 1]) {
    const date = dayOf(year, md.m, md.d);
    if (!date) continue;
    const lag = daysBetween(date, ref);
    if (lag >= -7 && lag <= REFERENCE_BEFORE) return date;
  }
  return null;
}

/**
 * How much of the text after a dateline's date separates it from the sentence: a dash or a wire service
 * (rules.datelineAfterDate); the parenthesis that holds the date ("HOUSTON (January 20, 2004) Acme"); or, after a
 * place that ends in a comma, a comma or nothing, when a company's name and its verb follow ("SAN DIEGO,
 * California, January 20, 2004, Acme Corp. today announced"). Null when the date is no dateline's.
 */
function separatorLength(before: string, after: string): number | null {
  const dash = rules.datelineAfterDate.exec(after);
  if (dash) return dash[0].length;
  const b = before.trimEnd();
  if (b.endsWith("(") && after.startsWith(")")) return 1;
  if (!b.endsWith(",")) return null;
  const comma = rules.leadingComma.exec(after)![0].length;
  return subjectOf(after.slice(comma)) ? comma : null;
}

/** Text before a dateline's date: only capitalised words (a place, a state, "(BUSINESS WIRE)"), or nothing. */
function placeWords(text: string): boolean {
  const ws = text.split(rules.whiteRun).filter((w) => w !== "");
  if (ws.length > 12) return false;
  return ws.every((w) => {
    const bare = w.replace(rules.datelinePunctuation, "");
    return bare === "" || rules.capitalised.test(bare);
  });
}

/**
 * The release date, in order of trust: a labelled one; the dateline's; a date alone at the top of the release; a
 * "Date:" line (the release's header, an 8-K's signature); EDGAR's filing date; the 8-K's date of report.
 */
function releaseDateOf(
  heads: Head[],
  datelines: Dateline[],
  lines: string[],
): string | null {
  for (const h of heads)
    for (const p of h.prose) {
      const m = rules.releaseDateLabel.exec(p);
      const d = m && parseDate(m[1]);
      if (d) return d;
    }
  for (const d of datelines) if (d.date) return d.date;
  for (const h of heads) {
    const d = loneDateOf(h);
    if (d) return d;
  }
  const filed =
    dateLineOf(lines, heads) ??
    edgarDate(rules.edgarFiledDate, lines, heads[0]) ??
    reportDateOf(lines, heads[0]) ??
    edgarDate(rules.edgarPeriodOfReport, lines, heads[0]);
  const yearless = datelines.find((d) => d.monthDay !== null);
  // A dateline without a year still says the day: the filing's date is no fallback for it.
  return yearless ? withYear(yearless.monthDay!, filed) : filed;
}

/**
 * A date alone in its paragraph below a release's heading ("FOR IMMEDIATE RELEASE", "Contact:") and above the
 * first sentence and the first statement title, in a head that is not an 8-K's cover page (whose date is the
 * report's).
 */
function loneDateOf(h: Head): string | null {
  if (h.cover) return null;
  let marked = false;
  for (const p of h.prose) {
    if (rules.sentenceWord.test(p) || namesStatement(p)) return null;
    const m = marked && rules.loneDate.exec(p);
    if (m) return parseDate(m[1]);
    marked ||= rules.releaseMarker.test(p);
  }
  return null;
}

/** The first "Date:" line in a head, or one dating a signature ("Dated: August 27, 1998   By: /s/ …") anywhere. */
function dateLineOf(lines: string[], heads: Head[]): string | null {
  const inHead = (i: number) => heads.some((h) => i >= h.first && i <= h.last);
  const signed: number[] = [];
  lines.forEach((l, i) => {
    if (l.includes("/") && rules.signatureMark.test(cut(l))) signed.push(i);
  });
  let s = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i] === "" ? null : rules.dateLabelLine.exec(cut(lines[i]));
    if (!m) continue;
    while (s < signed.length && signed[s] < i - SIGNATURE_REACH) s++;
    const nearSignature = s < signed.length && signed[s] <= i + SIGNATURE_REACH;
    const d = (inHead(i) || nearSignature) && parseDate(m[1]);
    if (d) return d;
  }
  return null;
}

function edgarDate(re: RegExp, lines: string[], head: Head): string | null {
  const m = re.exec(lines.slice(head.first, head.last + 1).join("\n"));
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return null;
  return isoDate({ y, m: mo, d });
}

/** An 8-K cover's date of report: on the label's line, or on a line just above the label. */
function reportDateOf(lines: string[], head: Head): string | null {
  for (let i = head.first; i <= head.last; i++) {
    const l = lines[i].slice(0, MAX_LINE);
    const at = l.search(rules.dateOfReportLabel);
    if (at === -1) continue;
    const same = parseDate(l.slice(at));
    if (same) return same;
    for (let j = i - 1; j >= Math.max(head.first, i - TITLE_REACH); j--) {
      const t = lines[j].slice(0, MAX_LINE).trim();
      if (t === "" || rules.rule.test(t)) continue;
      const m = rules.loneDate.exec(t);
      return m ? parseDate(m[1]) : null;
    }
  }
  return null;
}
