// narrative.figure: what the release's narrative states ("second quarter 2003 revenue of $6,937,000", "net loss for
// the second quarter of 2003 was $272,000, or $0.04 per share") against the same figure in its tables, within the
// rounding of the less precise of the two. Only a sentence that names its period, and a period the tables print
// one figure for, is compared: a sentence naming no period, or a figure printed more than once differently, is left
// alone rather than guessed at.
import { Decimal } from "../decimal";
import { NET_INCOME } from "../concepts";
import { Check, Fact, SourceLine } from "../model";
import { floorIndex } from "../extremes";
import { formatNumber } from "../numbers";
import { resolvePeriod, PeriodContext } from "../periods";
import { rules } from "../rules";
import { judge, tolerance } from "./tolerance";

type Measure = "revenue" | "net income" | "EPS";

/** One figure the narrative states, as read before the tables are built (the text's lines are let go then). */
export interface Claim {
  measure: Measure;
  /** The basis an EPS names ("diluted", "basic and diluted"), where it names one. */
  basis?: string;
  /** The amount as printed, without separators, and the multiplier its scale word gives. */
  value: string;
  scale: number;
  /** A header-like text of the period the sentence names ("second quarter 2003", "quarter ended June 30, 2003"). */
  period: string;
  /** The words that state it, for the message. */
  words: string;
  line: number;
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
/** At most this many characters of a paragraph are read (a release's narrative, not a filing's every page). */
const MAX_PARAGRAPH = 4000;
/** How far around a figure its qualifying words are looked for (a bounded look: no search runs over a paragraph). */
const WORD_REACH = 60;

/** The figures the narrative states with their periods, paragraph by paragraph. */
export function narrativeClaims(lines: SourceLine[]): Claim[] {
  const claims: Claim[] = [];
  let text = "";
  let starts: { at: number; no: number }[] = [];
  const flush = () => {
    if (text.includes("$")) read(text, starts, claims);
    text = "";
    starts = [];
  };
  for (const l of lines) {
    // A paragraph is read up to a length (a line longer than that is no sentence of a release: one huge line of
    // figures is left alone).
    if (l.kind !== "text" || l.text.length > MAX_PARAGRAPH) {
      flush();
      continue;
    }
    if (text.length > MAX_PARAGRAPH) continue;
    if (text) text += " ";
    starts.push({ at: text.length, no: l.no });
    text += l.text.trim();
  }
  flush();
  return claims;
}

function lineAt(starts: { at: number; no: number }[], pos: number): number {
  let no = starts[0].no;
  for (const s of starts) if (s.at <= pos) no = s.no;
  return no;
}

function read(
  text: string,
  starts: { at: number; no: number }[],
  out: Claim[],
): void {
  // Where the words that may name a claim's period begin: its sentence, after the claim before it in that sentence
  // (so "compared to revenue of $Y" never takes the period the sentence named for the first figure).
  let from = 0;
  /** The period of the claim just before, for one joined to it by "and" ("… revenues of $X and net income of $Y"). */
  let previous: string | null = null;
  for (const m of text.matchAll(rules.narrativeFigure)) {
    const at = m.index!;
    const end = at + m[0].length;
    let window = from;
    for (const b of text.slice(from, at).matchAll(rules.sentenceBreak))
      window = from + b.index! + b[0].length;
    const joined: string | null =
      previous !== null &&
      window === from &&
      rules.andOnly.test(text.slice(from, at))
        ? previous
        : null;
    from = end;
    previous = null;
    const before = text.slice(window, at);
    // Another measure than the release's own ("adjusted net income", "Services revenue") or one qualified after its
    // amount ("… $5.2 million, excluding special items") is not the tables' figure: left alone.
    const lead = rules.lastWord.exec(before.slice(-WORD_REACH))?.[1];
    if (lead !== undefined && !rules.narrativeLeadWord.test(lead)) continue;
    // The figure a comparison names ("… compared with revenues of $35.1 million a year ago") is another period's.
    if (rules.narrativeComparison.test(before.slice(-WORD_REACH))) continue;
    if (rules.narrativeQualified.test(text.slice(end, end + WORD_REACH)))
      continue;
    // The period: named between the measure and its verb ("net income for the second quarter of 2003 was"), right
    // after the amount ("was $5.2 million for the third quarter of 2004"), else before the measure.
    const named =
      rules.narrativePeriod.exec(m[2]) ??
      periodRightAfter(text.slice(end, end + 2 * WORD_REACH)) ??
      rules.narrativePeriod.exec(before);
    const period: string | null = named
      ? named[1]
        ? `${named[1]} quarter ${named[2]}`
        : named[3]
          ? `${named[3]} ended ${named[4]}`
          : `fiscal ${named[6]}`
      : joined;
    if (!period) continue;
    // "Revenue for the fourth quarter and fiscal 2004 was $3.5 million and $12.5 million, respectively": left alone.
    if (
      rules.narrativeTwoPeriods.test(
        `${before} ${m[2]} ${text.slice(end, end + WORD_REACH)}`,
      )
    )
      continue;
    previous = period;
    const word = m[1].toLowerCase();
    const measure: Measure =
      word.startsWith("net income") ||
      word.startsWith("net earnings") ||
      word.startsWith("net loss")
        ? "net income"
        : "revenue";
    const line = lineAt(starts, at);
    out.push({
      measure,
      value: m[3].split(",").join(""),
      scale: SCALE[(m[4] ?? "").toLowerCase()] ?? 1,
      period,
      words: m[0],
      line,
    });
    if (measure !== "net income") continue;
    const eps = rules.narrativeEps.exec(text.slice(end, end + 2 * WORD_REACH));
    if (
      eps &&
      !rules.narrativeQualified.test(
        text.slice(end + eps[0].length, end + eps[0].length + WORD_REACH),
      )
    )
      out.push({
        measure: "EPS",
        basis: (eps[3] ?? eps[4] ?? "").toLowerCase() || undefined,
        // "$.04" is 0.04; "12 cents" is 0.12.
        value:
          eps[1] === undefined
            ? new Decimal(eps[2]).dividedBy(100).toFixed()
            : eps[1].startsWith(".")
              ? `0${eps[1]}`
              : eps[1],
        scale: 1,
        period,
        words: `${m[0]}${eps[0]}`,
        line,
      });
  }
}

/** A period named right after an amount (past an EPS clause and "for the"), or null. */
function periodRightAfter(after: string): RegExpExecArray | null {
  const lead = rules.narrativeBeforePeriodAfter.exec(after);
  if (!lead) return null;
  const named = rules.narrativePeriod.exec(after.slice(lead[0].length));
  return named && named.index === 0 ? named : null;
}

/** The concepts that hold a measure in the tables, in order of preference. */
function conceptsOf(c: Claim): readonly string[] {
  if (c.measure === "revenue") return ["revenue"];
  if (c.measure === "net income") return NET_INCOME;
  if (c.basis === "basic and diluted") return ["eps_basic_diluted"];
  if (c.basis === "diluted" || c.basis === "fully diluted")
    return ["eps_diluted", "eps_basic_diluted"];
  if (c.basis === "basic") return ["eps_basic", "eps_basic_diluted"];
  return ["eps_basic_diluted", "eps"];
}

/**
 * A check for each claim whose period the release's calendar places and whose figure its tables print once: the
 * two compared in size (a "net loss of $272,000" is the table's (272,000)).
 */
export function narrativeChecks(
  claims: Claim[],
  facts: Fact[],
  tables: { firstLine: number; lastLine: number }[],
  calendar: PeriodContext["calendar"],
): Check[] {
  const checks: Check[] = [];
  // The facts by concept, period and unit, in one pass; the tables' first lines in order, for a claim's line.
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = `${f.concept}|${f.period}|${f.unit}`;
    const list = byKey.get(k);
    if (list) list.push(f);
    else byKey.set(k, [f]);
  }
  const firstLines = tables.map((t) => t.firstLine);
  const inTable = (line: number) => {
    const t = tables[floorIndex(firstLines, line)];
    return t !== undefined && line >= t.firstLine && line <= t.lastLine;
  };
  for (const c of claims) {
    // A sentence inside a table (a note under it) is the table's, not the narrative's.
    if (inTable(c.line)) continue;
    const period = resolvePeriod(c.period, {
      title: "",
      balance: false,
      calendar,
    }).period;
    if (!period) continue;
    const unit = c.measure === "EPS" ? "USD/share" : "USD";
    let found: Fact[] = [];
    for (const concept of conceptsOf(c)) {
      found = byKey.get(`${concept}|${period}|${unit}`) ?? [];
      if (found.length) break;
    }
    if (found.length === 0) continue;
    const size = (f: Fact) => new Decimal(f.value).times(f.scale).abs();
    const printed = found[0];
    const printedSize = size(printed);
    const said = new Decimal(c.value).times(c.scale);
    const base = { id: "narrative.figure", column: printed.column, period };
    const lines = [c.line, printed.line];
    if (found.some((f) => !size(f).eq(printedSize))) {
      checks.push({
        ...base,
        status: "skip",
        expected: null,
        actual: said.toFixed(),
        difference: null,
        message: `The narrative's ${c.measure} for ${period} ("${c.words}", line ${c.line}) is not compared: the tables print ${c.measure} for ${period} more than once with different figures`,
        lines,
      });
      continue;
    }
    const operands = [
      { value: c.value, scale: c.scale },
      {
        value: printed.value.startsWith("-")
          ? printed.value.slice(1)
          : printed.value,
        scale: printed.scale,
      },
    ];
    const difference = said.minus(printedSize);
    const status = judge(difference, operands);
    const tol = tolerance(operands);
    const shown = `${formatNumber(printedSize.toFixed())} (${printed.label}, line ${printed.line})`;
    checks.push({
      ...base,
      status,
      expected: printedSize.toFixed(),
      actual: said.toFixed(),
      difference: difference.toFixed(),
      tolerance: tol.isZero() ? undefined : tol.toFixed(),
      message:
        status === "pass"
          ? `The narrative's "${c.words}" (line ${c.line}) matches the table's ${shown}`
          : status === "skip"
            ? `The narrative's "${c.words}" (line ${c.line}) is ${formatNumber(difference.abs().toFixed())} from the table's ${shown}: within the rounding of the two figures, not sure`
            : `The narrative's "${c.words}" (line ${c.line}) is ${formatNumber(difference.abs().toFixed())} from the table's ${shown}`,
      lines,
    });
  }
  return checks;
}
