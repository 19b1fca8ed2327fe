/// <reference types="custom-functions-runtime" />
/* global CustomFunctions */
// The HEMA custom functions (namespace HEMA, see manifest.xml). Each one waits for the store to finish loading
// from the workbook, asks src/answers.ts (the same code `hema get` and the standalone preview use), and turns an
// error value into CustomFunctions.Error: #VALUE! for a malformed argument, #N/A for a figure that isn't there.
// Metadata (functions.json) is generated from these JSDoc blocks; parameters are primitives only.
import * as answers from "../src/answers";
import { expectLoad, getStore, whenReady } from "../src/live-store";
import { excelFullCalculation, installRecalc } from "./recalc";

type Result<T> = answers.Answer<T>;

function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  const code =
    r.code === "invalidValue"
      ? CustomFunctions.ErrorCode.invalidValue
      : CustomFunctions.ErrorCode.notAvailable;
  throw new CustomFunctions.Error(code, r.message);
}

async function ask<T>(f: () => Result<T>): Promise<T> {
  await whenReady();
  return unwrap(f());
}

const figure = (
  item: string,
  period: string | number,
  company?: string,
  basis?: string,
) =>
  ask(() => answers.figure(getStore(), item, period, company ?? null, basis));

/**
 * Net income or net loss for a period, signed as reported: a loss is negative.
 * @customfunction NETLOSS
 * @param period Period: "Q2-2003", "2Q03", "6M-2003", "H1-2003", "FY2003", "2003-06-30" or a date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Net income (loss) in full units.
 */
export function netLoss(period: any, company?: string): Promise<number> {
  return figure("NETLOSS", period, company);
}

/**
 * Net income for a period, signed as reported: a loss is negative (the same figure as NETLOSS).
 * @customfunction NETINCOME
 * @param period Period: "Q2-2003", "2Q03", "6M-2003", "H1-2003", "FY2003", "2003-06-30" or a date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Net income (loss) in full units.
 */
export function netIncome(period: any, company?: string): Promise<number> {
  return figure("NETINCOME", period, company);
}

/**
 * Revenue (sales) for a period.
 * @customfunction REVENUE
 * @param period Period: "Q2-2003", "2Q03", "6M-2003", "H1-2003", "FY2003" or a date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Revenue in full units.
 */
export function revenue(period: any, company?: string): Promise<number> {
  return figure("REVENUE", period, company);
}

/**
 * Income (loss) before income taxes for a period; a loss is negative.
 * @customfunction PRETAXINCOME
 * @param period Period: "Q2-2003", "6M-2003", "FY2003" or a date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Pretax income in full units.
 */
export function pretaxIncome(period: any, company?: string): Promise<number> {
  return figure("PRETAXINCOME", period, company);
}

/**
 * Income tax expense (benefit) for a period, as reported.
 * @customfunction INCOMETAX
 * @param period Period: "Q2-2003", "6M-2003", "FY2003" or a date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Income tax in full units.
 */
export function incomeTax(period: any, company?: string): Promise<number> {
  return figure("INCOMETAX", period, company);
}

/**
 * Earnings (loss) per share for a period. Without a basis: the one row the release gives, else basic (primary) where basic and diluted both exist.
 * @customfunction EPS
 * @param period Period: "Q2-2003", "6M-2003", "FY2003" or a date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @param [basis] "basic" or "diluted"; by default basic where the release gives both.
 * @returns Per-share amount.
 */
export function eps(
  period: any,
  company?: string,
  basis?: string,
): Promise<number> {
  return figure("EPS", period, company, basis);
}

/**
 * Weighted average shares outstanding for a period. Without a basis: the one row the release gives, else basic where basic and diluted both exist.
 * @customfunction SHARES
 * @param period Period: "Q2-2003", "6M-2003", "FY2003" or a date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @param [basis] "basic" or "diluted"; by default basic where the release gives both.
 * @returns Number of shares.
 */
export function shares(
  period: any,
  company?: string,
  basis?: string,
): Promise<number> {
  return figure("SHARES", period, company, basis);
}

/**
 * Total assets at a balance-sheet date (a period means its end: "FY2002" is December 31, 2002).
 * @customfunction TOTALASSETS
 * @param date Date: "2003-06-30", "6/30/2003", "June 30, 2003", a date, or a period such as "Q2-2003".
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Total assets in full units.
 */
export function totalAssets(date: any, company?: string): Promise<number> {
  return figure("TOTALASSETS", date, company);
}

/**
 * Total liabilities at a balance-sheet date.
 * @customfunction TOTALLIABILITIES
 * @param date Date: "2003-06-30", a date, or a period such as "Q2-2003".
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Total liabilities in full units.
 */
export function totalLiabilities(date: any, company?: string): Promise<number> {
  return figure("TOTALLIABILITIES", date, company);
}

/**
 * Shareholders' equity at a balance-sheet date.
 * @customfunction EQUITY
 * @param date Date: "2003-06-30", a date, or a period such as "Q2-2003".
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Equity in full units.
 */
export function equity(date: any, company?: string): Promise<number> {
  return figure("EQUITY", date, company);
}

/**
 * Total liabilities and shareholders' equity at a balance-sheet date.
 * @customfunction TOTALLIABILITIESEQUITY
 * @param date Date: "2003-06-30", a date, or a period such as "Q2-2003".
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns Total liabilities and equity in full units.
 */
export function totalLiabilitiesEquity(
  date: any,
  company?: string,
): Promise<number> {
  return figure("TOTALLIABILITIESEQUITY", date, company);
}

/**
 * Any figure: by concept id (net_income, total_assets …) or by row label (case, spaces and punctuation ignored; a unique prefix is enough). A label printed more than once with different figures is #N/A listing each as "heading › label": name one that way, e.g. "Georgia Power › Net Income Available to Common" (a heading, column group or table title, or its first words; ">" also separates).
 * @customfunction VALUE
 * @param item Concept id or row label, e.g. "Long-term liabilities", optionally after headings: "Primary › From operations".
 * @param period Period or date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns The figure in full units (per-share and percent as written).
 */
export function value(
  item: string,
  period: any,
  company?: string,
): Promise<number> {
  return ask(() => answers.value(getStore(), item, period, company ?? null));
}

/**
 * TRUE when total assets equal total liabilities and equity at the date.
 * @customfunction BALANCED
 * @param date Date: "2003-06-30", a date, or a period such as "Q2-2003".
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns TRUE or FALSE.
 */
export function balanced(date: any, company?: string): Promise<boolean> {
  return ask(() => answers.balanced(getStore(), date, company ?? null));
}

/**
 * The periods the loaded releases report, one per row with a header row.
 * @customfunction PERIODS
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns A table: period, end date, fiscal id, column header, release.
 */
export function periods(company?: string): Promise<string[][]> {
  return ask(() => answers.periods(getStore(), company ?? null));
}

/**
 * The line items of the loaded releases, one per row with a header row.
 * @customfunction ITEMS
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns A table: label, concept, statement, unit, release.
 */
export function items(company?: string): Promise<string[][]> {
  return ask(() => answers.items(getStore(), company ?? null));
}

/**
 * The releases kept in this workbook, one per row with a header row.
 * @customfunction RELEASES
 * @returns A table: id, company, ticker, release date, tables, facts, source.
 */
export function releases(): Promise<string[][]> {
  return ask(() => answers.releases(getStore()));
}

/**
 * Where a figure was read: release, table, row, column, line number and the source line itself; older releases that printed it differently (restatements) after it.
 * @customfunction SOURCE
 * @param item NETLOSS, REVENUE … a concept id or a row label, optionally after headings ("Georgia Power › Net income").
 * @param period Period or date.
 * @param [company] Ticker, company name or a word of it ("Kroger"), or a release id; optional when one company is loaded.
 * @returns A description of the figure's source.
 */
export function source(
  item: string,
  period: any,
  company?: string,
): Promise<string> {
  return ask(() => answers.source(getStore(), item, period, company ?? null));
}

// The pane bundle, loaded right after this one by the same page, reads the releases kept in the workbook.
expectLoad(10_000);
installRecalc(excelFullCalculation);
