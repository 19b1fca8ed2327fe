// balance.identity, in exact decimals: for every balance-sheet column (whatever its header: "December 31, 2004",
// "12/31/00"), total assets against total liabilities and equity (the explicit total row, however its equity is
// named, or total liabilities + equity), within the shared tolerance.
import { Decimal } from "../decimal";
import { Check, Row, Table } from "../model";
import { formatNumber } from "../numbers";
import { rules } from "../rules";
import { columnPlaces, judge, tolerance } from "./tolerance";

function rowOf(table: Table, concept: string): Row | undefined {
  return table.rows.find((r) => r.concept === concept);
}

function cell(row: Row | undefined, k: number): Decimal | null {
  const v = row?.values[k];
  return v === null || v === undefined ? null : new Decimal(v);
}

export function balanceChecks(table: Table): Check[] {
  if (table.statement !== "balance") return [];
  const assets = rowOf(table, "total_assets");
  const total =
    rowOf(table, "total_liabilities_and_equity") ??
    table.rows.find(
      (r) =>
        r.concept === null && rules.liabilitiesAndEquityTotal.test(r.label),
    );
  const liabilities = rowOf(table, "total_liabilities");
  const equity = rowOf(table, "equity");
  const checks: Check[] = [];
  table.columns.forEach((col, k) => {
    if (col.percent) return;
    const base = {
      id: "balance.identity",
      column: col.column,
      period: col.period,
    };
    const a = cell(assets, k);
    let le = cell(total, k);
    let how = total?.label
      ? total.label.toLowerCase()
      : "total liabilities and equity";
    const lines = [assets?.line, total?.line].filter(
      (x): x is number => x !== undefined,
    );
    if (le === null && liabilities && equity) {
      const l = cell(liabilities, k);
      const e = cell(equity, k);
      if (l && e) {
        le = l.plus(e);
        how = `${liabilities.label.toLowerCase()} + ${equity.label.toLowerCase()}`;
        lines.push(liabilities.line, equity.line);
      }
    }
    if (a === null || le === null) {
      checks.push({
        ...base,
        status: "skip",
        expected: null,
        actual: null,
        difference: null,
        message:
          a === null
            ? "No total assets in this column"
            : "No total liabilities and equity in this column",
        lines,
      });
      return;
    }
    const diff = a.minus(le);
    const places = columnPlaces(
      table.rows.filter((r) => r.unit === "USD").map((r) => r.values[k]),
    );
    // Each side as printed (the difference is in the printed unit too).
    const operands = [
      assets,
      ...(cell(total, k) ? [total] : [liabilities, equity]),
    ]
      .filter((r): r is Row => r !== undefined && r.values[k] !== null)
      .map((r) => ({ value: r.values[k]!, scale: 1, places }));
    const status = judge(diff, operands);
    checks.push({
      ...base,
      status,
      expected: a.toFixed(),
      actual: le.toFixed(),
      difference: diff.toFixed(),
      tolerance: tolerance(operands).toFixed(),
      message:
        status === "pass"
          ? `Total assets ${formatNumber(a.toFixed())} = ${how} ${formatNumber(le.toFixed())}`
          : status === "skip"
            ? `Total assets ${formatNumber(a.toFixed())} and ${how} ${formatNumber(le.toFixed())} differ by ${formatNumber(diff.toFixed())}, no more than the rounding of the printed figures: check the release's unrounded figures`
            : `Total assets ${formatNumber(a.toFixed())} ≠ ${how} ${formatNumber(le.toFixed())} (difference ${formatNumber(diff.toFixed())}): the balance sheet does not balance as printed, or a total was read from the wrong row`,
      lines,
    });
  });
  return checks;
}
