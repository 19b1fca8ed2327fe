// Labels → canonical concept ids, by synonyms. A label is compared in a plain form (lower case, footnote markers,
// "(See Note)" and punctuation removed); a bare "Total", "Basic" or "Diluted" takes its meaning from its heading.
import { Row, StatementKind } from "./model";
import { rules } from "./rules";
import { namesShareCount } from "./units";

export const CONCEPTS = [
  "revenue",
  "cost_of_revenue",
  "gross_profit",
  "operating_income",
  "pretax_income",
  "income_tax",
  "net_income",
  "net_income_parent",
  "net_income_common",
  "eps",
  "eps_basic",
  "eps_diluted",
  "eps_basic_diluted",
  "shares",
  "shares_basic",
  "shares_diluted",
  "shares_basic_diluted",
  "cash",
  "current_assets",
  "total_assets",
  "current_liabilities",
  "long_term_liabilities",
  "total_liabilities",
  "equity",
  "total_liabilities_and_equity",
] as const;
export type Concept = (typeof CONCEPTS)[number];

/**
 * Net income, in order of preference: where noncontrolling interests take a share, the company's own ("… attributable
 * to Acme", what its EPS divides) before the consolidated figure.
 */
export const NET_INCOME: readonly Concept[] = [
  "net_income_parent",
  "net_income",
];

/**
 * How many labels each memo below remembers before it starts again: a release has a few hundred distinct labels, a
 * store of many a few thousand; past that a memo only holds memory for as long as the add-in runs.
 */
const MEMO_SIZE = 5000;
const plainLabels = new Map<string, string>();

/** The plain form labels are compared in (remembered: the same labels recur in every table and lookup). */
export function plainLabel(label: string): string {
  let p = plainLabels.get(label);
  if (p === undefined) {
    if (plainLabels.size > MEMO_SIZE) plainLabels.clear();
    plainLabels.set(label, (p = plainForm(label)));
  }
  return p;
}

function plainForm(label: string): string {
  return label
    .toLowerCase()
    .replace(/\((?:see\s+)?notes?\b[^)]*\)|\bsee\s+notes?\b.*$/g, " ")
    .replace(/\([a-z0-9]\)|\*+/g, " ")
    .replace(/'s\b/g, "s")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A concept and the labels that name it; a null concept names labels that are no concept (the first match wins). */
type Synonym = [Concept | null, RegExp, StatementKind[]?];

const ANY: StatementKind[] = ["income", "balance", "cashflow", "other"];
const INCOME: StatementKind[] = ["income", "other"];
const BALANCE: StatementKind[] = ["balance", "other"];

const NET =
  "(?:income|earnings|loss|profit|\\(loss\\) income|income \\(loss\\)|earnings \\(loss\\)|\\(loss\\) earnings|loss income|income loss)";

/** The interests in subsidiaries that are not the company's. */
const MINORITY =
  "(?:the )?(?:non ?controlling|non controlling|minority|redeemable non ?controlling) interests?";

/** First match wins: the specific before the general. */
const SYNONYMS: Synonym[] = [
  // "shares" in the plural: "Net loss per share - basic and diluted" is a per-share amount, not a share count.
  [
    "shares_basic_diluted",
    /\bshares\b.*\bbasic and diluted\b|\bbasic and diluted\b.*\bshares\b/,
    ANY,
  ],
  [
    "shares_diluted",
    /(?:average|weighted|number of).*\bshares\b.*\b(?:fully )?diluted\b|\bdiluted\b.*\b(?:average|weighted)\b.*\bshares\b|\b(?:average|weighted)\b.*\b(?:fully )?diluted\b.*\bshares\b|^shares used in\b.*\b(?:fully )?diluted\b|^shares(?: used)? (?:fully )?diluted$|^(?:fully )?diluted (?:common )?shares(?: outstanding)?$/,
    ANY,
  ],
  [
    "shares_basic",
    /(?:average|weighted|number of).*\bshares\b.*\b(?:basic|primary)\b|\bbasic\b.*\b(?:average|weighted)\b.*\bshares\b|\b(?:average|weighted)\b.*\b(?:basic|primary)\b.*\bshares\b|^shares used in\b.*\b(?:basic|primary)\b|^shares(?: used)? (?:basic|primary)$|^(?:basic|primary) (?:common )?shares(?: outstanding)?$/,
    ANY,
  ],
  [
    "shares",
    /^(?:weighted )?average (?:number of )?(?:common )?shares(?: outstanding)?(?: \(in (?:thousands|millions)\))?$|^weighted average (?:number of )?(?:common )?shares(?: outstanding)?$|^(?:common )?shares outstanding$/,
    ANY,
  ],
  [
    "eps_basic_diluted",
    /\b(?:basic and diluted|diluted and basic)\b.*\b(?:per (?:common )?share|eps)\b|\b(?:per (?:common )?share|eps)\b.*\bbasic and diluted\b/,
    INCOME,
  ],
  [
    "eps_diluted",
    /^(?:net )?(?:income|earnings|loss|\(loss\) income|income \(loss\)|earnings \(loss\))?\s*(?:per (?:common )?share|eps)\W*(?:fully )?diluted$|^(?:fully )?diluted (?:net )?(?:income |earnings |loss |\(loss\) |income \(loss\) |earnings \(loss\) )?(?:per (?:common )?share|eps)$|^fully diluted net (?:income|earnings|loss)(?: \(loss\))? per (?:common )?share$|^(?:net )?(?:income|earnings|loss|\(loss\) income|income \(loss\)|earnings \(loss\)) per (?:(?:common )?share\W*assuming (?:full )?dilution|(?:fully )?diluted (?:common )?share)$/,
    INCOME,
  ],
  [
    "eps_basic",
    /^(?:net )?(?:income|earnings|loss|\(loss\) income|income \(loss\)|earnings \(loss\))?\s*(?:per (?:common )?share|eps)\W*basic$|^basic (?:net )?(?:income |earnings |loss |\(loss\) |income \(loss\) |earnings \(loss\) )?(?:per (?:common )?share|eps)$|^primary net (?:income|earnings|loss)(?: \(loss\))? per (?:common )?share$|^(?:net )?(?:income|earnings|loss|\(loss\) income|income \(loss\)|earnings \(loss\)) per basic (?:common )?share$/,
    INCOME,
  ],
  [
    "eps",
    new RegExp(`^(?:net ${NET}|earnings|${NET}) per (?:common )?share$`),
    INCOME,
  ],
  [
    "revenue",
    /^(?:total )?(?:net )?(?:operating )?(?:revenues?|sales)(?: net)?$|^(?:total )?net (?:revenues?|sales)$|^revenues? net$/,
    INCOME,
  ],
  [
    "cost_of_revenue",
    /^(?:total )?costs? of (?:net )?(?:revenues?|sales|goods sold|products sold|services)$/,
    INCOME,
  ],
  ["gross_profit", /^gross (?:profit|margin)(?: \(loss\))?$/, INCOME],
  [
    "operating_income",
    new RegExp(`^(?:${NET}) from operations$|^operating ${NET}$`),
    INCOME,
  ],
  [
    "pretax_income",
    new RegExp(
      `^(?:${NET}) before (?:provision for |\\(?benefit from\\)? )?(?:income )?tax(?:es)?|^pre ?tax (?:income|earnings|loss)`,
    ),
    INCOME,
  ],
  [
    "income_tax",
    /^(?:provision for|\(?benefit from\)?|provision \(benefit\) for|\(benefit\) provision for) (?:income )?taxes$|^income tax(?:es)?(?: expense| provision| \(?benefit\)?)?$|^tax expense$|^income tax (?:expense|provision) \(benefit\)$/,
    INCOME,
  ],
  [
    "net_income_common",
    new RegExp(`^net ${NET} (?:available|applicable|attributable) to common`),
    INCOME,
  ],
  // The share of the noncontrolling interests is no net income of the company's.
  [null, new RegExp(`^net ${NET} attributable to (?:${MINORITY})`), ANY],
  // With noncontrolling interests, the company's own net income: what its EPS divides.
  [
    "net_income_parent",
    new RegExp(`^net ${NET} attributable to [a-z ]+$`),
    ANY,
  ],
  ["net_income", new RegExp(`^net ${NET}(?: as reported)?$`), ANY],
  [
    "cash",
    /^cash(?: and (?:cash )?equivalents| and marketable securities| and short term investments| and investments)?$/,
    BALANCE,
  ],
  ["current_assets", /^total current assets$/, BALANCE],
  ["total_assets", /^total assets$/, BALANCE],
  ["current_liabilities", /^(?:total )?current liabilities$/, BALANCE],
  [
    "long_term_liabilities",
    /^(?:total )?(?:long term|non ?current|noncurrent) liabilities$/,
    BALANCE,
  ],
  ["total_liabilities", /^total liabilities$/, BALANCE],
  [
    "total_liabilities_and_equity",
    // (What stands between the liabilities and the equity on the way: "…, redeemable preferred stock and …",
    // "…, minority interest and …".)
    /^total liabilities(?: (?:redeemable|convertible|preferred|stock|shares|temporary|mezzanine|equity|noncontrolling|non controlling|minority|interests?))*(?: and| &) (?:(?:stockholders|shareholders|shareowners|partners|members) )?(?:equity|deficit|capital)(?: \(deficit\))?$/,
    BALANCE,
  ],
  [
    "equity",
    /^(?:total )?(?:stockholders|shareholders|shareowners) (?:equity|deficit|investment)(?: \(deficit\))?$|^total (?:equity|capital)$/,
    BALANCE,
  ],
];

/** The basis a bare label or heading names (plain form): "Basic", "Primary", "Diluted", "Basic and diluted". */
function basisOf(plain: string): "basic" | "diluted" | "basic_diluted" | null {
  if (/^basic and diluted$|^diluted and basic$/.test(plain))
    return "basic_diluted";
  if (/^(?:fully )?diluted$|^assuming (?:full )?dilution$/.test(plain))
    return "diluted";
  if (/^(?:basic|primary)$/.test(plain)) return "basic";
  return null;
}

/** Under a heading, a bare label takes its meaning from it: "Diluted" under "Earnings per share:". */
function fromHeading(
  label: string,
  heading: string | undefined,
): Concept | null {
  if (!heading) return null;
  const h = plainLabel(heading);
  const basis = basisOf(label);
  if (basis) {
    if (namesShareCount(h)) return `shares_${basis}` as Concept;
    if (rules.perShareLabel.test(h)) return `eps_${basis}` as Concept;
  }
  return null;
}

/**
 * A per-share block split by basis: "Net income" under "Earnings per share:" › "Diluted:" is diluted EPS (its
 * "Continuing operations" row is not the release's EPS, and is left alone).
 */
function perShareByBasis(
  label: string,
  statement: StatementKind,
  sections: string[],
): Concept | null {
  if (sections.length < 2) return null;
  const basis = basisOf(plainLabel(sections[sections.length - 1]));
  if (
    !basis ||
    !rules.perShareLabel.test(sections[sections.length - 2]) ||
    bySynonym(label, statement) !== "net_income"
  )
    return null;
  return `eps_${basis}` as Concept;
}

/** The concept of a row, or null. `sections` are the headings open above it ("ASSETS", "LIABILITIES AND …"). */
export function conceptOf(
  label: string,
  statement: StatementKind,
  section?: string,
  sections: string[] = [],
): Concept | null {
  const p = plainLabel(label);
  if (p === "") return null;
  let byHeading = fromHeading(p, section);
  // A heading that only states a scale or ends a wrapped heading ("In thousands:") leaves the meaning to the one
  // above it. (Not one that qualifies the measure: "Basic" under "Continuing operations:" is not the release's EPS.)
  for (
    let h = sections.length - 1;
    !byHeading && h > 0 && rules.neutralHeading.test(sections[h]);
    h--
  )
    byHeading = fromHeading(p, sections[h - 1]);
  if (byHeading) return byHeading;
  const perShare = perShareByBasis(p, statement, sections);
  if (perShare) return perShare;
  if (rules.bareTotal.test(p) && statement === "balance") {
    const side = [...sections]
      .reverse()
      .find(
        (s) =>
          rules.sectionAssets.test(s) || rules.sectionLiabilitiesEquity.test(s),
      );
    if (side)
      return rules.sectionLiabilitiesEquity.test(side)
        ? "total_liabilities_and_equity"
        : "total_assets";
  }
  return bySynonym(p, statement);
}

/** Remembered synonym hits, a map per statement kind keyed by the plain label (no key string made per lookup). */
const synonymHits = new Map<StatementKind, Map<string, Concept | null>>();

/** The first synonym matching a plain label in a statement (remembered: labels recur across tables and releases). */
function bySynonym(p: string, statement: StatementKind): Concept | null {
  let hits = synonymHits.get(statement);
  if (!hits) synonymHits.set(statement, (hits = new Map()));
  const hit = hits.get(p);
  if (hit !== undefined) return hit;
  let found: Concept | null = null;
  for (const [concept, re, kinds] of SYNONYMS)
    if ((kinds ?? ANY).includes(statement) && re.test(p)) {
      found = concept;
      break;
    }
  if (hits.size > MEMO_SIZE) hits.clear();
  hits.set(p, found);
  return found;
}

/**
 * A balance sheet may print its two grand totals with no label, under a rule ("   ------ / $ 80,600"): the last
 * unlabeled figures before the liabilities begin are total assets, and unlabeled figures closing the table are
 * total liabilities and equity. Labelled totals always win.
 */
export function unlabeledBalanceTotals(rows: Row[]): void {
  const has = (c: Concept) => rows.some((r) => r.concept === c);
  const bare = (r: Row) =>
    r.label === "" && r.concept === null && r.values.some((v) => v !== null);
  const liabilities = rows.findIndex(
    (r) =>
      rules.liabilityWord.test(r.label) ||
      (r.headings ?? []).some((h) => rules.liabilityWord.test(h)),
  );
  if (liabilities <= 0) return;
  if (!has("total_assets")) {
    const assets = rows.slice(0, liabilities).filter(bare).pop();
    if (assets) assets.concept = "total_assets";
  }
  const last = rows[rows.length - 1];
  if (!has("total_liabilities_and_equity") && bare(last))
    last.concept = "total_liabilities_and_equity";
}
