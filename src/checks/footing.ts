// Components foot to totals: every row labelled "Total …" (or a bare "Total") against the sum of the rows it
// totals, column by column, in exact decimals. The rows a total sums are those of its heading since the last total
// there; a total closing a sub-heading ("Total current assets") stands for its rows in the heading above, so
// "Total assets" sums it with the rows that follow. A row labelled "Less …" printed without a sign is subtracted
// when that is what foots. Printed figures are rounded, each by up to half a unit, so a difference of one unit in
// the last decimal place still foots.
import { Decimal } from "./decimal";
import { Check, Row, Table } from "./model";
import { formatNumber } from "./numbers";
import { greatest } from "./extremes";
import { rules } from "./rules";

interface Group {
  path: string[];
  rows: Row[];
}

const isPrefix = (a: string[], b: string[]) =>
  a.length <= b.length && a.every((h, i) => h === b[i]);
const same = (a: string[], b: string[]) =>
  a.length === b.length && isPrefix(a, b);

/** The rows each "Total" row sums, by walking the table's outline of headings. */
export function totalsWithComponents(
  table: Table,
): { total: Row; parts: Row[] }[] {
  const out: { total: Row; parts: Row[] }[] = [];
  const stack: Group[] = [{ path: [], rows: [] }];
  for (const row of table.rows) {
    const path = row.headings ?? [];
    const top = stack[stack.length - 1];
    if (!same(path, top.path)) {
      // A total that closed its heading ("Total current assets") stands for its rows in the heading above.
      const last = top.rows[top.rows.length - 1];
      const carried =
        last &&
        isTotal(last) &&
        path.length < top.path.length &&
        isPrefix(path, top.path)
          ? last
          : null;
      while (stack.length > 1 && !isPrefix(stack[stack.length - 1].path, path))
        stack.pop();
      if (!same(stack[stack.length - 1].path, path))
        stack.push({ path, rows: [] });
      if (carried) stack[stack.length - 1].rows.push(carried);
    }
    const group = stack[stack.length - 1];
    if (isTotal(row)) {
      out.push({
        total: row,
        parts: group.rows.filter(
          (r) => r.unit === row.unit && r.scale === row.scale,
        ),
      });
      group.rows = [row];
    } else group.rows.push(row);
  }
  return out.filter((t) => t.parts.length >= 2);
}

function isTotal(row: Row): boolean {
  return rules.totalLabel.test(row.label);
}

/** One unit in the last decimal place any of these figures is printed with. */
function roundingUnit(values: string[]): Decimal {
  const places = Math.max(
    0,
    greatest(values.map((v) => (v.split(".")[1] ?? "").length)),
  );
  return new Decimal(10).pow(-places);
}

/**
 * The sum of the rows' figures in one column, its difference from the total, and whether that foots: within one
 * unit of the last printed place, or half a unit for each rounded figure where there are more than two.
 */
function foot(t: string, rows: Row[], k: number, less = false) {
  const figures = rows
    .map((p) =>
      less && rules.lessLabel.test(p.label) && p.values[k] !== null
        ? new Decimal(p.values[k]!).neg().toFixed()
        : p.values[k],
    )
    .filter((v): v is string => v !== null);
  const sum = figures.reduce((a, v) => a.plus(v), new Decimal(0));
  const diff = new Decimal(t).minus(sum);
  const unit = roundingUnit([t, ...figures]).times(
    Math.max(1, Math.floor((figures.length + 1) / 2)),
  );
  return { figures, sum, diff, unit, pass: diff.abs().lte(unit) };
}

export function footingChecks(table: Table): Check[] {
  const checks: Check[] = [];
  for (const { total, parts: all } of totalsWithComponents(table)) {
    // Rates do not add up: a total's growth rate is no sum of its parts' rates.
    if (total.unit === "percent") continue;
    // An earlier total at the head of the rows may be a component ("Total current assets" in "Total assets") or the
    // end of the block before ("Total assets" above "Accounts payable … Total current liabilities" with no heading
    // between): the total foots either way.
    const own = all.filter((p) => !isTotal(p));
    table.columns.forEach((col, k) => {
      const t = total.values[k];
      if (col.percent || t === null) return;
      let parts = all;
      let f = foot(t, all, k);
      for (const [rows, less] of [
        [all, true],
        [own, false],
        [own, true],
      ] as const) {
        if (f.pass || rows.length === 0) break;
        const g = foot(t, rows, k, less);
        if (g.pass) {
          parts = rows;
          f = g;
        }
      }
      const { figures, sum, diff, unit, pass } = f;
      if (figures.length === 0) return;
      const exact = diff.isZero();
      checks.push({
        id: "footing.total",
        column: col.column,
        period: col.period,
        status: pass ? "pass" : "fail",
        expected: t,
        actual: sum.toFixed(),
        difference: diff.toFixed(),
        message: pass
          ? `${total.label} ${formatNumber(t)} = sum of the ${parts.length} rows above${exact ? "" : ` ${formatNumber(sum.toFixed())} within rounding`}`
          : `${total.label} ${formatNumber(t)} ≠ sum of the ${parts.length} rows above ${formatNumber(sum.toFixed())} (difference ${formatNumber(diff.toFixed())})`,
        lines: [...parts.map((p) => p.line), total.line],
        tolerance: unit.toFixed(),
      });
    });
  }
  return checks;
}
