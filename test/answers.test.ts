// The HEMA function answers (src/answers.ts) on stores of synthetic releases and of the shared corpus:
// the period syntax, company selection, basis, errors with their codes and messages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as answers from "../src/answers";
import { readPeriodArg } from "../src/period-arg";
import { parseRelease } from "../src/parse";
import { emptyStore, saveStore, Store } from "../src/store";
import { corpusAvailable, corpusText } from "./corpus-files";
import { quarterStatement } from "./helpers";
import { addText, loadStore } from "../src/text-store";

const ACME = readFileSync(
  join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);
const acme = parseRelease(ACME, "acme");
const full = (concept: string, period: string) => {
  const f = acme.facts.find(
    (x) => x.concept === concept && x.period === period,
  )!;
  return Number(f.value) * f.scale;
};
const storeOf = (...texts: [string, string][]): Store =>
  texts.reduce((s, [t, src]) => addText(s, t, src).store, emptyStore());

describe("period arguments", () => {
  it.each([
    ["Q2-2003", { kind: "duration", id: "Q2-2003" }],
    ["Q2 2003", { kind: "duration", id: "Q2-2003" }],
    ["q2-2003", { kind: "duration", id: "Q2-2003" }],
    ["2Q03", { kind: "duration", id: "Q2-2003" }],
    ["2Q2003", { kind: "duration", id: "Q2-2003" }],
    ["2003Q2", { kind: "duration", id: "Q2-2003" }],
    ["6M-2003", { kind: "duration", id: "6M-2003" }],
    ["H1-2003", { kind: "duration", id: "6M-2003" }],
    ["1H03", { kind: "duration", id: "6M-2003" }],
    ["9M-2003", { kind: "duration", id: "9M-2003" }],
    ["FY2003", { kind: "duration", id: "FY2003" }],
    ["FY03", { kind: "duration", id: "FY2003" }],
    ["FY 98", { kind: "duration", id: "FY1998" }],
    ["2003-06-30", { kind: "date", date: "2003-06-30" }],
    ["6/30/2003", { kind: "date", date: "2003-06-30" }],
    ["6/30/03", { kind: "date", date: "2003-06-30" }],
    ["June 30, 2003", { kind: "date", date: "2003-06-30" }],
    ["Jun 30 2003", { kind: "date", date: "2003-06-30" }],
    ["30 June 2003", { kind: "date", date: "2003-06-30" }],
    [37802, { kind: "date", date: "2003-06-30" }], // Excel serial of 2003-06-30
    ["Q1 FY2024", { kind: "fiscal", id: "FQ1-2024" }],
    ["FQ1-2024", { kind: "fiscal", id: "FQ1-2024" }],
    ["1Q FY24", { kind: "fiscal", id: "FQ1-2024" }],
  ] as [string | number, unknown][])("%p", (arg, want) => {
    expect(readPeriodArg(arg)).toEqual(want);
  });

  it.each([
    "Q5-2003",
    "Q0-2003",
    "2003-02-30",
    "13/01/2003",
    "June 31, 2003",
    "last quarter",
    "Q2",
    "",
  ])("rejects %p", (arg) => {
    expect(readPeriodArg(arg)).toBeNull();
  });
});

describe("figures on the synthetic example", () => {
  const store = storeOf([ACME, "acme.txt"]);
  it.each([
    ["NETLOSS", "Q3-2024", "net_income", "Q3-2024"],
    ["NETINCOME", "3Q23", "net_income", "Q3-2023"],
    ["REVENUE", "9M-2024", "revenue", "9M-2024"],
    ["PRETAXINCOME", "Q3-2023", "pretax_income", "Q3-2023"],
    ["INCOMETAX", "2024Q3", "income_tax", "Q3-2024"],
    ["TOTALASSETS", "2024-09-30", "total_assets", "2024-09-30"],
    ["TOTALASSETS", "Q3-2024", "total_assets", "2024-09-30"],
    ["TOTALASSETS", "FY2023", "total_assets", "2023-12-31"],
    [
      "TOTALLIABILITIES",
      "September 30, 2024",
      "total_liabilities",
      "2024-09-30",
    ],
    ["EQUITY", "12/31/2023", "equity", "2023-12-31"],
    [
      "TOTALLIABILITIESEQUITY",
      "2023-12-31",
      "total_liabilities_and_equity",
      "2023-12-31",
    ],
  ])("%s(%s)", (item, period, concept, factPeriod) => {
    expect(answers.figure(store, item, period)).toEqual({
      ok: true,
      value: full(concept, factPeriod),
    });
  });

  it("applies the table's scale but not to per-share figures", () => {
    const ni = acme.facts.find(
      (f) => f.concept === "net_income" && f.period === "Q3-2024",
    )!;
    expect(ni.scale).toBe(1000);
    expect(answers.figure(store, "EPS", "Q3-2024", null, "diluted")).toEqual({
      ok: true,
      value: 0.25,
    });
    expect(answers.figure(store, "EPS", "Q3-2023", null, "basic")).toEqual({
      ok: true,
      value: -0.04,
    });
    expect(answers.figure(store, "SHARES", "Q3-2024", null, "basic")).toEqual({
      ok: true,
      value: full("shares_basic", "Q3-2024"),
    });
  });

  it("takes a date for a flow item as the quarter ending that day", () => {
    expect(answers.figure(store, "REVENUE", 45565)).toEqual({
      ok: true,
      value: full("revenue", "Q3-2024"),
    }); // 2024-09-30
  });

  it("answers VALUE by concept id, by label, and by a unique prefix", () => {
    expect(answers.value(store, "gross_profit", "Q3-2024")).toEqual({
      ok: true,
      value: full("gross_profit", "Q3-2024"),
    });
    expect(answers.value(store, "long-term DEBT", "2024-09-30")).toEqual({
      ok: true,
      value: 18_500_000,
    });
    expect(answers.value(store, "Inventor", "Q3-2024")).toEqual({
      ok: true,
      value: 18_335_000,
    });
    const amb = answers.value(store, "Total", "Q3-2024");
    expect(amb).toMatchObject({
      ok: false,
      code: "notAvailable",
      message: expect.stringMatching(/matches several rows/),
    });
    expect(answers.value(store, "Goodwill", "Q3-2024")).toMatchObject({
      ok: false,
      code: "notAvailable",
      message: expect.stringMatching(/No row "Goodwill"/),
    });
  });

  it("BALANCED checks the identity in exact decimals", () => {
    expect(answers.balanced(store, "2024-09-30")).toEqual({
      ok: true,
      value: true,
    });
    const broken = storeOf([
      ACME.replace(
        "$ 85,679         $ 84,692\n                                            ========",
        "$ 85,680         $ 84,692\n                                            ========",
      ),
      "x",
    ]);
    expect(answers.balanced(broken, "2024-09-30")).toEqual({
      ok: true,
      value: false,
    });
    expect(answers.balanced(broken, "2023-12-31")).toEqual({
      ok: true,
      value: true,
    });
  });

  it("spills PERIODS, ITEMS and RELEASES with header rows", () => {
    const p = answers.periods(store);
    expect(p.ok && p.value[0]).toEqual([
      "Period",
      "Ends",
      "Fiscal",
      "Column",
      "Release",
    ]);
    expect(p.ok && p.value.slice(1).map((r) => r[0])).toEqual([
      "Q3-2024",
      "Q3-2023",
      "9M-2024",
      "9M-2023",
      "2024-09-30",
      "2023-12-31",
    ]);
    const i = answers.items(store);
    expect(
      i.ok &&
        i.value.some(
          (r) => r[0] === "Net income (loss)" && r[1] === "net_income",
        ),
    ).toBe(true);
    const r = answers.releases(store);
    expect(r.ok && r.value[1].slice(1, 4)).toEqual([
      "Acme Widget Corporation",
      "ACMW",
      "2024-10-29",
    ]);
  });

  it("SOURCE names the release, row, column and line", () => {
    const s = answers.source(store, "NETLOSS", "Q3-2024");
    expect(s.ok && s.value).toMatch(
      /"Net income \(loss\)" @ Three Months Ended \| September 30, \| 2024, line \d+: Net income \(loss\)\s+\$\s+3,088/,
    );
  });
});

describe("errors", () => {
  it("nothing loaded → #N/A telling where to paste", () => {
    expect(answers.figure(emptyStore(), "NETLOSS", "Q2-2003")).toEqual({
      ok: false,
      code: "notAvailable",
      message: "No release loaded — paste one in the HEMA task pane",
    });
  });
  it("malformed period → #VALUE! naming the accepted forms", () => {
    const r = answers.figure(storeOf([ACME, "a"]), "NETLOSS", "Q5-2024");
    expect(r).toMatchObject({ ok: false, code: "invalidValue" });
    expect(!r.ok && r.message).toMatch(/Q2-2003.*FY2003.*2003-06-30/);
  });
  it("bad basis → #VALUE!", () => {
    expect(
      answers.figure(storeOf([ACME, "a"]), "EPS", "Q3-2024", null, "adjusted"),
    ).toMatchObject({ ok: false, code: "invalidValue" });
  });
  it("several companies and none named → #N/A listing them; a ticker or name selects one", () => {
    const other = ACME.replace(/Acme Widget Corporation/g, "Zenith Gear Inc.")
      .replace("ACMW", "ZGI")
      .replace("48,215", "50,000");
    const store = storeOf([ACME, "a"], [other, "z"]);
    expect(answers.figure(store, "REVENUE", "Q3-2024")).toMatchObject({
      ok: false,
      code: "notAvailable",
      message: expect.stringMatching(/ACMW.*ZGI/),
    });
    expect(answers.figure(store, "REVENUE", "Q3-2024", "ZGI")).toEqual({
      ok: true,
      value: 50_000_000,
    });
    expect(answers.figure(store, "REVENUE", "Q3-2024", "acme widget")).toEqual({
      ok: true,
      value: 48_215_000,
    });
  });
  it("a fiscal id where the release states no fiscal numbering → #N/A saying why", () => {
    const r = answers.figure(storeOf([ACME, "a"]), "REVENUE", "Q1 FY2024");
    expect(r).toMatchObject({
      ok: false,
      code: "notAvailable",
      message: expect.stringMatching(/does not state its fiscal quarters/),
    });
  });
});

describe("store", () => {
  it("newest release wins and keeps the older differing figure as a restatement", () => {
    const restated = ACME.replace(
      "October 29, 2024",
      "November 20, 2024",
    ).replace("$ 48,215", "$ 48,300");
    const store = storeOf([ACME, "first"], [restated, "second"]);
    expect(answers.figure(store, "REVENUE", "Q3-2024")).toEqual({
      ok: true,
      value: 48_300_000,
    });
    const s = answers.source(store, "REVENUE", "Q3-2024");
    expect(s.ok && s.value).toMatch(/earlier releases said 48,215,000/);
  });
  it("saves as the release texts and loads them back by re-parsing", () => {
    const store = storeOf([ACME, "a.txt"]);
    const again = loadStore(JSON.parse(JSON.stringify(saveStore(store))));
    expect(again.releases.map((r) => r.id)).toEqual(
      store.releases.map((r) => r.id),
    );
    expect(again.releases[0].release).toEqual(store.releases[0].release);
  });
});

describe("the HemaCare Q2 2003 release (../shared/corpus)", () => {
  const has = corpusAvailable();
  const run = has ? it : it.skip;
  const store = has
    ? storeOf([corpusText("000_hemacare-q2-2003.txt"), "hemacare"])
    : emptyStore();
  run.each([
    ["NETLOSS", "Q2-2003", -272000],
    ["NETLOSS", "6M-2002", -157000],
    ["REVENUE", "H1-2003", 13868000],
    ["TOTALASSETS", "FY2002", 13455000],
    ["EPS", "Q2-2003", -0.04],
    ["TOTALASSETS", "2003-06-30", 12484000],
  ] as [string, string, number][])("%s(%s) = %p", (item, period, want) => {
    expect(answers.figure(store, item, period)).toEqual({
      ok: true,
      value: want,
    });
  });
  run("BALANCED(2003-06-30) is TRUE", () => {
    expect(answers.balanced(store, "2003-06-30")).toEqual({
      ok: true,
      value: true,
    });
  });
  run("NETLOSS(Q3-2003) is #N/A listing the periods there are", () => {
    expect(answers.figure(store, "NETLOSS", "Q3-2003")).toEqual({
      ok: false,
      code: "notAvailable",
      message:
        "No net income (loss) for Q3-2003 — periods available: Q2-2003, Q2-2002, 6M-2003, 6M-2002",
    });
  });
  run("NETLOSS(Q5-2003) is #VALUE!", () => {
    expect(answers.figure(store, "NETLOSS", "Q5-2003")).toMatchObject({
      ok: false,
      code: "invalidValue",
    });
  });
  run(
    "a net loss printed positive under a loss label is returned negative",
    () => {
      const s = storeOf([
        corpusText("S01_junglee-amazon-8k-1998.txt"),
        "junglee",
      ]);
      expect(answers.figure(s, "NETLOSS", "FY1997")).toEqual({
        ok: true,
        value: -4200103,
      });
      expect(answers.figure(s, "NETLOSS", "6M-1998")).toEqual({
        ok: true,
        value: -4239514,
      });
    },
  );
});

describe("net income with noncontrolling interests", () => {
  const text = quarterStatement([
    "Revenues                                $ 12,204      $  9,988",
    "Income before income taxes                 3,000         1,600",
    "Provision for income taxes                   700           400",
    "Net income                                 2,300         1,200",
    "Net income attributable to",
    "  noncontrolling interests                    99            50",
    "Net income attributable to Acme         $  2,201      $  1,150",
    "",
    "Earnings per share attributable to Acme:",
    "  Basic                                 $   0.50      $   0.26",
    "Weighted average shares outstanding:",
    "  Basic                                    4,402         4,380",
  ]);
  const store = storeOf([text, "nci.txt"]);

  it("answers NETINCOME with the company's own share, what its EPS divides", () => {
    expect(answers.figure(store, "NETINCOME", "Q2-2004")).toEqual({
      ok: true,
      value: 2201000,
    });
  });

  it("checks EPS against the company's share and taxes against the consolidated net income", () => {
    const release = store.releases[0].release;
    const q2 = (id: string) =>
      release.checks.filter((c) => c.id === id && c.period === "Q2-2004");
    expect(q2("eps.ratio").map((c) => c.status)).toEqual(["pass"]);
    expect(q2("tax").map((c) => [c.status, c.actual])).toEqual([
      ["pass", "2300"],
    ]);
  });
});

describe("losses printed positive under a label that names a loss", () => {
  const store = storeOf([
    quarterStatement([
      "Revenues                                $ 12,204      $  9,988",
      "Operating loss                              (500)         (250)",
      "Loss before income taxes                      600           300",
      "Net loss                                $    620      $    310",
    ]),
    "loss.txt",
  ]);

  it.each([
    ["PRETAXINCOME", -600000],
    ["NETLOSS", -620000],
    ["OPERATINGINCOME", -500000],
  ])("%s is negative", (item, value) => {
    expect(answers.figure(store, item, "Q2-2004")).toEqual({ ok: true, value });
  });
});

describe("a company whose fiscal year ends in September (fiscal numbering stated in the narrative)", () => {
  const lines = [
    "ORCHARD DEVICES INC. (Nasdaq: ORCD) today announced financial results for its fiscal 2024 first",
    "quarter ended December 30, 2023. The Company posted quarterly revenue of $1,190 million.",
    "",
    "                        ORCHARD DEVICES INC.",
    "           CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
    "                          (In millions)",
    "",
    "                                         Three Months Ended",
    "                                   December 30,      December 31,",
    "                                       2023              2022",
    "                                   ------------      ------------",
    "Net sales                          $     1,190       $     1,171",
    "Net income                         $       339       $       300",
  ];
  const text = lines.join("\n");
  const store = storeOf([text, "orchard.txt"]);
  it("places the quarter by the calendar (Q4-2023) and by the company's numbering (FQ1-2024)", () => {
    const cols = store.releases[0].release.tables[0].columns;
    expect(cols.map((c) => [c.period, c.fiscalPeriod])).toEqual([
      ["Q4-2023", "FQ1-2024"],
      ["Q4-2022", "FQ1-2023"],
    ]);
  });
  it.each(["Q1 FY2024", "FQ1-2024", "1Q FY24", "Q4-2023"])(
    "REVENUE(%s) = 1,190 million",
    (p) => {
      expect(answers.figure(store, "REVENUE", p)).toEqual({
        ok: true,
        value: 1_190_000_000,
      });
    },
  );
  it("a fiscal quarter the release does not have is #N/A listing what it has", () => {
    expect(answers.figure(store, "REVENUE", "Q2 FY2024")).toMatchObject({
      ok: false,
      code: "notAvailable",
    });
  });
});

describe("an amount and its '% of Sales' beside it, both of one period", () => {
  it("answers the amount, not the ratio, whichever column comes first", () => {
    // Invented: "% of Sales" printed before each period's amounts.
    const text = readFileSync(
      join(__dirname, "fixtures", "vireo-q2-2004-ratios.txt"),
      "utf8",
    );
    const { store } = addText(emptyStore(), text, "vireo.txt");
    const r = answers.figure(store, "NETINCOME", "Q2-2004");
    expect(r).toEqual({ ok: true, value: 3000000 });
  });
});

describe("a period argument past the dates Excel holds", () => {
  it("is #VALUE!, not a search for NaN-NaN-NaN", () => {
    expect(readPeriodArg(9999999999)).toBeNull();
    expect(readPeriodArg("9999999999")).toBeNull();
    expect(readPeriodArg(45107)).not.toBeNull(); // June 30, 2023
  });
});
