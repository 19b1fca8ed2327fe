// Which statement a table is: its nearest naming heading or title decides; failing that, what its rows are.
import { conceptOf } from "./concepts";
import { StatementKind } from "./model";
import { rules } from "./rules";

/** Text stating a table's scale: "(In thousands)", "($ in millions)". */
export function namesScale(t: string): boolean {
  return (
    rules.scaleThousands.test(t) ||
    rules.scaleMillions.test(t) ||
    rules.scaleBillions.test(t)
  );
}

/**
 * A line that is one scale statement, however long: "(In millions, except number of shares, which are reflected in
 * thousands, and per-share amounts)", "Dollars in millions, except per share amounts and shares in thousands".
 */
export function statesScaleOnly(t: string): boolean {
  return (
    t.length <= 240 &&
    (rules.wholeParenthetical.test(t) || rules.scaleLead.test(t)) &&
    namesScale(t)
  );
}

/** Text naming a statement: "CONSOLIDATED BALANCE SHEETS", "Statements of Cash Flows". */
export function namesStatement(t: string): boolean {
  return (
    rules.balanceTitle.test(t) ||
    rules.incomeTitle.test(t) ||
    (rules.cashflowTitle.test(t) && !rules.cashflowSection.test(t))
  );
}

/** A table's title: it names the statement, its scale or its dates ("December 31, 2004 and 2003"). */
export function namesTable(t: string): boolean {
  return (
    namesStatement(t) ||
    rules.equityTitle.test(t) ||
    namesScale(t) ||
    rules.multiYearPhrase.test(t)
  );
}

/** The statement a heading names, or null. */
export function statementNamed(text: string): StatementKind | null {
  if (rules.equityTitle.test(text) && !rules.balanceTitle.test(text))
    return rules.statementOfChanges.test(text) ? "other" : null;
  if (
    rules.cashflowTitle.test(text) &&
    !rules.sectionAssets.test(text) &&
    !rules.cashflowSection.test(text)
  )
    return "cashflow";
  if (rules.balanceTitle.test(text)) return "balance";
  if (rules.incomeTitle.test(text)) return "income";
  return null;
}

/**
 * `titles` nearest first: the first `headings` of them are headings over the rows ("Cash flows from operating
 * activities:", "Net income:"), the rest the title lines above the header. The nearest that names a statement
 * decides which; the title is a line above the header where one names it (or, naming none, the first line there
 * that is not only a scale or dates), a heading over the rows only failing those.
 */
export function classifyTable(
  titles: string[],
  labels: string[],
  headings = 0,
): { statement: StatementKind; title: string | null } {
  const above = titles.slice(headings);
  for (const t of titles) {
    const s = statementNamed(t);
    if (s)
      return {
        statement: s,
        title: above.find((a) => statementNamed(a) === s) ?? t,
      };
  }
  const concepts = new Set(
    labels.map((l) => conceptOf(l, "other") ?? conceptOf(l, "balance")),
  );
  const worded = (t: string) => !namesScale(t) && /[a-z]{3}/i.test(t);
  const title =
    above.find((t) => worded(t) && !rules.multiYearPhrase.test(t)) ??
    above.find(worded) ??
    titles.slice(0, headings).find(worded) ??
    null;
  const balance =
    concepts.has("total_assets") ||
    concepts.has("total_liabilities_and_equity");
  const income =
    concepts.has("net_income") ||
    concepts.has("net_income_parent") ||
    concepts.has("revenue") ||
    concepts.has("pretax_income") ||
    concepts.has("eps_basic") ||
    concepts.has("eps_basic_diluted");
  // Both kinds of line in one untitled table: selected financial data or highlights, neither statement.
  if (balance && income) return { statement: "other", title };
  if (balance) return { statement: "balance", title };
  if (income) return { statement: "income", title };
  return { statement: "other", title };
}
