// tax: income before income taxes − income taxes = net income, per column, where the three rows stand together in
// an income statement. Rows between them (minority interest, equity income, discontinued operations, extraordinary
// items, a cumulative effect) are accounted for: a subtotal after the tax ("Earnings before extraordinary loss") is
// where the tax relation ends; other such rows are added with the sign that foots. Anything else between: skip.
import { Decimal } from "../decimal";
import { Check, Row, Table } from "../model";
import { formatNumber } from "../numbers";
import { rules } from "../rules";
import { judge, Operand, tolerance, Verdict } from "./tolerance";

/** Net income within this many rows below income before taxes (a statement's tail is short). */
const REACH = 12;
/** At most this many other rows between them are tried with either sign (2^n combinations). */
const MOST_ITEMS = 4;

const isTax = (r: Row) =>
  r.concept === "income_tax" ||
  (r.concept === null &&
    rules.taxRowLabel.test(r.label) &&
    !rules.notTaxRowLabel.test(r.label));

/** The rows of one tax relation: income before taxes, the tax, what it ends at, and the rows between. */
interface Relation {
  /** Income before taxes, or the subtotal after the tax the relation goes on from. */
  pretax: Row;
  tax: Row | null;
  end: Row;
  between: Row[];
}

function relations(table: Table): Relation[] {
  const out: Relation[] = [];
  table.rows.forEach((pretax, i) => {
    if (pretax.concept !== "pretax_income") return;
    const below = table.rows.slice(i + 1, i + 1 + REACH);
    const n = below.findIndex(
      (r) => r.concept === "net_income" || r.concept === "pretax_income",
    );
    if (n < 0 || below[n].concept !== "net_income") return;
    const rows = below.slice(0, n);
    const t = rows.findIndex(isTax);
    if (t < 0) return;
    const tax = rows[t];
    const others = rows.filter((_, j) => j !== t);
    // A subtotal right after the tax ("Earnings before extraordinary loss") ends the tax relation.
    const sub = rows.findIndex(
      (r, j) => j > t && rules.afterTaxSubtotalLabel.test(r.label),
    );
    if (sub >= 0) {
      out.push({
        pretax,
        tax,
        end: rows[sub],
        between: rows.filter((_, j) => j < sub && j !== t),
      });
      // … and from there to net income through the items below it (extraordinary loss, cumulative effect).
      out.push({
        pretax: rows[sub],
        tax: null,
        end: below[n],
        between: rows.slice(sub + 1),
      });
    } else out.push({ pretax, tax, end: below[n], between: others });
  });
  return out;
}

const full = (r: Row, k: number) => new Decimal(r.values[k]!).times(r.scale);
const lower = (r: Row) => r.label.toLowerCase();

export function taxChecks(table: Table): Check[] {
  if (table.statement !== "income") return [];
  const checks: Check[] = [];
  for (const { pretax, tax, end, between } of relations(table)) {
    const own = [pretax, ...(tax ? [tax] : []), end];
    const money = own.every(
      (r) => r.unit === "USD" && r.scale === pretax.scale,
    );
    if (!money) continue;
    table.columns.forEach((col, k) => {
      if (col.percent) return;
      if (own.some((r) => r.values[k] === null)) return;
      const items = between.filter((r) => r.values[k] !== null);
      const base = {
        id: "tax",
        column: col.column,
        period: col.period,
        lines: [
          pretax.line,
          ...(tax ? [tax.line] : []),
          ...items.map((r) => r.line),
          end.line,
        ],
      };
      const unknown = items.filter(
        (r) => r.unit !== "USD" || !rules.belowTaxLabel.test(r.label),
      );
      if (unknown.length > 0 || items.length > MOST_ITEMS) {
        checks.push({
          ...base,
          status: "skip",
          expected: end.values[k],
          actual: null,
          difference: null,
          message: `${end.label} not checked against ${lower(pretax)}${tax ? ` − ${lower(tax)}` : ""}: ${unknown.length > 0 ? `the rows between (${unknown.map((r) => r.label).join("; ")}) are not accounted for` : "too many rows stand between them"}`,
        });
        return;
      }
      checks.push({ ...base, ...judged(pretax, tax, end, items, k) });
    });
  }
  return checks;
}

/** Pretax ∓ tax (as the release signs it) ± each item against the end row: the best fitting signs decide. */
function judged(
  pretax: Row,
  tax: Row | null,
  end: Row,
  items: Row[],
  k: number,
): Omit<Check, "id" | "column" | "period" | "lines"> {
  const operands: Operand[] = [
    pretax,
    ...(tax ? [tax] : []),
    end,
    ...items,
  ].map((r) => ({
    value: r.values[k]!,
    scale: r.scale,
  }));
  const target = full(end, k);
  let best: {
    diff: Decimal;
    verdict: Verdict;
    sum: Decimal;
    taxSign: number;
  } | null = null;
  const rank: Record<Verdict, number> = { pass: 0, skip: 1, fail: 2 };
  for (const taxSign of tax ? [-1, 1] : [1])
    for (let mask = 0; mask < 1 << items.length; mask++) {
      let sum = full(pretax, k);
      if (tax) sum = sum.plus(full(tax, k).times(taxSign));
      items.forEach((r, j) => {
        sum = sum.plus(full(r, k).times(mask & (1 << j) ? -1 : 1));
      });
      const diff = target.minus(sum);
      const verdict = judge(diff, operands);
      if (
        !best ||
        rank[verdict] < rank[best.verdict] ||
        (rank[verdict] === rank[best.verdict] && diff.abs().lt(best.diff.abs()))
      )
        best = { diff, verdict, sum, taxSign };
    }
  const { diff, verdict, sum, taxSign } = best!;
  const show = (r: Row) => `${lower(r)} ${formatNumber(r.values[k]!)}`;
  const how = `${pretax.label} ${formatNumber(pretax.values[k]!)}${tax ? ` ${taxSign < 0 ? "−" : "+"} ${show(tax)}` : ""}${items.length ? ` ${tax ? "and" : "with"} ${items.map(show).join(", ")}` : ""}`;
  const scaled = (d: Decimal) => formatNumber(d.dividedBy(end.scale).toFixed());
  return {
    status: verdict,
    expected: end.values[k],
    actual: sum.dividedBy(end.scale).toFixed(),
    difference: diff.dividedBy(end.scale).toFixed(),
    tolerance: tolerance(operands).dividedBy(end.scale).toFixed(),
    message:
      verdict === "pass"
        ? `${how} = ${show(end)}`
        : verdict === "skip"
          ? `${how} = ${scaled(sum)}, off ${show(end)} by ${scaled(diff)}: no more than the rounding of the printed figures`
          : `${how} = ${scaled(sum)} ≠ ${show(end)} (difference ${scaled(diff)}): one of these printed figures is wrong, or a row between them was not read`,
  };
}
