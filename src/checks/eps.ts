// eps.ratio: earnings per share ≈ net income / weighted average shares, per column and basis, income and shares each
// at their own scale. Passes within the shared tolerance (half a unit of the printed EPS, plus what rounding of the
// printed income and shares can move the ratio); off by more than a fifth and two cents is a failure (a mistyped
// figure); in between the check is skipped and says why (an adjusted numerator: preferred dividends, convertible
// interest). Under a net loss, diluted EPS printed equal to basic is the rule (anti-dilution), not a discrepancy.
import { Decimal } from "../decimal";
import { NET_INCOME } from "../concepts";
import { Check, Row, Table } from "../model";
import { formatNumber } from "../numbers";
import { rules } from "../rules";
import { printedUnit } from "./tolerance";

/** Ratios need no more than 20 significant digits (money sums stay exact in ./decimal). */
const Ratio = Decimal.clone({ precision: 20 });

/**
 * Beyond the tolerance: fail past two cents and a share of the ratio, skip short of that. The share is 5 % where the
 * income needs no adjustment (a basic EPS in a table without preferred dividends or convertible securities), 10 %
 * otherwise (fully diluted EPS adds back convertible interest: 6 % in a 1993 release).
 */
export const EPS_LIMITS = {
  failBeyond: "0.02",
  failBeyondShare: "0.1",
  failBeyondShareUnadjusted: "0.05",
};
const FAIL_BEYOND_SHARE = new Decimal(EPS_LIMITS.failBeyondShare);
const FAIL_BEYOND_SHARE_UNADJUSTED = new Decimal(
  EPS_LIMITS.failBeyondShareUnadjusted,
);
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

const first = (t: Table, concepts: readonly string[]): Row | undefined =>
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

/**
 * The shared tolerance for a ratio: half a unit of the printed EPS, plus how far half a unit of rounding in the
 * printed income and in the printed shares can move income / shares.
 */
function ratioTolerance(eps: string, income: Row, shares: Row, k: number) {
  const ni = full(income, k)!;
  const sh = full(shares, k)!;
  const half = (r: Row) =>
    printedUnit({ value: r.values[k]!, scale: r.scale }).dividedBy(2);
  const ratio = new Ratio(ni).dividedBy(sh).abs();
  const relative = (
    ni.isZero() ? new Decimal(0) : half(income).dividedBy(ni.abs())
  ).plus(half(shares).dividedBy(sh));
  return printedUnit({ value: eps, scale: 1 })
    .dividedBy(2)
    .plus(ratio.times(relative))
    .toDecimalPlaces(4, Decimal.ROUND_UP);
}

export function epsChecks(table: Table): Check[] {
  if (table.statement !== "income") return [];
  const income = first(table, NET_INCOME);
  if (!income) return [];
  const checks: Check[] = [];
  const done = new Set<string>();
  // Read once a table, not once a column: whether anything adjusts the income, and the basic rows.
  const adjustedIncome = table.rows.some((r) =>
    rules.epsAdjustmentLabel.test(r.label),
  );
  const basic: Basic = {
    eps: first(table, ["eps_basic"]),
    shares: first(table, ["shares_basic"]),
  };
  for (const basis of BASES) {
    const eps = first(table, basis.eps);
    const shares = first(table, basis.shares);
    if (!eps || !shares || done.has(`${eps.line}|${shares.line}`)) continue;
    done.add(`${eps.line}|${shares.line}`);
    table.columns.forEach((col, k) => {
      const ni = full(income, k);
      const sh = full(shares, k);
      const printed = eps.values[k]; // as the release prints it: "0.00", not "0"
      if (col.percent || ni === null || sh === null || printed === null) return;
      if (sh.isZero()) return;
      const check =
        antiDilutive(basic, basis.name, income, eps, k) ??
        ratioCheck(
          income,
          shares,
          eps,
          k,
          basis.name === "diluted" || adjustedIncome,
        );
      checks.push({
        id: "eps.ratio",
        column: col.column,
        period: col.period,
        ...check,
      });
    });
  }
  return checks;
}

type Judged = Omit<Check, "id" | "column" | "period">;

/** EPS against income / shares of its basis: pass within the tolerance, fail far off, skip in between. */
function ratioCheck(
  income: Row,
  shares: Row,
  eps: Row,
  k: number,
  adjusted = true,
): Judged {
  const ni = full(income, k)!;
  const sh = full(shares, k)!;
  const printed = eps.values[k]!;
  const computed = new Ratio(ni).dividedBy(sh);
  const diff = new Decimal(printed).minus(computed);
  const off = diff.abs();
  const tol = ratioTolerance(printed, income, shares, k);
  const status = off.lte(tol)
    ? "pass"
    : off.gt(FAIL_BEYOND_ABS) &&
        off.gt(
          computed
            .abs()
            .times(adjusted ? FAIL_BEYOND_SHARE : FAIL_BEYOND_SHARE_UNADJUSTED),
        )
      ? "fail"
      : "skip";
  const shown = computed.toDecimalPlaces(4).toFixed();
  const opposite =
    !computed.isZero() &&
    !new Decimal(printed).isZero() &&
    computed.isNegative() !== new Decimal(printed).isNegative();
  return {
    status,
    expected: printed,
    actual: shown,
    difference: diff.toDecimalPlaces(4).toFixed(),
    message:
      status === "pass"
        ? `${named(eps)} ${printed} ≈ ${income.label.toLowerCase()} / ${named(shares).toLowerCase()} = ${shown}`
        : status === "fail"
          ? `${named(eps)} ${printed} is far from ${income.label.toLowerCase()} ${formatNumber(ni.toFixed())} / ${named(shares).toLowerCase()} ${formatNumber(sh.toFixed())} = ${shown}${opposite ? " (of the opposite sign)" : ""}: one of these printed figures is wrong, or the per-share figure is not of this income`
          : `${named(eps)} ${printed} differs from ${income.label.toLowerCase()} / shares = ${shown} by more than rounding: the release may adjust the numerator (preferred dividends, convertible interest)`,
    lines: [income.line, shares.line, eps.line],
    tolerance: tol.toFixed(),
  };
}

/**
 * Under a net loss, dilutive shares would shrink the loss per share, so diluted EPS is reported equal to basic
 * (anti-dilution): a diluted figure printed equal to the basic one is checked against the basic shares, or skipped
 * where they are not printed. A diluted figure that differs is judged against its own shares (a real discrepancy
 * only if that arithmetic says so).
 */
interface Basic {
  eps: Row | undefined;
  shares: Row | undefined;
}

function antiDilutive(
  basic: Basic,
  basis: string,
  income: Row,
  eps: Row,
  k: number,
): Judged | null {
  if (basis !== "diluted" || eps.concept === "eps_basic_diluted") return null;
  const ni = full(income, k);
  const basicEps = basic.eps;
  const b = basicEps?.values[k];
  const d = eps.values[k];
  if (!ni?.isNegative() || !b || !d || !new Decimal(b).eq(d)) return null;
  const basicShares = basic.shares;
  if (basicShares && full(basicShares, k) && !full(basicShares, k)!.isZero()) {
    const c = ratioCheck(income, basicShares, eps, k, true);
    return c.status === "pass"
      ? {
          ...c,
          message: `${c.message}: under a net loss diluted EPS equals basic (the dilutive shares are anti-dilutive)`,
        }
      : c;
  }
  return {
    status: "skip",
    expected: d,
    actual: null,
    difference: null,
    message: `${named(eps)} ${d} equals basic EPS under a net loss (anti-dilution), and the basic shares are not printed to check it against`,
    lines: [income.line, eps.line],
  };
}
