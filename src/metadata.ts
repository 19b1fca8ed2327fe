// Release metadata from the narrative: the company and its ticker ("HemaCare Corporation (OTC Bulletin Board:
// HEMA.OB)"), and the release date ("RELEASE DATE: August 11, 2003", a dateline "CINCINNATI, Ohio, February 8, 1994").
import { isoDate, lastDayOfMonth } from "./periods";
import { monthNumber, rules } from "./rules";

export interface Metadata {
  company: string | null;
  ticker: string | null;
  releaseDate: string | null;
}

const HEAD_LINES = 80;

function parseDate(text: string): string | null {
  const m = rules.monthDayYear.exec(text);
  if (!m || !m[3]) return null;
  const y = Number(m[3]);
  const mo = monthNumber(m[1]);
  const d = Number(m[2]);
  if (d < 1 || d > lastDayOfMonth(y, mo)) return null;
  return isoDate({ y, m: mo, d });
}

/** The head's text with each paragraph on one line and a paragraph mark between them, so no match runs across. */
function paragraphs(lines: string[]): string {
  const out: string[] = [];
  for (const l of lines) {
    const t = l.trim();
    if (t === "") {
      if (out.length && out[out.length - 1] !== "\u00b6") out.push("\u00b6");
    } else
      out.push(
        t.includes("  ") || t.includes("\t")
          ? t.replace(rules.whiteRun, " ")
          : t,
      );
  }
  return out.join(" ");
}

/**
 * The release date: a labelled one ("RELEASE DATE: …"), else the first date of the narrative that is not the end
 * of a period ("the quarter ended June 30, 2004", "December 31, 2004 and 2003") and does not stand in a table's
 * header.
 */
function releaseDateOf(head: string, lines: string[]): string | null {
  const labelled = rules.releaseDateLabel.exec(head);
  const fromLabel = labelled && parseDate(labelled[1]);
  if (fromLabel) return fromLabel;
  const narrative = paragraphs(
    lines.map((l) => (rules.columnarLine.test(l.trim()) ? "" : l)),
  );
  for (const m of narrative.matchAll(rules.datelineDate)) {
    if (rules.periodDateBefore.test(narrative.slice(0, m.index))) continue;
    if (rules.periodDateAfter.test(narrative.slice(m.index! + m[0].length)))
      continue;
    const date = parseDate(m[1]);
    if (date) return date;
  }
  return null;
}

/** The first `n` lines, without splitting the whole text. */
function headLines(text: string, n: number): string[] {
  let end = 0;
  for (let k = 0; k < n && end < text.length; k++) {
    const next = text.indexOf("\n", end);
    if (next === -1) {
      end = text.length;
      break;
    }
    end = next + 1;
  }
  return text.slice(0, end).split(rules.lineBreak).slice(0, n);
}

export function readMetadata(text: string): Metadata {
  const lines = headLines(text, HEAD_LINES);
  const head = lines.join("\n");
  const flat = paragraphs(lines);
  let company: string | null = null;
  let ticker: string | null = null;
  const t = rules.tickerParen.exec(flat) ?? rules.tickerSymbolWord.exec(flat);
  if (t) {
    ticker = (t[2] ?? t[1]).toUpperCase();
    const before = rules.companyBeforeTicker.exec(flat.slice(0, t.index));
    if (before) company = trimCompany(before[1]);
  }
  if (!company) {
    const c = rules.companySuffix.exec(flat);
    if (c) company = trimCompany(c[1]);
  }
  return { company, ticker, releaseDate: releaseDateOf(head, lines) };
}

/**
 * Drops leading words that are not part of a name: a headline or a dateline city in capitals before a name in
 * mixed case ("LOS ANGELES HemaCare Corporation"), and a leading "of", "and" or lower-case "the". One word in
 * capitals before mixed-case words is kept: it is the name's own ("ACME Widgets Corporation").
 */
function trimCompany(s: string): string | null {
  const words = s.trim().split(/\s+/);
  const caps = (w: string) => rules.allCapsWord.test(w);
  let start = 0;
  for (let i = 2; i < words.length; i++)
    if (
      rules.mixedCaseWord.test(words[i]) &&
      caps(words[i - 1]) &&
      caps(words[i - 2])
    )
      start = i;
  while (
    start < words.length - 1 &&
    rules.nameLeadingConnective.test(words[start])
  )
    start++;
  const name = words
    .slice(start)
    .join(" ")
    .replace(/[,\s]+$/, "");
  return name.length >= 2 ? name : null;
}
