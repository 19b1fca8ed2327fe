// Periods: a column's header (plus the table's title lines and the release's own statements of its fiscal
// calendar) → a canonical calendar id. One rule names every duration: the date 45 days before its end date gives
// the calendar quarter and year (Q2-2003, 6M-2003, 9M-2003, FY2003); an instant is its ISO date (2003-06-30).
// A column whose end date or length the release does not give gets null and a reason — never a guess.
import { canonicalId, DAY_MS, isoDate, lastDayOfMonth, YMD } from "./dates";
import { monthNumber, rules } from "./rules";

/** What one column's header says. Fields stay undefined when it does not say. */
export interface HeaderPeriod {
  months?: 3 | 6 | 9 | 12;
  instant?: boolean;
  end?: YMD;
  /** Month known but not the day ("3 Months Ended December | 2004"): the month's last day. */
  monthOnly?: boolean;
  year?: number;
  fiscalQuarter?: number;
  fiscalYear?: boolean;
  percent?: boolean;
  change?: boolean;
  /** The header lists several end dates and none is the column's own ("July 3, 2004 and June 28, 2003"). */
  manyDates?: boolean;
  /** A column of expectations ("Outlook", "Guidance"): no reported period. */
  forecast?: boolean;
  /** The end dates a spanning header lists, one per column (ISO, sorted), when the column's year picked its own. */
  listed?: string[];
  /** "Year-to-Date": from the start of the fiscal year, a length only the release's calendar gives. */
  ytd?: boolean;
}

export interface ResolvedPeriod {
  period: string | null;
  /** The period's last day (or the instant), ISO. */
  end?: string;
  fiscalPeriod?: string;
  percent?: boolean;
  /** Why the period is null, when it is and the column is a period column. */
  reason?: string;
}

/** The release's fiscal calendar: for a fiscal year label, the date its year ends. */
export interface FiscalCalendar {
  yearEnd(fiscalYear: number): YMD | null;
  /** The company's own quarter id ("FQ1-2024") for a quarter ending on `end`, where the calendar is known. */
  fiscalQuarterOf(end: YMD): string | null;
}

const dayNumber = (d: YMD) => Date.UTC(d.y, d.m - 1, d.d) / DAY_MS;

/** Quarter ends may drift a few days from month ends (52/53-week years). */
const QUARTER_END_SLACK_DAYS = 10;
/** How long after a calendar quarter's end a release of that quarter's results comes out (its 10-Q is due in 45). */
const CALENDAR_RELEASE_DAYS = 75;

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

function ymd(y: number, m: number, d: number | null): YMD {
  return { y, m, d: d ?? lastDayOfMonth(y, m) };
}

function addMonths(d: YMD, n: number): YMD {
  const t = d.y * 12 + (d.m - 1) + n;
  const y = Math.floor(t / 12);
  const m = (t % 12) + 1;
  return { y, m, d: Math.min(d.d, lastDayOfMonth(y, m)) };
}

function twoDigitYear(s: string): number {
  const n = Number(s);
  if (s.length === 4) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

function monthsFromWeeks(w: number): 3 | 6 | 9 | 12 | undefined {
  if (w >= 12 && w <= 17) return 3;
  if (w >= 24 && w <= 28) return 6;
  if (w >= 36 && w <= 40) return 9;
  if (w >= 52 && w <= 53) return 12;
  return undefined;
}

const WORD_NUMBER: Record<string, number> = {
  three: 3,
  six: 6,
  nine: 9,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  sixteen: 16,
  "twenty four": 24,
  "twenty six": 26,
  "twenty eight": 28,
  "thirty six": 36,
  "thirty nine": 39,
  forty: 40,
  "fifty two": 52,
  "fifty three": 53,
};

function wordNumber(s: string): number {
  const k = s.toLowerCase().replace(/[\s-]+/g, " ");
  return WORD_NUMBER[k] ?? Number(k);
}

/** The length a phrase names: "Three Months Ended", "13 weeks", "Fourth Quarter", "Year Ended", "4 QUARTERS". */
export function durationOf(text: string): {
  months?: 3 | 6 | 9 | 12;
  fiscalQuarter?: number;
  fiscalYear?: boolean;
} {
  const m = rules.durationMonths.exec(text);
  if (m) return { months: wordNumber(m[1]) as 3 | 6 | 9 | 12 };
  const w = rules.durationWeeks.exec(text);
  if (w) {
    const months = monthsFromWeeks(wordNumber(w[1]));
    if (months) return { months };
  }
  if (rules.fourQuarters.test(text)) return { months: 12, fiscalYear: true };
  const q = rules.quarterOrdinal.exec(text);
  if (q) {
    return {
      months: 3,
      fiscalQuarter: q[1] ? ordinalNumber(q[1]) : Number(q[2] ?? q[3]),
    };
  }
  if (rules.quarterWord.test(text)) return { months: 3 };
  if (rules.halfWord.test(text)) return { months: 6 };
  if (rules.yearToDate.test(text)) return {};
  if (rules.yearWord.test(text) || rules.fiscalWord.test(text))
    return { months: 12, fiscalYear: true };
  return {};
}

function ordinalNumber(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith("fir") || w === "1st") return 1;
  if (w.startsWith("sec") || w === "2nd") return 2;
  if (w.startsWith("thi") || w === "3rd") return 3;
  return 4;
}

const headerReadings = new Map<string, HeaderPeriod>();

/** Reads one column's header text (its cells joined top to bottom); remembered, as every stage asks again. */
export function readHeader(text: string): HeaderPeriod {
  let hit = headerReadings.get(text);
  if (!hit) {
    if (headerReadings.size > 5000) headerReadings.clear();
    headerReadings.set(text, (hit = readHeaderText(text)));
  }
  return { ...hit, ...(hit.end ? { end: { ...hit.end } } : {}) };
}

function readHeaderText(text: string): HeaderPeriod {
  const out: HeaderPeriod = {};
  if (
    rules.percentHeader.test(text) &&
    !rules.durationMonths.test(text.replace(rules.percentHeader, ""))
  ) {
    out.change = true;
    out.percent = /%|percent|pct/i.test(text);
    return out;
  }
  Object.assign(out, durationOf(text));
  if (rules.forecastHeader.test(text)) out.forecast = true;
  if (rules.yearToDate.test(text)) out.ytd = true;
  if (rules.asOf.test(text) && !out.months) out.instant = true;
  const own = ownDate(text);
  if (own === "ambiguous") {
    out.manyDates = true;
    return out;
  }
  if (own) {
    out.end = own.end;
    out.year = own.year;
    out.listed = own.listed;
    return out;
  }
  const years = [...text.matchAll(rules.yearToken)].map((m) => Number(m[1]));
  let m: RegExpExecArray | null;
  if ((m = rules.isoDate.exec(text)))
    out.end = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = rules.monthDayYear.exec(text)) && (m[3] || years.length))
    out.end = ymd(
      Number(m[3] ?? years[years.length - 1]),
      monthNumber(m[1]),
      Number(m[2]),
    );
  else if ((m = rules.dayMonthYear.exec(text)))
    out.end = ymd(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  else if ((m = rules.numericDate.exec(text)))
    out.end = ymd(twoDigitYear(m[3]), Number(m[1]), Number(m[2]));
  else if (
    (m = rules.numericMonthDay.exec(text)) &&
    years.length &&
    validDay(years[years.length - 1], Number(m[1]), Number(m[2]))
  )
    out.end = ymd(years[years.length - 1], Number(m[1]), Number(m[2]));
  else if ((m = rules.monthOnly.exec(text)) && years.length) {
    out.end = ymd(years[years.length - 1], monthNumber(m[1]), null);
    out.monthOnly = true;
  }
  if (years.length) out.year = years[0];
  else if (
    (m = rules.shortFiscalYear.exec(text) ?? rules.quarterShortYear.exec(text))
  )
    out.year = twoDigitYear(m[1]);
  // A date of its own (m/d/y) below a fiscal label ("4TH QUARTER | 1993 | 1/1/94"): the label names the fiscal year.
  if (out.end && years.length === 0 && out.fiscalQuarter) out.year = undefined;
  return out;
}

/**
 * A spanning header that lists one end date per column ("For the 13 Weeks Ended | July 3, 2004 and June 28, 2003 |
 * 2004"): the column's own year, standing apart from the dates, picks its date. Null when the header has fewer
 * than two distinct dates; "ambiguous" when it has several and no year of its own picks exactly one.
 */
function ownDate(
  text: string,
): { end: YMD; year: number; listed: string[] } | "ambiguous" | null {
  const dates = [...text.matchAll(rules.fullDates)].map((m) =>
    ymd(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  );
  const distinct = new Set(dates.map(isoDate));
  if (distinct.size < 2) return null;
  const rest = text.replace(rules.fullDates, " ");
  const years = new Set(
    [...rest.matchAll(rules.yearToken)].map((m) => Number(m[1])),
  );
  if (years.size !== 1) return "ambiguous";
  const year = [...years][0];
  const picked = new Set(dates.filter((d) => d.y === year).map(isoDate));
  if (picked.size !== 1) return "ambiguous";
  return {
    end: dates.find((d) => d.y === year)!,
    year,
    listed: [...distinct].sort(),
  };
}

/** A phrase in a table's title giving end dates to its year columns. */
interface TitlePhrase {
  months?: 3 | 6 | 9 | 12;
  instant: boolean;
  month: number;
  day: number;
  years: number[]; // empty: applies to any year
  /** The years of a list of full dates ("ENDED JULY 3, 2004 AND JUNE 28, 2003"), one per year column. */
  listed?: number[];
}

/** "YEAR ENDED DECEMBER 31, 1997 AND 1996", "SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997", "DECEMBER 31, 1997 AND 1996". */
export function readTitle(text: string): TitlePhrase[] {
  const out: TitlePhrase[] = [];
  // "THREE AND SIX MONTHS ENDED …": the title names two lengths and does not say which column has which.
  const mixed = rules.twoLengths.test(text);
  for (const m of text.matchAll(rules.endedPhrase)) {
    const d = m[1] && !mixed ? durationOf(m[1]) : {};
    out.push({
      months: d.months,
      instant: false,
      month: monthNumber(m[2]),
      day: Number(m[3]),
      years: m[4]
        ? [...m[4].matchAll(rules.yearToken)].map((y) => Number(y[1]))
        : [],
    });
    // "… ENDED JULY 3, 2004 AND JUNE 28, 2003": each further date ends the same length in its own year.
    if (!m[4]) continue;
    const first = out[out.length - 1];
    const more = rules.andFullDate;
    more.lastIndex = m.index + m[0].length;
    let a: RegExpExecArray | null;
    while ((a = more.exec(text)))
      out.push({
        months: d.months,
        instant: false,
        month: monthNumber(a[1]),
        day: Number(a[2]),
        years: [Number(a[3])],
      });
    const list = out.slice(out.indexOf(first));
    if (list.length > 1) {
      const listed = list.flatMap((x) => x.years);
      for (const x of list) x.listed = listed;
    }
  }
  if (out.length === 0)
    for (const m of text.matchAll(rules.datesPhrase))
      out.push({
        instant: true,
        month: monthNumber(m[1]),
        day: Number(m[2]),
        years: [...m[3].matchAll(rules.yearToken)].map((y) => Number(y[1])),
      });
  return out;
}

export interface PeriodContext {
  /** The table's title lines joined. */
  title: string;
  /** The table is a balance sheet: a date without a length is an instant. */
  balance: boolean;
  calendar: FiscalCalendar;
  /** Every column header of the table (this one too), where the caller knows them. */
  siblings?: string[];
}

/**
 * A title's list of dates ("52 WEEKS ENDED JANUARY 29, 2005 AND JANUARY 31, 2004") gives its dates to the table's
 * year columns only when every year column has its date there: columns "2004  2003" under it label fiscal years.
 */
function pairsEveryYear(p: TitlePhrase, siblings?: string[]): boolean {
  if (!p.listed || !siblings) return true;
  return siblings
    .map(readHeader)
    .filter((h) => !h.end && !h.change && h.year !== undefined)
    .every((h) => p.listed!.includes(h.year!));
}

/**
 * The columns under a header listing one date per column pair with those dates one to one: their years are the
 * dates' years. A retailer's "52 Weeks Ended January 29, 2005 and January 31, 2004" over "2004  2003" labels
 * fiscal years, not the dates' years: no pairing, so no period.
 */
function pairsEveryDate(listed: string[], siblings?: string[]): boolean {
  if (!siblings) return true;
  const key = listed.join();
  const years = new Set<number>();
  for (const s of siblings) {
    const h = readHeader(s);
    if (h.listed?.join() === key && h.year !== undefined) years.add(h.year);
  }
  const dateYears = new Set(listed.map((d) => Number(d.slice(0, 4))));
  return (
    years.size === dateYears.size && [...years].every((y) => dateYears.has(y))
  );
}

/**
 * A fiscal label ("1ST QTR | 1994", "Fiscal 1994") under a title's month and day ("Three Months Ended March 31"):
 * the n-th quarter of a year ends in month 3n only when that year ends in December, so a date in month 3n (or in
 * the first days of the next month, for a 52/53-week year) states a calendar year, and the label is the year the
 * quarter ends in. Any other month leaves the label's year unknown: null.
 */
function calendarLabelEnd(h: HeaderPeriod, p: TitlePhrase): YMD | null {
  const n = h.fiscalQuarter ?? (h.fiscalYear ? 4 : 0);
  if (!n || h.year === undefined) return null;
  if (p.years.length && !p.years.includes(h.year)) return null;
  if (p.month === 3 * n) return ymd(h.year, p.month, p.day);
  if (p.month === ((3 * n) % 12) + 1 && p.day <= EARLY_DAYS && !p.years.length)
    return ymd(n === 4 ? h.year + 1 : h.year, p.month, p.day);
  return null;
}

/** A 52/53-week period may end this many days into the month after the calendar quarter's end. */
const EARLY_DAYS = 7;

/** Resolves one column. */
export function resolvePeriod(
  header: string,
  ctx: PeriodContext,
): ResolvedPeriod {
  const h = readHeader(header);
  if (h.change) return { period: null, percent: h.percent };
  if (h.forecast || rules.forecastTitle.test(ctx.title))
    return {
      period: null,
      reason:
        "a column of expectations (outlook, guidance), not a reported period",
    };
  // Twelve months summed up to each column's date ("FREE CASH FLOW - TRAILING 4-QUARTERS" over "Fiscal 2022 | Q2"):
  // not the quarter the header names, and no id names such a period. Said over the whole table, it rules every
  // column whose header states no length of its own.
  if (
    rules.trailingPeriod.test(header) ||
    (rules.trailingPeriod.test(ctx.title) &&
      !h.instant &&
      !rules.durationMonths.test(header) &&
      !rules.durationWeeks.test(header))
  )
    return {
      period: null,
      reason:
        "its figures are trailing twelve-month sums, and no period id names a trailing period",
    };
  if (h.manyDates || (h.listed && !pairsEveryDate(h.listed, ctx.siblings)))
    return {
      period: null,
      reason:
        "the header lists several end dates and does not say which is this column's",
    };
  const fiscalPeriod =
    h.fiscalQuarter && h.year ? `FQ${h.fiscalQuarter}-${h.year}` : undefined;
  const phrases = readTitle(ctx.title);
  let months = h.months;
  let end = h.end;
  let instant = h.instant ?? false;
  // The title completes what the header leaves out: day and month for a year column, the length.
  if (!end && h.year !== undefined) {
    const p = [
      phrases.find((x) => x.years.includes(h.year!)),
      phrases.find((x) => x.years.length === 0),
    ].find((x) => x && pairsEveryYear(x, ctx.siblings));
    if (p && !(h.fiscalQuarter || (h.fiscalYear && !h.months))) {
      end = ymd(h.year, p.month, p.day);
      if (!months && p.months) months = p.months;
      if (p.instant) instant = true;
    } else if (p && !p.instant) {
      const placed = calendarLabelEnd(h, p);
      if (placed) end = placed;
    }
  }
  // A balance sheet's dates are instants: a length the title states ("… for the quarter ended September 30, 2004"
  // read above it) is another table's.
  if (!months && !instant && end && !ctx.balance) {
    const lengths = new Set(
      phrases
        .filter(
          (p) => p.months && (p.years.length === 0 || p.years.includes(end!.y)),
        )
        .map((p) => p.months),
    );
    if (lengths.size === 1) months = [...lengths][0];
    else {
      const bare = rules.twoLengths.test(ctx.title)
        ? undefined
        : durationOf(ctx.title).months;
      if (bare) months = bare;
    }
  }
  // "Year-to-Date | September 30, 2004": as long as the quarters of the stated fiscal year up to that date.
  if (!months && h.ytd && end) {
    const fq = ctx.calendar.fiscalQuarterOf(end);
    if (fq) months = (3 * Number(fq[2])) as 3 | 6 | 9 | 12;
  }
  // A fiscal label with no date ("Fourth Quarter 2004", "4 QUARTERS 1993"): the release's calendar may place it.
  if (
    !end &&
    h.year !== undefined &&
    months &&
    (h.fiscalQuarter || h.fiscalYear)
  ) {
    const fye = ctx.calendar.yearEnd(h.year);
    if (!fye)
      return {
        period: null,
        fiscalPeriod,
        reason: `the release does not say when fiscal ${h.year} ends`,
      };
    end = h.fiscalQuarter ? addMonths(fye, -3 * (4 - h.fiscalQuarter)) : fye;
  }
  if (!end) {
    if (h.year !== undefined)
      return {
        period: null,
        fiscalPeriod,
        reason: `no end date for ${h.year} in the header or the title`,
      };
    return { period: null, fiscalPeriod, reason: "no date in the header" };
  }
  if (months)
    return {
      period: canonicalId(months, end),
      end: isoDate(end),
      // The company's own numbering: from the header ("Q2 FY2004"), else placed by the calendar the release states.
      fiscalPeriod:
        fiscalPeriod ??
        (months === 3
          ? (ctx.calendar.fiscalQuarterOf(end) ?? undefined)
          : undefined),
    };
  if (instant || ctx.balance) {
    if (h.monthOnly)
      return {
        period: null,
        reason: `no day of the month for a balance-sheet date (${header})`,
      };
    return { period: isoDate(end), end: isoDate(end), fiscalPeriod };
  }
  return {
    period: null,
    fiscalPeriod,
    reason: `no length of period (three months, year …) for ${isoDate(end)}`,
  };
}

/**
 * Learns the fiscal calendar from what the release states: a header with a fiscal label and its own end date
 * ("4TH QUARTER | 1993 | 1/1/94"), or narrative such as "the second quarter ended June 30, 2003" or "the fourth
 * quarter of fiscal 2023 ended January 28, 2023". Year-end months from June to December name the fiscal year by
 * the calendar year it ends in; earlier ones need the release to state the label.
 */
export function learnCalendar(
  headers: string[],
  narrative: string,
  releaseDate: string | null = null,
): FiscalCalendar {
  const known = new Map<number, YMD>();
  let monthDay: { m: number; d: number; offset: number } | null = null;
  const note = (label: number, fye: YMD) => {
    if (!known.has(label)) known.set(label, fye);
    if (!monthDay) monthDay = { m: fye.m, d: fye.d, offset: fye.y - label };
  };
  for (const text of headers) {
    const h = readHeader(text);
    const labelYear = [...text.matchAll(rules.yearToken)].map((m) =>
      Number(m[1]),
    )[0];
    if (
      !h.end ||
      labelYear === undefined ||
      !(h.fiscalQuarter || h.fiscalYear) ||
      h.monthOnly
    )
      continue;
    if (h.end.y === labelYear && rules.monthDayYear.test(text)) continue; // "Year Ended December 31, 2003": nothing fiscal to learn
    const fye = h.fiscalQuarter
      ? addMonths(h.end, 3 * (4 - h.fiscalQuarter))
      : h.end;
    note(labelYear, fye);
  }
  // "The second quarter (of fiscal 2004) ended July 31, 2004": read once, used here and with the labels below.
  const quarterPhrases = [...narrative.matchAll(rules.narrativeQuarterEnded)];
  for (const m of quarterPhrases) {
    const end = ymd(Number(m[6]), monthNumber(m[4]), Number(m[5]));
    const fye = addMonths(end, 3 * (4 - ordinalNumber(m[2])));
    const stated = m[1] ?? m[3];
    const label = stated ? Number(stated) : fye.m >= 6 ? fye.y : undefined;
    if (label !== undefined) note(label, fye);
  }
  for (const m of narrative.matchAll(rules.narrativeFiscalYearEnded))
    note(Number(m[1]), ymd(Number(m[4]), monthNumber(m[2]), Number(m[3])));
  for (const m of narrative.matchAll(rules.narrativeYearEnded)) {
    const fye = ymd(Number(m[3]), monthNumber(m[1]), Number(m[2]));
    if (fye.m >= 6) note(fye.y, fye);
  }
  // "Q3 2004" over a column, and "the quarter ended September 30, 2004" in the text: when that date, as the
  // labelled quarter, ends a fiscal year in the label's year (a year-end from June to December), it states the
  // calendar. Weaker than a stated pairing, so it comes last. Only the latest label is the quarter reported: an
  // earlier one beside it ("Q1 1994" in a trend of a September year's "Q2 1994") would place the date wrongly.
  const labels = headers
    .map((text) => ({ h: readHeader(text), text }))
    .filter(({ h }) => h.fiscalQuarter && h.year !== undefined && !h.end);
  const latestLabel = labels
    .filter(({ h }) => !h.forecast)
    .map(({ h }) => ({ q: h.fiscalQuarter!, y: h.year! }))
    .sort((a, b) => b.y - a.y || b.q - a.q)[0];
  // "The second quarter ended July 31, 2004" with "Q2 2004" the latest quarter over the columns: that quarter ended
  // then. A year ending from January to May is named for the year before (a retailer's fiscal 2004 ends in January
  // 2005) or for its own (FY2005): the label pairs with the date either way. Only a quarter past ("ended", not a
  // guided "ending") of the label's own number. Each such phrase's number is kept by where it ends, for the bare
  // phrases below: "the first quarter ended April 30, 2004" is no ending of a "Q2".
  const numbered = new Map<number, number>();
  if (latestLabel)
    for (const m of quarterPhrases) {
      const q = ordinalNumber(m[2]);
      numbered.set(m.index! + m[0].length, q);
      if (m[1] ?? m[3]) continue; // a year stated with it: learned above
      if (!rules.endedPast.test(m[0]) || q !== latestLabel.q) continue;
      const end = ymd(Number(m[6]), monthNumber(m[4]), Number(m[5]));
      const fye = addMonths(end, 3 * (4 - latestLabel.q));
      if (fye.m < 6 && (fye.y === latestLabel.y || fye.y === latestLabel.y + 1))
        note(latestLabel.y, fye);
    }
  if (latestLabel)
    for (const m of narrative.matchAll(rules.narrativeBareQuarterEnded)) {
      const q = numbered.get(m.index! + m[0].length);
      if (q !== undefined && q !== latestLabel.q) continue;
      const end = ymd(Number(m[3]), monthNumber(m[1]), Number(m[2]));
      const fye = addMonths(end, 3 * (4 - latestLabel.q));
      if (fye.y === latestLabel.y && fye.m >= 6) note(latestLabel.y, fye);
    }
  // The latest quarter label ("1ST QTR | 1994") and the latest date the tables print ("March 31, 1994"): when that
  // date ends the labelled quarter of a calendar year (month 3n of the label's year, within a few days), the
  // n-th quarter ends in month 3n, which only a December year-end gives. Any other month proves nothing.
  const dated = headers
    .map(readHeader)
    .filter((h) => h.end && !h.monthOnly && !h.forecast)
    .map((h) => h.end!);
  const latestDate = [...dated].sort((a, b) => dayNumber(b) - dayNumber(a))[0];
  if (latestLabel && latestDate) {
    const calendarEnd = ymd(latestLabel.y, 3 * latestLabel.q, null);
    if (
      Math.abs(dayNumber(latestDate) - dayNumber(calendarEnd)) <=
      QUARTER_END_SLACK_DAYS
    )
      note(latestLabel.y, addMonths(latestDate, 3 * (4 - latestLabel.q)));
  }
  // Quarter labels of a company that never speaks of a fiscal year ("1ST QTR | 1994"), released within weeks after
  // the latest labelled quarter would end in a calendar year (a first quarter's results in April or May): the
  // quarters are the calendar's. Released before that end, or long after it, they are not told apart.
  const fiscalSaid =
    rules.fiscalWord.test(narrative) ||
    headers.some((h) => rules.fiscalWord.test(h));
  const released = releaseDate ? rules.isoDate.exec(releaseDate) : null;
  if (latestLabel && released && !fiscalSaid && !known.has(latestLabel.y)) {
    const calendarEnd = ymd(latestLabel.y, 3 * latestLabel.q, null);
    const after =
      dayNumber(
        ymd(Number(released[1]), Number(released[2]), Number(released[3])),
      ) - dayNumber(calendarEnd);
    if (after >= 0 && after <= CALENDAR_RELEASE_DAYS)
      note(latestLabel.y, addMonths(calendarEnd, 3 * (4 - latestLabel.q)));
  }
  // A fourth-quarter or full-year label ("Fourth Quarter | 2004", "Full Year | 2004") and a balance sheet dated the
  // same day of two successive years, the later in the label's year ("Dec. 31, 2004", "Dec. 31, 2003"): the year
  // ends on that day.
  const instants = headers
    .map(readHeader)
    .filter((h) => h.end && !h.months && !h.monthOnly && !h.fiscalQuarter)
    .map((h) => h.end!);
  const closing = headers
    .map(readHeader)
    .filter(
      (h) =>
        !h.end &&
        h.year !== undefined &&
        (h.fiscalQuarter === 4 || (h.fiscalYear && h.months === 12)),
    );
  for (const h of closing) {
    const fye = instants.find(
      (e) =>
        e.y === h.year &&
        e.m >= 6 &&
        instants.some((o) => o.y === e.y - 1 && o.m === e.m && o.d === e.d),
    );
    if (fye) note(h.year!, fye);
  }
  const yearEnd = (label: number): YMD | null => {
    const k = known.get(label);
    if (k) return k;
    const md = monthDay as { m: number; d: number; offset: number } | null;
    if (!md) return null;
    const y = label + md.offset;
    return { y, m: md.m, d: Math.min(md.d, lastDayOfMonth(y, md.m)) };
  };
  return {
    yearEnd,
    fiscalQuarterOf(end: YMD): string | null {
      for (const label of [end.y - 1, end.y, end.y + 1]) {
        const fye = yearEnd(label);
        if (!fye) return null;
        for (let q = 1; q <= 4; q++)
          if (
            Math.abs(
              dayNumber(addMonths(fye, -3 * (4 - q))) - dayNumber(end),
            ) <= QUARTER_END_SLACK_DAYS
          )
            return `FQ${q}-${label}`;
      }
      return null;
    },
  };
}
