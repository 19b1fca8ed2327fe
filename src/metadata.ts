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

export function readMetadata(text: string): Metadata {
  const head = text.split(rules.lineBreak).slice(0, HEAD_LINES).join("\n");
  const flat = head.replace(/\s+/g, " ");
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
  const labelled = rules.releaseDateLabel.exec(head);
  const dateline = rules.datelineDate.exec(flat);
  const releaseDate = (labelled && parseDate(labelled[1])) || (dateline && parseDate(dateline[1])) || null;
  return { company, ticker, releaseDate };
}

/** Drops leading words that are not part of a name ("LOS ANGELES - - - - HemaCare Corporation"). */
function trimCompany(s: string): string | null {
  const words = s.trim().split(/\s+/);
  // Keep from the last run of capitalised words ending the phrase.
  let i = words.length - 1;
  while (i > 0 && /^(?:[A-Z][\w.&'-]*|&|of|and|the|The)$/.test(words[i - 1]) && !/^[A-Z]{2,}$/.test(words[i - 1])) i--;
  const name = words.slice(i).join(" ").replace(/[,\s]+$/, "");
  return name.length >= 2 ? name : null;
}
