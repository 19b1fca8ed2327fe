// Components foot to totals: every row labelled "Total …" (or a bare "Total") against the sum of the rows it
// totals, column by column, in exact decimals. The rows a total sums are those of its heading since the last total
// there; a total closing a sub-heading ("Total current assets") stands for its rows in the heading above, so
// "Total assets" sums it with the rows that follow. Printed figures are rounded, so a difference of one unit in
// the last decimal place still foots.
import { Decimal } from "./decimal";
import { Check, Row, Table } from "./model";
import { formatNumber } from "./numbers";
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
    ...values.map((v) => (v.split(".")[1] ?? "").length),
  );
  return new Decimal(10).pow(-places);
}

export function footingChecks(table: Table): Check[] {
  const checks: Check[] = [];
  for (const { total, parts } of totalsWithComponents(table)) {
    table.columns.forEach((col, k) => {
      const t = total.values[k];
      if (col.percent || t === null) return;
      const figures = parts
        .map((p) => p.values[k])
        .filter((v): v is string => v !== null);
      if (figures.length === 0) return;
      const sum = figures.reduce((a, v) => a.plus(v), new Decimal(0));
      const diff = new Decimal(t).minus(sum);
      const unit = roundingUnit([t, ...figures]);
      const pass = diff.abs().lte(unit);
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
