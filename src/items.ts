// The figures the HEMA functions name → the concepts that answer them, in order of preference.
import { Concept, NET_INCOME } from "./concepts";

export type Basis = "basic" | "diluted" | null;

export interface ItemSpec {
  concepts: Concept[];
  /** A balance-sheet figure: stands at a date; a duration argument means its end. */
  instant: boolean;
  /** Net loss, pretax loss: a loss is negative even where the release prints it positive under a "loss" label. */
  signed: boolean;
  /** What a message calls it: "net income (loss)". */
  name?: string;
}

const FLOW = (name: string, concepts: Concept[], signed = false): ItemSpec => ({
  name,
  concepts,
  instant: false,
  signed,
});
const STOCK = (name: string, concepts: Concept[]): ItemSpec => ({
  name,
  concepts,
  instant: true,
  signed: false,
});

export const ITEMS: Record<string, ItemSpec> = {
  NETLOSS: FLOW("net income (loss)", [...NET_INCOME], true),
  NETINCOME: FLOW("net income (loss)", [...NET_INCOME], true),
  REVENUE: FLOW("revenue", ["revenue"]),
  PRETAXINCOME: FLOW(
    "income (loss) before income taxes",
    ["pretax_income"],
    true,
  ),
  INCOMETAX: FLOW("income tax", ["income_tax"]),
  OPERATINGINCOME: FLOW("operating income (loss)", ["operating_income"], true),
  GROSSPROFIT: FLOW("gross profit", ["gross_profit"]),
  // Without a basis: the one row the release gives, else basic (primary) where basic and diluted both exist.
  EPS: FLOW("earnings per share", [
    "eps_basic_diluted",
    "eps",
    "eps_basic",
    "eps_diluted",
  ]),
  SHARES: FLOW("weighted average shares", [
    "shares_basic_diluted",
    "shares",
    "shares_basic",
    "shares_diluted",
  ]),
  CASH: STOCK("cash", ["cash"]),
  TOTALASSETS: STOCK("total assets", ["total_assets"]),
  TOTALLIABILITIES: STOCK("total liabilities", ["total_liabilities"]),
  EQUITY: STOCK("equity", ["equity"]),
  TOTALLIABILITIESEQUITY: STOCK("total liabilities and equity", [
    "total_liabilities_and_equity",
  ]),
};

/** EPS and SHARES on a basis: the basis asked for, else a combined "basic and diluted" row. */
export function withBasis(
  item: string,
  spec: ItemSpec,
  basis: Basis,
): ItemSpec {
  if (!basis || (item !== "EPS" && item !== "SHARES")) return spec;
  const stem = item === "EPS" ? "eps" : "shares";
  return {
    ...spec,
    concepts: [
      `${stem}_${basis}` as Concept,
      `${stem}_basic_diluted` as Concept,
    ],
  };
}

/** Reads a basis argument; undefined when it is not one. */
export function readBasis(arg: string | undefined | null): Basis | undefined {
  if (arg === undefined || arg === null || String(arg).trim() === "")
    return null;
  const s = String(arg).trim().toLowerCase();
  if (/^(?:basic|primary)$/.test(s)) return "basic";
  if (/^(?:(?:fully[\s-]?)?diluted)$/.test(s)) return "diluted";
  return undefined;
}
