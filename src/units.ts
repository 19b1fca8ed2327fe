// Scale and unit of every figure, decided per row and column from every place a release states them: the table's
// title or caption ("(in millions, except per share amounts)"), a column header ("Rev $m", "Units (K)"), a heading
// or a row label ("Subscribers (000)"); per-share rows are USD/share at scale 1, counts are `other`.
import { Decimal } from "./decimal";
import { Row, Table, Unit } from "./model";
import { rules } from "./rules";

export interface ScaleStatement {
  scale: number;
  exceptPerShare: boolean;
  exceptShares: boolean;
  /** The scale the statement gives share counts ("number of shares, which are reflected in thousands"). */
  shareScale?: number;
  /** The statement speaks of dollars only ("(Dollars in thousands)"): it does not say how share counts are printed. */
  moneyOnly?: boolean;
}

const SCALE_WORD: Record<string, number> = {
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/** The scale word stated first in the text (nearest title line first), or null. */
function firstScale(text: string): number | null {
  let best: { at: number; scale: number } | null = null;
  for (const [re, scale] of [
    [rules.scaleBillions, 1e9],
    [rules.scaleMillions, 1e6],
    [rules.scaleThousands, 1e3],
  ] as const) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.at))
      best = { at: m.index, scale };
  }
  return best?.scale ?? null;
}

/** Finds the scale statement in a table's title, header and heading text; null when it states none. */
export function readScale(text: string): ScaleStatement | null {
  // "… except number of shares, which are reflected in thousands …": the share counts' own scale, read apart so
  // that its "thousands" is not taken for the table's.
  const clause = rules.sharesScaleClause.exec(text);
  const shareScale = clause ? SCALE_WORD[clause[1].toLowerCase()] : undefined;
  const rest = clause
    ? `${text.slice(0, clause.index)} ${text.slice(clause.index + clause[0].length)}`
    : text;
  // "(Dollars and shares in millions)": one scale for both.
  const scale =
    firstScale(rest) ??
    (shareScale !== undefined && rules.moneyAndShares.test(text)
      ? shareScale
      : null);
  if (scale === null && shareScale === undefined) return null;
  const statement: ScaleStatement = {
    scale: scale ?? 1,
    exceptPerShare: rules.exceptPerShare.test(rest),
    exceptShares: shareScale !== undefined || rules.exceptShares.test(rest),
  };
  if (shareScale !== undefined) statement.shareScale = shareScale;
  if (rules.moneyOnlyScale.test(rest)) statement.moneyOnly = true;
  return statement;
}

/**
 * A heading over share counts: it speaks of shares before any "per" ("Weighted average shares outstanding:",
 * "Shares used in per share calculation:"), unlike a per-share heading ("Net income per share:").
 */
export function namesShareCount(heading: string): boolean {
  const shares = rules.sharesWord.exec(heading);
  const per = rules.perWord.exec(heading);
  return shares !== null && (per === null || shares.index < per.index);
}

/** A label that names a count of things, not money: "Stores open at end of period", "Kilowatt-hour sales (kWh)". */
function namesCount(label: string, section?: string): boolean {
  if (
    rules.physicalQuantityLabel.test(label) &&
    !rules.physicalMoneyWord.test(label)
  )
    return true;
  if (rules.moneyWord.test(label)) return false;
  if (rules.unitsLabel.test(label)) return true;
  if (rules.operatingCountLabel.test(label))
    return !(section && rules.moneyWord.test(section));
  // Under a heading that leads with the counted thing ("Customers (in thousands):" Residential, Commercial).
  return section !== undefined && rules.countHeading.test(section);
}

/**
 * The unit of a row from its label and the headings it stands under; a row whose every figure is printed with "%"
 * ("Gross margin  41.2%  39.8%", "Return on average assets  1.84%"), or whose label names a percentage ("Gross
 * margin %", "Effective tax rate"), is a percentage whatever its heading; a ratio is a plain number (`other`).
 * `headings` is the row's heading, or every heading still open above it, outermost first: the nearest one names the
 * unit, and one that only qualifies a measure ("Continuing operations:", "Basic:") leaves it to the one above
 * ("Earnings per share:").
 */
export function rowUnit(
  label: string,
  headings: string | readonly string[] = [],
  percentFigures = false,
): Unit {
  // A price the label names ("… at $0.50 per share") says what the shares cost, not that the row is per share.
  label = withoutPrice(label);
  const path = (typeof headings === "string" ? [headings] : headings).map(
    withoutPrice,
  );
  if (percentFigures || rules.percentLabel.test(label)) return "percent";
  if (rules.ratioLabel.test(label) && !rules.perShareLabel.test(label))
    return "other";
  if (
    rules.shareCountLabel.test(label) &&
    !rules.notShareCountLabel.test(label)
  )
    return "shares";
  if (rules.perShareLabel.test(label)) return "USD/share";
  if (label.length < 60)
    for (let h = path.length - 1; h >= 0; h--) {
      const unit = headingUnit(path[h], label);
      if (unit) return unit;
      const passes =
        rules.neutralHeading.test(path[h]) ||
        rules.qualifierHeading.test(path[h]);
      if (!passes) break;
    }
  return namesCount(label, path[path.length - 1]) ? "other" : "USD";
}

/** The unit a heading gives the rows under it (share counts or per-share amounts), or null where it names none. */
function headingUnit(heading: string, label: string): Unit | null {
  if (namesShareCount(heading) && rules.shareCountLabel.test(heading))
    return "shares";
  if (rules.perShareLabel.test(heading) && !rules.shareCountLabel.test(label))
    return "USD/share";
  if (rules.shareCountLabel.test(heading) && !rules.perShareLabel.test(heading))
    return "shares";
  return null;
}

/** The label without the prices it names ("at $3.00 per share"). */
const withoutPrice = (text: string): string =>
  text.replace(rules.pricePerShare, " ");

/** The scale a label or heading states for its own figures ("Backlog (in millions)", "Subscribers (000)"). */
export function labelScale(text: string): number | null {
  if (rules.labelScaleMillions.test(text)) return 1e6;
  if (rules.labelScaleThousands.test(text)) return 1e3;
  return null;
}

/**
 * The multiplier to full units for a row of this unit and label under the table's scale statement; a scale stated
 * by the label, then by the innermost heading that states one, rules the table's.
 */
export function rowScale(
  unit: Unit,
  label: string,
  table: ScaleStatement | null,
  headings: string[] = [],
): number {
  if (unit === "USD/share" || unit === "percent") return 1;
  const own = labelScale(label);
  if (own !== null) return own;
  for (let h = headings.length - 1; h >= 0; h--) {
    const s = labelScale(headings[h]);
    if (s !== null) return s;
  }
  if (!table || unit === "other") return 1;
  if (unit === "shares")
    return table.shareScale ?? (table.exceptShares ? 1 : table.scale);
  return table.scale;
}

/** A row of amounts or share counts whose scale is the table's: neither its label nor a heading states one. */
export function takesTableScale(
  row: Pick<Row, "unit" | "label" | "headings">,
): boolean {
  if (row.unit !== "USD" && row.unit !== "shares") return false;
  return [row.label, ...(row.headings ?? [])].every(
    (t) => labelScale(t) === null,
  );
}

// ---- columns -------------------------------------------------------------------------------------------------------

/** What a column's own header states: its unit ("Units", "Rev") and its scale ("$m", "k", "(000's)"). */
export interface ColumnUnit {
  unit?: Unit;
  scale?: ScaleStatement;
}

/** The short scale marker of a column header ("Rev $m", "CPU Units k", "($M)", "$000"), or null. */
function columnScale(text: string, named: boolean): number | null {
  // A lone "k" or "m" is a scale only beside a word saying what is counted or priced ("Units k", not "Q3 M").
  const lone = (re: RegExp) => {
    const m = re.exec(text);
    return m !== null && (named || m[0].trim().length > 1);
  };
  if (lone(rules.columnScaleBillions)) return 1e9;
  if (lone(rules.columnScaleMillions)) return 1e6;
  if (lone(rules.columnScaleThousands)) return 1e3;
  return null;
}

/** Reads a column's header cells (top to bottom) for the unit and scale they state; {} when they state none. */
export function columnUnit(header: string[]): ColumnUnit {
  const text = header.join(" ");
  const count = rules.columnCountWord.test(text);
  const money =
    rules.columnMoneyWord.test(text) ||
    (rules.columnAmountWord.test(text) && !rules.perShareLabel.test(text));
  const price = rules.columnPriceWord.test(text);
  const shares = rules.columnSharesWord.test(text) && !price;
  const duration = rules.columnDurationWord.test(text);
  const out: ColumnUnit = {};
  if (duration && !money && !shares && !price) out.unit = "other";
  else if (price && !count && !duration) out.unit = "USD/share";
  else if (count && !money && !shares) out.unit = "other";
  else if (shares && !money && !count) out.unit = "shares";
  else if (money && !count && !shares) out.unit = "USD";
  const statement = readScale(text);
  if (statement) out.scale = statement;
  else {
    const scale = columnScale(text, out.unit !== undefined);
    if (scale !== null)
      out.scale = { scale, exceptPerShare: true, exceptShares: false };
  }
  return out;
}

// ---- one figure: row × column ------------------------------------------------------------------------------------

export interface FigureUnit {
  readonly unit: Unit;
  readonly scale: number;
}

/**
 * The unit and scale of the figure where a row meets a column. A percent column is percent; a column of counted
 * things ("CPU Units k") makes a row that names no unit of its own a count at the column's scale; a column's own
 * scale statement ("Rev $m") stands for the table's, which the row's scale already carries; a row that states its own unit and scale ("Subscribers (000)")
 * rules a money column. Null when the row and the column contradict each other (a money row in a column of units,
 * a count without a scale in a "$M" column): the figure is then left out rather than guessed.
 */
export function figureUnit(
  row: Pick<Row, "label" | "unit" | "headings" | "scale">,
  column: ColumnUnit & { percent?: boolean },
  table: ScaleStatement | null = null,
): FigureUnit | null {
  const decided = decideFigureUnit(row, column, table);
  return decided && sharedUnit(decided.unit, decided.scale);
}

/**
 * One shared object for each unit and scale: a table has a handful, and a figure's fact points at one of them rather
 * than holding its own (a dense table would otherwise hold an object per figure while it is built). Frozen, since
 * every figure of that unit and scale shares it.
 */
const SHARED = new Map<string, FigureUnit>();
export function sharedUnit(unit: Unit, scale: number): FigureUnit {
  const key = `${unit} ${scale}`;
  let shared = SHARED.get(key);
  if (!shared) SHARED.set(key, (shared = Object.freeze({ unit, scale })));
  return shared;
}

function decideFigureUnit(
  row: Pick<Row, "label" | "unit" | "headings" | "scale">,
  column: ColumnUnit & { percent?: boolean },
  table: ScaleStatement | null,
): FigureUnit | null {
  if (column.percent) return { unit: "percent", scale: 1 };
  // A column headed "SHARES" beside money columns (a statement of stockholders' equity: "Issuance of common stock
  // for cash" SHARES | AMOUNT) holds share counts whatever the label speaks of.
  if (
    column.unit === "shares" &&
    (row.unit === "USD" || row.unit === "USD/share")
  ) {
    const scale =
      labelScale(row.label) ??
      (column.scale
        ? (column.scale.shareScale ?? column.scale.scale)
        : rowScale("shares", row.label, table, row.headings ?? []));
    return { unit: "shares", scale };
  }
  // A column of prices per share ("EXERCISE PRICE") holds per-share amounts whatever the label speaks of.
  if (column.unit === "USD/share" && row.unit === "USD")
    return { unit: "USD/share", scale: 1 };
  if (column.unit === "other" && row.unit === "USD") {
    if (rules.moneyWord.test(row.label)) return null;
    const scale =
      labelScale(row.label) ?? (column.scale ? column.scale.scale : 1);
    return { unit: column.unit, scale };
  }
  if (
    column.unit === "USD" &&
    (row.unit === "other" || row.unit === "shares")
  ) {
    // A count that states its own scale ("Paid subscribers (000)") rules a money column's "($M)".
    const own = labelScale(row.label);
    return own === null ? null : { unit: row.unit, scale: own };
  }
  // The row's own scale (from the table's statement, its label or heading) unless the column states one.
  return {
    unit: row.unit,
    scale: column.scale
      ? rowScale(row.unit, row.label, column.scale, row.headings ?? [])
      : row.scale,
  };
}

// ---- relations between rows ----------------------------------------------------------------------------------------

/** Sums of per-share figures are rounded to the cent in each part. */
const CENT = new Decimal("0.01");

/**
 * Rows that make up a per-share total without saying so: "Net earnings per share before extraordinary item 1.64",
 * "Extraordinary gain 7.86", rule, "Net earnings per share 9.50". Walking up from a per-share total, the rows above
 * it that add up to it in every column (with at least one per-share row among them) are per-share figures too.
 * Returns the rows to treat as USD/share.
 */
export function perShareComponents(rows: Row[]): Set<Row> {
  const found = new Set<Row>();
  const MAX_PARTS = 6;
  rows.forEach((total, i) => {
    // The total: under a rule, or a row that names earnings per share ("Net income per share").
    if (total.unit !== "USD/share") return;
    if (!total.total && !total.concept?.startsWith("eps")) return;
    const parts: Row[] = [];
    for (let j = i - 1; j >= 0 && parts.length < MAX_PARTS; j--) {
      const r = rows[j];
      if (r.unit !== "USD" && r.unit !== "USD/share") return;
      if (r.total && r.unit === "USD") return;
      parts.push(r);
      if (parts.length < 2) continue;
      if (!parts.some((p) => p.unit === "USD/share")) continue;
      const money = parts.filter((p) => p.unit === "USD");
      if (money.length === 0) continue;
      // A row of dashes adds nothing: it cannot show what it is.
      const figures = money.flatMap((p) => p.values);
      if (!figures.some((v) => v !== null && !new Decimal(v).isZero()))
        continue;
      if (footsAll(total, parts)) {
        for (const p of parts) if (p.unit === "USD") found.add(p);
        return;
      }
    }
  });
  return found;
}

/** The parts add up to the total within a cent per part, in every column where the total has a figure. */
function footsAll(total: Row, parts: Row[]): boolean {
  let compared = 0;
  for (let k = 0; k < total.values.length; k++) {
    const t = total.values[k];
    if (t === null) continue;
    const figures = parts
      .map((p) => p.values[k])
      .filter((v): v is string => v !== null);
    if (figures.length !== parts.length) return false;
    const sum = figures.reduce((a, v) => a.plus(v), new Decimal(0));
    if (new Decimal(t).minus(sum).abs().gt(CENT.times(parts.length)))
      return false;
    compared++;
  }
  return compared > 0;
}

/** Net income, EPS and share-count rows of one basis (basic or diluted), where the table has all three. */
function epsTriple(
  table: Pick<Table, "rows">,
): { income: Row; eps: Row; shares: Row } | null {
  // The order of concepts.ts NET_INCOME (concepts.ts reads this module, so it is not imported here).
  const income =
    table.rows.find((r) => r.concept === "net_income_parent") ??
    table.rows.find((r) => r.concept === "net_income");
  const eps =
    table.rows.find(
      (r) => r.unit === "USD/share" && r.concept?.startsWith("eps"),
    ) ?? null;
  const counts = table.rows.filter((r) => r.unit === "shares");
  if (!income || !eps || counts.length === 0) return null;
  const diluted = (r: Row) =>
    rules.dilutedWord.test(`${r.section ?? ""} ${r.label}`);
  const shares = counts.find((r) => diluted(r) === diluted(eps)) ?? counts[0];
  return { income, eps, shares };
}

/**
 * How far EPS is from net income / shares at a given share scale, in each column where all three have a figure
 * (a relative difference); empty when the relation cannot be read.
 */
function epsOffsets(
  t: { income: Row; eps: Row; shares: Row },
  columns: { percent?: boolean }[],
  sharesScale: number,
): Decimal[] {
  const out: Decimal[] = [];
  columns.forEach((col, k) => {
    const [ni, sh, e] = [t.income, t.shares, t.eps].map((r) => r.values[k]);
    if (col.percent || ni === null || sh === null || e === null) return;
    const epsValue = new Decimal(e);
    if (epsValue.abs().lt("0.05") || new Decimal(sh).isZero()) return;
    const computed = new Decimal(ni)
      .times(t.income.scale)
      .dividedBy(new Decimal(sh).times(sharesScale));
    out.push(computed.dividedBy(epsValue).minus(1).abs());
  });
  return out;
}

/** Within 5%: EPS may use an adjusted numerator, but not one off by a factor of a thousand. */
const AGREES = new Decimal("0.05");

/**
 * A scale stated for dollars only ("(Dollars in thousands, except per share data)") does not say how share counts
 * are printed; where net income / shares = EPS holds at units and not at the dollars' scale, the share counts are
 * in units. Returns the scale the relation confirms for share counts, or null where it confirms nothing.
 */
export function sharesScaleByEps(
  table: Pick<Table, "rows" | "columns">,
  statement: ScaleStatement | null,
): number | null {
  if (!statement?.moneyOnly || statement.shareScale !== undefined) return null;
  if (statement.exceptShares || statement.scale === 1) return null;
  const t = epsTriple(table);
  if (!t || t.shares.scale !== statement.scale) return null;
  const agrees = (scale: number) => {
    const offs = epsOffsets(t, table.columns, scale);
    return offs.length > 0 && offs.every((d) => d.lte(AGREES));
  };
  return agrees(1) && !agrees(statement.scale) ? 1 : null;
}

/**
 * Net income / weighted shares ≈ EPS confirms the relative scale of income and shares. Where the figures agree
 * only after a factor of a thousand (or a million) the stated scales contradict them: a warning, never a change.
 */
export function scaleContradictions(table: Table): string[] {
  const t = epsTriple(table);
  if (!t) return [];
  const { income, eps, shares } = t;
  const out: string[] = [];
  table.columns.forEach((col, k) => {
    const [ni, sh, e] = [income, shares, eps].map((r) => r.values[k]);
    if (col.percent || ni === null || sh === null || e === null) return;
    const epsValue = new Decimal(e);
    if (epsValue.abs().lt("0.05") || new Decimal(sh).isZero()) return;
    // |income / shares / EPS| within 5% of a factor, cross-multiplied: exact, and no 1,000-digit quotients.
    const earned = new Decimal(ni).times(income.scale).abs();
    const perShare = new Decimal(sh).times(shares.scale).times(epsValue).abs();
    for (const factor of [1e3, 1e6, 1e-3, 1e-6]) {
      const expected = perShare.times(factor);
      if (earned.minus(expected).abs().lte(expected.times(AGREES))) {
        out.push(
          `${eps.label} ${e} in column "${col.column}" agrees with ${income.label.toLowerCase()} (×${income.scale}) / ${shares.label.toLowerCase()} (×${shares.scale}) only after a factor of ${factor < 1 ? `1/${1 / factor}` : factor}: the stated scale of income or of shares looks wrong; figures left as stated`,
        );
        return;
      }
    }
  });
  return out;
}

/**
 * The two tables print one figure alike: a row of the same concept with the same value in a column of the same
 * period (net income in the income statement and again at the top of the cash-flow statement).
 */
export function sharesFigure(
  before: Pick<Table, "rows" | "columns">,
  table: Pick<Table, "rows" | "columns">,
): boolean {
  return table.rows.some((row) => {
    if (row.concept === null || row.unit !== "USD") return false;
    const other = before.rows.find(
      (b) => b.concept === row.concept && b.unit === "USD",
    );
    if (!other) return false;
    return table.columns.some((col, k) => {
      const v = row.values[k];
      if (col.period === null || v === null || new Decimal(v).isZero())
        return false;
      const j = before.columns.findIndex((c) => c.period === col.period);
      const w = j >= 0 ? other.values[j] : null;
      return w !== null && w !== undefined && new Decimal(w).equals(v);
    });
  });
}

// ---- a table that states no scale ----------------------------------------------------------------------------

/** The middle size of a table's money figures as printed (rows whose scale is the table's, not their own). */
function typicalMoney(table: Pick<Table, "rows">): Decimal | null {
  const sizes: Decimal[] = [];
  for (const row of table.rows) {
    if (row.unit !== "USD" || !takesTableScale(row)) continue;
    for (const v of row.values)
      if (v !== null) {
        // The size without its sign, read once (a decimal string's sign is its leading "-").
        const d = new Decimal(v.startsWith("-") ? v.slice(1) : v);
        if (!d.isZero()) sizes.push(d);
      }
  }
  if (sizes.length < 3) return null;
  sizes.sort((a, b) => a.comparedTo(b));
  return sizes[Math.floor(sizes.length / 2)];
}

/**
 * How much larger or smaller a table's typical amount may be, as printed, and still be in the stated table's
 * scale (a balance sheet's lines beside a quarter's income lines).
 */
const SAME_SCALE = { below: 30, above: 30 };
/**
 * A table in units after one ×1000 prints its amounts about 1000 times larger: from a seventh of that to 50 times
 * it. Between the two bands (30 to 150 times, for thousands) the size tells nothing.
 */
const IN_UNITS = { below: 7, above: 50 };

export type ScaleBySize = "same" | "units" | "unknown";

/**
 * A table that states no scale, after one that does: its money figures, as printed, beside the stated table's.
 * Of one size, it is printed in the same scale — a reader takes a balance sheet of 12,484 after sales of 6,937
 * "(in thousands)" as thousands too; about the stated scale larger (12,484,000), in units. Anything else cannot
 * be told, and its amounts are better left out than guessed.
 */
export function scaleBySize(
  table: Pick<Table, "rows">,
  stated: { table: Pick<Table, "rows">; scale: number },
): ScaleBySize {
  const mine = typicalMoney(table);
  const theirs = typicalMoney(stated.table);
  if (mine === null || theirs === null) return "unknown";
  const ratio = mine.div(theirs);
  const within = (lo: Decimal | number, hi: Decimal | number) =>
    ratio.gte(lo) && ratio.lte(hi);
  if (within(new Decimal(1).div(SAME_SCALE.below), SAME_SCALE.above))
    return "same";
  if (
    stated.scale > 1 &&
    within(
      new Decimal(stated.scale).div(IN_UNITS.below),
      new Decimal(stated.scale).times(IN_UNITS.above),
    )
  )
    return "units";
  return "unknown";
}

/** Whether a table prints enough amounts in its own scale to measure another against it. */
export const printsMoney = (table: Pick<Table, "rows">): boolean =>
  typicalMoney(table) !== null;
