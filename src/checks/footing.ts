// footing.total: components foot to totals, column by column, in exact decimals, only where the layout shows which
// rows a total sums. The rows a total sums are those of its heading since the last total there; a heading closed
// without a total of its own hands its rows to the heading above, one closed by a subtotal hands up the subtotal only
// (each counted once). "Total stockholders' equity" under a run of its own heading sums from that heading. A row
// labelled "Less …" printed without a sign is subtracted when that is what foots; so is a charge ("Interest expense")
// printed without a sign under a net of both ("Other income (expense):", "Total other income, net"), and elsewhere
// such a total is skipped, not failed. Never footed: reconciliations, rates, per-share rows, % change columns; in
// highlights and key figures (rows picked from elsewhere) a total that does not foot is skipped, never failed.
import { Decimal } from "../decimal";
import { Check, Row, Table } from "../model";
import { formatNumber } from "../numbers";
import { append } from "../extremes";
import { rules } from "../rules";
import {
  columnPlaces,
  judge,
  Operand,
  roundingBound,
  tolerance,
} from "./tolerance";

interface Group {
  path: string[];
  rows: Row[];
}

const isPrefix = (a: string[], b: string[]) =>
  a.length <= b.length && a.every((h, i) => h === b[i]);
const same = (a: string[], b: string[]) =>
  a.length === b.length && isPrefix(a, b);

function isTotal(row: Row): boolean {
  return rules.footingTotalLabel.test(row.label);
}

/** Rows a total can sum: figures in the total's own unit and scale (never a rate or a per-share row). */
const addable = (total: Row) => (r: Row) =>
  r.unit === total.unit && r.scale === total.scale;

/** The rows each "Total" row sums, by walking the table's outline of headings. */
export function totalsWithComponents(
  table: Table,
): { total: Row; parts: Row[] }[] {
  const out: { total: Row; parts: Row[] }[] = [];
  const stack: Group[] = [{ path: [], rows: [] }];
  for (const row of table.rows) {
    const path = row.headings ?? [];
    if (!same(path, stack[stack.length - 1].path)) {
      // A heading that closes hands its rows since its last total (that total alone where it closed on one) to the
      // heading above: "Total current assets" stands for its rows in "Total assets"; the items of a sub-heading
      // without a subtotal ("Convertible preferred stock:" Series A, Series B) count in the total above.
      while (
        stack.length > 1 &&
        !isPrefix(stack[stack.length - 1].path, path)
      ) {
        const closed = stack.pop()!;
        append(stack[stack.length - 1].rows, closed.rows);
      }
      // Every heading open above the row has its group, so what a closing heading hands up reaches its parent.
      for (
        let d = stack[stack.length - 1].path.length + 1;
        d <= path.length;
        d++
      )
        stack.push({ path: path.slice(0, d), rows: [] });
    }
    const group = stack[stack.length - 1];
    if (isTotal(row)) {
      out.push({ total: row, parts: group.rows.filter(addable(row)) });
      group.rows = [row];
    } else group.rows.push(row);
  }
  return out.filter((t) => t.parts.length >= 2);
}

/**
 * The rows from the heading a total names ("Total stockholders' equity" ← "STOCKHOLDERS' EQUITY:") down to the total,
 * each earlier total standing for the rows it sums: for layouts where the items run back out to the heading's margin.
 */
function fromNamedHeading(
  table: Table,
  at: number,
  partsOf: Map<Row, Row[]>,
): Row[] | null {
  const total = table.rows[at];
  const name = words(total.label.replace(rules.footingTotalLabel, ""));
  if (name.length === 0) return null;
  let start = -1;
  // Looked for among the rows just above (a statement's section is never this long): linear in the table.
  for (let i = at - 1; i >= Math.max(0, at - NAMED_HEADING_REACH); i--) {
    const h = table.rows[i].headings ?? [];
    if (h.some((x) => sameWords(words(x), name))) start = i;
    else if (start >= 0) break;
  }
  if (start < 0) return null;
  const range = table.rows.slice(start, at).filter(addable(total));
  const nested = new Set<Row>();
  for (const r of range) for (const p of partsOf.get(r) ?? []) nested.add(p);
  return range.filter((r) => !nested.has(r));
}

const NAMED_HEADING_REACH = 60;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 2);
const sameWords = (a: string[], b: string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/** A total, or the heading it closes, names a net of income and charges: "Other income (expense), net". */
const netOfCharges = (total: Row) =>
  rules.netOfCharges.test(total.label) ||
  rules.netOfCharges.test(total.headings?.[total.headings.length - 1] ?? "");

/** How a total's rows are read: as printed, "Less …" rows subtracted, or charges under a net subtracted too. */
type Reading = "printed" | "less" | "charges";

/** The row's figure is subtracted in this reading: printed without a sign, labelled "Less …" or as a charge. */
function subtracted(p: Row, v: string, reading: Reading): boolean {
  if (reading === "printed" || v.startsWith("-")) return false;
  return (
    rules.lessLabel.test(p.label) ||
    (reading === "charges" && rules.chargeLabel.test(p.label))
  );
}

/** The sum of the rows' figures in one column, read as `reading` says, and the operands. */
function foot(
  total: Row,
  rows: Row[],
  k: number,
  reading: Reading = "printed",
  places?: number,
) {
  const figures: string[] = [];
  /** The rows read as subtracted, for the message. */
  const minus: string[] = [];
  for (const p of rows) {
    const v = p.values[k];
    if (v === null) continue;
    if (subtracted(p, v, reading)) {
      figures.push(new Decimal(v).neg().toFixed());
      minus.push(p.label);
    } else figures.push(v);
  }
  const sum = figures.reduce((a, v) => a.plus(v), new Decimal(0));
  const diff = new Decimal(total.values[k]!).minus(sum);
  const operands: Operand[] = [total.values[k]!, ...figures].map((value) => ({
    value,
    scale: 1,
    places,
  }));
  return {
    rows,
    figures,
    sum,
    diff,
    operands,
    minus,
    reading,
    verdict: judge(diff, operands),
  };
}

/** Why the rows under a total cannot be read as its components in this column, or null where they can. */
function ambiguity(total: Row, parts: Row[], k: number): string | null {
  if (parts.some((p) => p.label.trim() === ""))
    return "a row above it has no label, so what it sums is unclear";
  // A row blank here but with a figure where the total has none: its figure may belong in this column.
  const blank = total.values.map((v) => v === null);
  if (
    parts.some(
      (p) =>
        p.values[k] === null && p.values.some((v, j) => v !== null && blank[j]),
    )
  )
    return "rows above it have figures in columns the total leaves blank: the columns may be misaligned";
  if (parts.every((p) => p.values[k] === null))
    return "none of the rows above it has a figure in this column";
  return null;
}

/** The same rows foot the same total exactly in another column of the table. */
function confirmed(table: Table, total: Row, parts: Row[], k: number) {
  return total.values.some(
    (t, j) =>
      j !== k &&
      !table.columns[j]?.percent &&
      t !== null &&
      parts.some((p) => p.values[j] !== null) &&
      foot(total, parts, j).diff.isZero(),
  );
}

export function footingChecks(table: Table): Check[] {
  if (table.title && rules.reconciliationTitle.test(table.title)) return [];
  const picked = !!table.title && rules.highlightsTitle.test(table.title);
  const checks: Check[] = [];
  const totals = totalsWithComponents(table);
  const partsOf = new Map(totals.map((t) => [t.total, t.parts]));
  // Where each total stands: a long table's rows are not each given a pair and a map entry.
  const index = new Map<Row, number>();
  table.rows.forEach((r, i) => {
    if (partsOf.has(r)) index.set(r, i);
  });
  // The decimals each column prints, a unit and scale at a time: read once a table, not once a total.
  const places = new Map<string, number[]>();
  const placesOf = (total: Row) => {
    const id = `${total.unit}|${total.scale}`;
    let found = places.get(id);
    if (!found) {
      const rows = table.rows.filter(addable(total));
      found = table.columns.map((_, k) =>
        columnPlaces(rows.map((r) => r.values[k])),
      );
      places.set(id, found);
    }
    return found;
  };
  for (const { total, parts: all } of totals) {
    // Rates and per-share figures do not add up: a total's growth rate is no sum of its parts' rates.
    if (total.unit === "percent" || total.unit === "USD/share") continue;
    // An earlier total at the head of the rows may be a component ("Total current assets" in "Total assets") or the
    // end of the block before ("Total assets" above "Accounts payable … Total current liabilities" with no heading
    // between): the total foots either way.
    const own = all.filter((p) => !isTotal(p));
    const named = fromNamedHeading(table, index.get(total)!, partsOf);
    // Charges subtracted is the last reading tried: only where no other foots.
    const sets = named && named.length >= 2 ? [all, own, named] : [all, own];
    const candidates: [Row[], Reading][] = [
      ...sets.flatMap((rows) =>
        (["printed", "less"] as const).map((reading): [Row[], Reading] => [
          rows,
          reading,
        ]),
      ),
      ...sets.map((rows): [Row[], Reading] => [rows, "charges"]),
    ];
    table.columns.forEach((col, k) => {
      const t = total.values[k];
      if (col.percent || t === null) return;
      const places = placesOf(total)[k];
      const tries = candidates
        .filter(([rows]) => rows.length > 0)
        .map(([rows, reading]) => foot(total, rows, k, reading, places));
      const f =
        tries.find((x) => x.verdict === "pass") ??
        tries.find((x) => x.verdict === "skip") ??
        tries[0];
      if (!f || f.figures.length === 0) return;
      const { rows: parts, sum, diff, operands, minus } = f;
      const withMinus = minus.length ? `, ${minus.join(", ")} subtracted` : "";
      let status = f.verdict;
      // Rows picked from elsewhere (highlights) sum to a total only where another column shows they do. A charge
      // subtracted foots for sure only under a net of both ("Other income (expense)"): elsewhere, not sure.
      const unclear =
        status === "pass" &&
        f.reading === "charges" &&
        !netOfCharges(total) &&
        minus.some((label) => !rules.lessLabel.test(label))
          ? `it foots only with ${minus.join(", ")} subtracted, and neither it nor its heading says it nets charges against income`
          : status !== "fail"
            ? null
            : picked && !confirmed(table, total, parts, k)
              ? "a highlights table's rows may be picked from elsewhere rather than sum to it, and no other column shows they do"
              : ambiguity(total, parts, k);
      if (unclear) status = "skip";
      const n = parts.length;
      checks.push({
        id: "footing.total",
        column: col.column,
        period: col.period,
        status,
        expected: t,
        actual: sum.toFixed(),
        difference: diff.toFixed(),
        message:
          status === "pass"
            ? `${total.label} ${formatNumber(t)} = sum of the ${n} rows above${withMinus}`
            : unclear
              ? `${total.label} ${formatNumber(t)} not footed: ${unclear}`
              : status === "skip"
                ? `${total.label} ${formatNumber(t)} differs from the sum of the ${n} rows above ${formatNumber(sum.toFixed())} by ${formatNumber(diff.toFixed())}, no more than the rounding of the printed figures (up to ${formatNumber(roundingBound(operands).toFixed())}): check the release's unrounded figures`
                : `${total.label} ${formatNumber(t)} ≠ sum of the ${n} rows above ${formatNumber(sum.toFixed())} (difference ${formatNumber(diff.toFixed())}): one of these printed figures is wrong, or a row above is not part of this total`,
        lines: [...parts.map((p) => p.line), total.line],
        tolerance: tolerance(operands).toFixed(),
      });
    });
  }
  return checks;
}
