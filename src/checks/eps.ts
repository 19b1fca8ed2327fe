// Earnings per share ≈ net income / weighted average shares, per column and basis. EPS is printed rounded to the
// cent and may use an adjusted numerator (preferred dividends, convertible interest), so: within a cent passes; off
// by more than a fifth is a failure (a mistyped figure); in between the check is skipped and says why.
import { Decimal } from "../decimal";
import { Check, Row, Table } from "../model";
import { formatNumber } from "../numbers";

/** Ratios need no more than 20 significant digits (money sums stay exact in ./decimal). */
const Ratio = Decimal.clone({ precision: 20 });

/** Pass within a cent; fail beyond two cents and a fifth of the ratio; skip in between. */
export const EPS_LIMITS = {
  passWithin: "0.01",
  failBeyond: "0.02",
  failBeyondShare: "0.2",
};
const PASS_WITHIN = new Decimal(EPS_LIMITS.passWithin);
const FAIL_BEYOND_SHARE = new Decimal(EPS_LIMITS.failBeyondShare);
const FAIL_BEYOND_ABS = new Decimal(EPS_LIMITS.failBeyond);

const BASES: { name: string; eps: string[]; shares: string[] }[] = [
  {
    name: "basic",
    eps: ["eps_basic", "eps_basic_diluted"],
    shares: ["shares_basic", "shares_basic_diluted"],
  },
  {
    name: "diluted",
    eps: ["eps_diluted", "eps_basic_diluted"],
    shares: ["shares_diluted", "shares_basic_diluted"],
  },
  { name: "unspecified", eps: ["eps"], shares: ["shares"] },
];

const first = (t: Table, concepts: string[]): Row | undefined =>
  concepts
    .map((c) =>
      t.rows.find((r) => r.concept === c && !r.section?.match(/\bfrom\b/i)),
    )
    .find((r) => r !== undefined);

/** A row's name in a message: a bare "Diluted" says what it is under. */
const named = (row: Row) =>
  row.label.length <= 20 && row.section
    ? `${row.section.replace(/:\s*$/, "")}: ${row.label}`
    : row.label;

const full = (row: Row, k: number): Decimal | null =>
  row.values[k] === null ? null : new Decimal(row.values[k]!).times(row.scale);

export function epsChecks(table: Table): Check[] {
  if (table.statement !== "income") return [];
  const income = first(table, ["net_income"]);
  if (!income) return [];
  const checks: Check[] = [];
  const done = new Set<string>();
  for (const basis of BASES) {
    const eps = first(table, basis.eps);
    const shares = first(table, basis.shares);
    if (!eps || !shares || done.has(`${eps.line}|${shares.line}`)) continue;
    done.add(`${eps.line}|${shares.line}`);
    table.columns.forEach((col, k) => {
      const ni = full(income, k);
      const sh = full(shares, k);
      const e = eps.values[k] === null ? null : new Decimal(eps.values[k]!);
      if (
        col.percent ||
        ni === null ||
        sh === null ||
        e === null ||
        sh.isZero()
      )
        return;
      const computed = new Ratio(ni).dividedBy(sh);
      const diff = e.minus(computed);
      const off = diff.abs();
      const status = off.lte(PASS_WITHIN)
        ? "pass"
        : off.gt(FAIL_BEYOND_ABS) &&
            off.gt(computed.abs().times(FAIL_BEYOND_SHARE))
          ? "fail"
          : "skip";
      const shown = computed.toDecimalPlaces(4).toFixed();
      const printed = eps.values[k]!; // as the release prints it: "0.00", not "0"
      checks.push({
        id: "eps.ratio",
        column: col.column,
        period: col.period,
        status,
        expected: printed,
        actual: shown,
        difference: diff.toDecimalPlaces(4).toFixed(),
        message:
          status === "pass"
            ? `${named(eps)} ${printed} ≈ ${income.label.toLowerCase()} / ${named(shares).toLowerCase()} = ${shown}`
            : status === "fail"
              ? `${named(eps)} ${printed} is far from ${income.label.toLowerCase()} ${formatNumber(ni.toFixed())} / ${named(shares).toLowerCase()} ${formatNumber(sh.toFixed())} = ${shown}`
              : `${named(eps)} ${printed} differs from ${income.label.toLowerCase()} / shares = ${shown} by more than rounding: the release may adjust the numerator (preferred dividends, convertible interest)`,
        lines: [income.line, shares.line, eps.line],
        tolerance: PASS_WITHIN.toFixed(),
      });
    });
  }
  return checks;
}
