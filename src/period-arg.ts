// A period as an analyst types it into a formula → what to look up. "Q2-2003", "Q2 2003", "2Q03", "2003Q2",
// "6M-2003", "H1-2003", "9M-2003", "FY2003", "FY03", "2003-06-30", "6/30/2003", "June 30, 2003", an Excel date
// serial; and fiscal numbering "Q1 FY2024", "FQ1-2024", "1Q FY24".
import { isoDate, lastDayOfMonth } from "./dates";
import { monthNumber } from "./rules";

export type PeriodQuery =
  | { kind: "duration"; id: string }
  | { kind: "date"; date: string }
  | { kind: "fiscal"; id: string };

export const ACCEPTED_FORMS =
  'Q2-2003, Q2 2003, 2Q03, 2003Q2, 6M-2003, H1-2003, 9M-2003, FY2003, FY03, 2003-06-30, 6/30/2003, "June 30, 2003", a date, or fiscal Q1 FY2024 / FQ1-2024';

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n >= 50 ? 1900 + n : 2000 + n;
}

function date(y: number, m: number, d: number): PeriodQuery | null {
  if (
    m < 1 ||
    m > 12 ||
    d < 1 ||
    y < 1900 ||
    y > 2199 ||
    d > lastDayOfMonth(y, m)
  )
    return null;
  return { kind: "date", date: isoDate({ y, m, d }) };
}

/** The last date Excel holds: December 31, 9999. */
const LAST_EXCEL_SERIAL = 2958465;

/** Excel's date serial (1900 system, with its phantom 29 Feb 1900) → a date; null past the dates Excel holds. */
export function fromExcelSerial(serial: number): PeriodQuery | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_EXCEL_SERIAL)
    return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  const d = new Date(ms);
  return date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const Y = "((?:19|20)?\\d\\d)";
const FORMS: [RegExp, (m: RegExpExecArray) => PeriodQuery | null][] = [
  // fiscal numbering first: it says "F"
  [
    new RegExp(`^FQ([1-4])[\\s-]*${Y}$`, "i"),
    (m) => ({ kind: "fiscal", id: `FQ${m[1]}-${fullYear(m[2])}` }),
  ],
  [
    new RegExp(`^Q([1-4])[\\s-]*F(?:Y|iscal)\\s*'?${Y}$`, "i"),
    (m) => ({ kind: "fiscal", id: `FQ${m[1]}-${fullYear(m[2])}` }),
  ],
  [
    new RegExp(`^([1-4])Q[\\s-]*F(?:Y|iscal)\\s*'?${Y}$`, "i"),
    (m) => ({ kind: "fiscal", id: `FQ${m[1]}-${fullYear(m[2])}` }),
  ],
  [
    new RegExp(`^F(?:Y|iscal)\\s*'?${Y}[\\s-]*Q([1-4])$`, "i"),
    (m) => ({ kind: "fiscal", id: `FQ${m[2]}-${fullYear(m[1])}` }),
  ],
  // calendar quarters, halves, nine months, years
  [
    new RegExp(`^Q([1-4])[\\s-]*'?${Y}$`, "i"),
    (m) => ({ kind: "duration", id: `Q${m[1]}-${fullYear(m[2])}` }),
  ],
  [
    new RegExp(`^([1-4])Q[\\s-]*'?${Y}$`, "i"),
    (m) => ({ kind: "duration", id: `Q${m[1]}-${fullYear(m[2])}` }),
  ],
  [
    new RegExp(`^${Y}[\\s-]*Q([1-4])$`, "i"),
    (m) => ({ kind: "duration", id: `Q${m[2]}-${fullYear(m[1])}` }),
  ],
  [
    new RegExp(`^(?:6M|H1|1H)[\\s-]*'?${Y}$`, "i"),
    (m) => ({ kind: "duration", id: `6M-${fullYear(m[1])}` }),
  ],
  [
    new RegExp(`^${Y}[\\s-]*(?:6M|H1|1H)$`, "i"),
    (m) => ({ kind: "duration", id: `6M-${fullYear(m[1])}` }),
  ],
  [
    new RegExp(`^9M[\\s-]*'?${Y}$`, "i"),
    (m) => ({ kind: "duration", id: `9M-${fullYear(m[1])}` }),
  ],
  [
    new RegExp(`^F(?:Y|iscal)[\\s-]*'?${Y}$`, "i"),
    (m) => ({ kind: "duration", id: `FY${fullYear(m[1])}` }),
  ],
  [/^((?:19|20)\d\d)$/, (m) => ({ kind: "duration", id: `FY${m[1]}` })],
  // dates
  [
    /^((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})$/,
    (m) => date(Number(m[1]), Number(m[2]), Number(m[3])),
  ],
  [
    /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/,
    (m) => date(fullYear(m[3]), Number(m[1]), Number(m[2])),
  ],
  [
    /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i,
    (m) =>
      monthNumber(m[1])
        ? date(Number(m[3]), monthNumber(m[1]), Number(m[2]))
        : null,
  ],
  [
    /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i,
    (m) =>
      monthNumber(m[2])
        ? date(Number(m[3]), monthNumber(m[2]), Number(m[1]))
        : null,
  ],
];

const seen = new Map<string, PeriodQuery | null>();

/** Reads a period argument; null when it is none of the accepted forms. Remembers the last few thousand. */
export function readPeriodArg(arg: string | number): PeriodQuery | null {
  if (typeof arg === "number") return fromExcelSerial(arg);
  const hit = seen.get(arg);
  if (hit !== undefined) return hit;
  if (seen.size > 5000) seen.clear();
  const q = readPeriodText(arg);
  seen.set(arg, q);
  return q;
}

function readPeriodText(arg: string): PeriodQuery | null {
  const s = String(arg).trim();
  if (/^\d+(?:\.\d+)?$/.test(s) && Number(s) > 3000)
    return fromExcelSerial(Number(s));
  for (const [re, make] of FORMS) {
    const m = re.exec(s);
    if (m) return make(m);
  }
  return null;
}
