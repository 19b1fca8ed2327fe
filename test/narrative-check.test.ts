// narrative.figure: the figures a release's narrative states, against its tables. Invented releases.
import { Check } from "../src/model";
import { parseRelease } from "../src/parse";
import { quarterStatement } from "./helpers";

const release = (narrative: string[], rows: string[]) =>
  parseRelease(quarterStatement(rows, narrative), "narrative.txt");
const ROWS = [
  "Revenues                                $ 38,911      $ 35,120",
  "Net income (loss)                       $   (272)     $  1,150",
  "Diluted earnings per share              $  (0.04)     $   0.25",
];
const narrativeChecks = (narrative: string[], rows = ROWS): Check[] =>
  release(narrative, rows).checks.filter((c) => c.id === "narrative.figure");

describe("narrative.figure", () => {
  it("passes a figure the narrative rounds, and a loss it states in words", () => {
    const checks = narrativeChecks([
      "Revenues for the quarter ended June 30, 2004 were $38.9 million. The net loss for the",
      "quarter ended June 30, 2004 was $272,000, or $0.04 per diluted share.",
    ]);
    expect(
      checks.map((c) => [c.status, c.period, c.actual, c.expected]),
    ).toEqual([
      ["pass", "Q2-2004", "38900000", "38911000"],
      ["pass", "Q2-2004", "272000", "272000"],
      ["pass", "Q2-2004", "0.04", "0.04"],
    ]);
    // The narrative's line and the table's.
    expect(checks[1].lines).toEqual([2, 11]);
  });

  it("fails a figure the tables print otherwise, naming both", () => {
    const [check] = narrativeChecks([
      "Revenues for the quarter ended June 30, 2004 were $39.6 million.",
    ]);
    expect(check.status).toBe("fail");
    expect(check.message).toMatch(
      /"Revenues for the quarter ended June 30, 2004 were \$39\.6 million" \(line 2\).*38,911,000/,
    );
  });

  it("compares nothing where the sentence names no period, or an amount by another link", () => {
    expect(
      narrativeChecks([
        "Revenues were $39.6 million. Net income grew by $1.0 million in the quarter ended June 30, 2004.",
      ]),
    ).toEqual([]);
  });

  it("leaves alone another measure, a qualified figure, and the figure a comparison names", () => {
    const checks = narrativeChecks([
      "Revenues for the quarter ended June 30, 2004 were $38.9 million, compared to revenues of $40.1 million",
      "a year ago. Adjusted net income for the quarter ended June 30, 2004 was $5.0 million. Net income for",
      "the quarter ended June 30, 2004 was $5.2 million, excluding special items. Services revenue for the",
      "quarter ended June 30, 2004 was $1.0 million.",
    ]);
    expect(checks.map((c) => [c.status, c.actual])).toEqual([
      ["pass", "38900000"],
    ]);
  });

  it("gives a figure joined by 'and' the period of the one before it", () => {
    const checks = narrativeChecks([
      "For the quarter ended June 30, 2004, revenues were $38.9 million and net loss was $272,000.",
    ]);
    expect(checks.map((c) => [c.status, c.period, c.actual])).toEqual([
      ["pass", "Q2-2004", "38900000"],
      ["pass", "Q2-2004", "272000"],
    ]);
  });

  it("reads the period named right after the amount, past an EPS clause", () => {
    const checks = narrativeChecks([
      "Net loss was $272,000, or $0.04 per diluted share, for the quarter ended June 30, 2004. Revenues were",
      "$38.9 million in the quarter ended June 30, 2004, compared with revenues of $35.1 million a year ago.",
    ]);
    expect(checks.map((c) => [c.status, c.period, c.actual])).toEqual([
      ["pass", "Q2-2004", "272000"],
      ["pass", "Q2-2004", "0.04"],
      ["pass", "Q2-2004", "38900000"],
    ]);
  });

  it("skips a figure the tables print more than once with different figures", () => {
    const [check] = narrativeChecks(
      ["Revenues for the quarter ended June 30, 2004 were $38.9 million."],
      [
        ...ROWS,
        "Revenues                                $ 40,002      $ 36,000",
      ],
    );
    expect(check.status).toBe("skip");
    expect(check.message).toMatch(/more than once/);
  });
});

describe("narrative.figure: a fiscal or full year, EPS in cents", () => {
  const yearRelease = (narrative: string) =>
    parseRelease(
      [
        "KESTON LABS REPORTS FISCAL 2004 RESULTS",
        "",
        `BOSTON, Feb. 10, 2005 -- Keston Labs, Inc. today reported results for its fiscal year ended December 31, 2004. ${narrative}`,
        "",
        "                           KESTON LABS, INC.",
        "                   CONSOLIDATED STATEMENTS OF OPERATIONS",
        "                  (in thousands, except per share data)",
        "",
        "                              Three Months Ended       Year Ended",
        "                                 December 31,          December 31,",
        "                              2004        2003       2004       2003",
        "                             ------      ------     ------     ------",
        "Revenue                      $3,500      $2,800    $12,500    $10,000",
        "Net income                   $  400      $  200    $ 1,200    $   300",
        "Diluted net income per share $ 0.04      $ 0.02    $  0.12    $  0.03",
      ].join("\n"),
      "keston.txt",
    ).checks.filter((c) => c.id === "narrative.figure");
  const shown = (checks: Check[]) =>
    checks.map((c) => [c.status, c.period, c.actual, c.expected]);

  it("reads 'fiscal 2004' and 'the full year 2004' as the fiscal year, and '12 cents' as 0.12", () => {
    expect(
      shown(
        yearRelease(
          "Revenue for fiscal 2004 was $12.5 million. Net income for the full year 2004 was $1.2 million, or 12 cents per diluted share.",
        ),
      ),
    ).toEqual([
      ["pass", "FY2004", "12500000", "12500000"],
      ["pass", "FY2004", "1200000", "1200000"],
      ["pass", "FY2004", "0.12", "0.12"],
    ]);
  });

  it("fails cents the table prints otherwise", () => {
    const checks = yearRelease(
      "Net income for fiscal 2004 was $1.2 million, or 13 cents per diluted share.",
    );
    expect(shown(checks)).toEqual([
      ["pass", "FY2004", "1200000", "1200000"],
      ["fail", "FY2004", "0.13", "0.12"],
    ]);
  });

  it("compares nothing for a bare year, or for two periods whose figures the sentence pairs", () => {
    expect(
      yearRelease(
        "Net income for 2004 was $1.3 million. Revenue for the fourth quarter and fiscal 2004 was $3.6 million and $12.0 million, respectively.",
      ),
    ).toEqual([]);
  });
});
