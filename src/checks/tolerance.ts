// The one tolerance rule every check uses: exact where the figures compared are printed to the same unit; otherwise
// half a unit of the least precise of them. Beyond the tolerance but within the rounding every printed figure may
// carry (half its unit each), a check is not sure: it skips and says so rather than fail.
import { Decimal } from "../decimal";

/** A printed figure: its decimal string as printed and the multiplier that takes it to full units. */
export interface Operand {
  value: string;
  scale: number;
  /**
   * The decimal places the figure's column prints, where the table shows them: a column printing "7,510.24" prints
   * "4,900" to the cent too (the cents are zero), not rounded to the dollar.
   */
  places?: number;
}

/** The decimal places a column of the table prints: the most any of its figures shows. */
export function columnPlaces(values: (string | null)[]): number {
  let most = 0;
  for (const v of values) {
    const p = v === null ? 0 : (v.split(".")[1] ?? "").length;
    if (p > most) most = p;
  }
  return most;
}

/** The unit a figure is printed to, in full units: 1,234 in thousands → 1000; 0.25 per share → 0.01. */
export function printedUnit(o: Operand): Decimal {
  const places = o.places ?? (o.value.split(".")[1] ?? "").length;
  return new Decimal(10).pow(-places).times(o.scale);
}

/** Exact (0) where every operand is printed to the same unit; otherwise half the unit of the least precise one. */
export function tolerance(operands: Operand[]): Decimal {
  const units = operands.map(printedUnit);
  if (units.length === 0) return new Decimal(0);
  const coarsest = units.reduce((a, u) => (u.gt(a) ? u : a));
  return units.every((u) => u.eq(coarsest))
    ? new Decimal(0)
    : coarsest.dividedBy(2);
}

/** What rounding each printed figure (by less than half its unit) keeps a sum or difference of them below. */
export function roundingBound(operands: Operand[]): Decimal {
  return operands
    .map((o) => printedUnit(o).dividedBy(2))
    .reduce((a, u) => a.plus(u), new Decimal(0));
}

export type Verdict = "pass" | "fail" | "skip";

/** Pass within the tolerance, skip where only rounding could explain the difference, fail beyond. */
export function judge(difference: Decimal, operands: Operand[]): Verdict {
  const off = difference.abs();
  if (off.lte(tolerance(operands))) return "pass";
  // Strictly within: two figures printed to one unit that stand for one amount (total assets, total liabilities and
  // equity) round alike, so a difference of a whole unit between them is no rounding.
  return off.lt(roundingBound(operands)) ? "skip" : "fail";
}
