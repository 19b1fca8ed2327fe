// Numbers as printed → exact decimal strings. "$ (454,000)" → "-454000", "(0.00)" → "0.00", "8.0%" → "8.0".
// Nothing here goes through floating point: the string's digits are kept as written.
import { rules } from "./rules";

export interface ParsedValue {
  /** Decimal string with the sign applied; null for n/a, NM, * and (until a column decides) dashes. */
  value: string | null;
  percent: boolean;
  dash: boolean;
  currency: boolean;
  /** The figure is a change in basis points or percentage points ("(242) bp."). */
  points?: boolean;
}

/** Parses one value cell; returns null when the text is not a value at all. */
export function parseValue(text: string): ParsedValue | null {
  const t = text.trim();
  if (t === "") return null;
  if (rules.dashCell.test(t))
    return {
      value: null,
      percent: false,
      dash: true,
      currency: t.startsWith("$"),
    };
  if (rules.notAvailableCell.test(t))
    return {
      value: null,
      percent: false,
      dash: false,
      currency: t.startsWith("$"),
    };
  if (rules.nilCell.test(t))
    return {
      value: "0",
      percent: false,
      dash: false,
      currency: t.startsWith("$"),
    };
  // "($000)", "(000's)" over a column state its scale: a header cell, not a figure.
  if (rules.scaleMarkerCell.test(t)) return null;
  // "(242) bp.": a figure in basis (or percentage) points.
  const points = rules.pointsSuffix.exec(t);
  if (points && points.index > 0) {
    const figure = parseValue(t.slice(0, points.index));
    if (!figure || figure.value === null || figure.percent) return null;
    return { ...figure, points: true };
  }
  const m = rules.number.exec(t);
  if (!m) return null;
  const [, cur1, open, minus, cur2, intPart, frac, innerPct, close, outerPct] =
    m;
  if (innerPct && outerPct) return null;
  const pct = innerPct ?? outerPct;
  if (!intPart && !frac) return null;
  if (Boolean(open) !== Boolean(close)) return null;
  const negative = Boolean(open) || Boolean(minus);
  const digits =
    (intPart ?? "0").replace(/,/g, "").replace(/^0+(?=\d)/, "") + (frac ?? "");
  const isZero = !/[1-9]/.test(digits);
  return {
    value: (negative && !isZero ? "-" : "") + digits,
    percent: Boolean(pct),
    dash: false,
    currency: Boolean(cur1 || cur2),
  };
}

/** True for a bare four-digit year (a header cell, not a value). */
export function isYear(text: string): boolean {
  return rules.year.test(text.trim());
}

/** Formats a decimal string with thousands separators and parentheses for negatives, as a statement prints it. */
export function formatNumber(value: string | null): string {
  if (value === null) return "";
  const neg = value.startsWith("-");
  const [int, frac] = (neg ? value.slice(1) : value).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = frac !== undefined ? `${grouped}.${frac}` : grouped;
  return neg ? `(${body})` : body;
}
