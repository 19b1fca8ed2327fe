// The figures the HEMA functions name → the concepts that answer them, in order of preference.
import { Concept } from "./concepts";

export type Basis = "basic" | "diluted" | null;

export interface ItemSpec {
  concepts: Concept[];
  /** A balance-sheet figure: stands at a date; a duration argument means its end. */
  instant: boolean;
  /** Net loss, pretax loss: a loss is negative even where the release prints it positive under a "loss" label. */
  signed: boolean;
}

const FLOW = (concepts: Concept[], signed = false): ItemSpec => ({ concepts, instant: false, signed });
const STOCK = (concepts: Concept[]): ItemSpec => ({ concepts, instant: true, signed: false });

export const ITEMS: Record<string, ItemSpec> = {
  NETLOSS: FLOW(["net_income"], true),
  NETINCOME: FLOW(["net_income"], true),
  REVENUE: FLOW(["revenue"]),
  PRETAXINCOME: FLOW(["pretax_income"], true),
  INCOMETAX: FLOW(["income_tax"]),
  OPERATINGINCOME: FLOW(["operating_income"], true),
  GROSSPROFIT: FLOW(["gross_profit"]),
  EPS: FLOW(["eps_basic_diluted", "eps", "eps_diluted", "eps_basic"]),
  SHARES: FLOW(["shares_basic_diluted", "shares", "shares_diluted", "shares_basic"]),
  CASH: STOCK(["cash"]),
  TOTALASSETS: STOCK(["total_assets"]),
  TOTALLIABILITIES: STOCK(["total_liabilities"]),
  EQUITY: STOCK(["equity"]),
  TOTALLIABILITIESEQUITY: STOCK(["total_liabilities_and_equity"]),
};

/** EPS and SHARES on a basis: the basis asked for, else a combined "basic and diluted" row. */
export function withBasis(item: string, spec: ItemSpec, basis: Basis): ItemSpec {
  if (!basis || (item !== "EPS" && item !== "SHARES")) return spec;
  const stem = item === "EPS" ? "eps" : "shares";
  return { ...spec, concepts: [`${stem}_${basis}` as Concept, `${stem}_basic_diluted` as Concept] };
}

/** Reads a basis argument; undefined when it is not one. */
export function readBasis(arg: string | undefined | null): Basis | undefined {
  if (arg === undefined || arg === null || String(arg).trim() === "") return null;
  const s = String(arg).trim().toLowerCase();
  if (/^(?:basic|primary)$/.test(s)) return "basic";
  if (/^(?:(?:fully[\s-]?)?diluted)$/.test(s)) return "diluted";
  return undefined;
}
