// Honest answers (issue 8, part 3) on invented releases: a figure printed more than once is #N/A naming each
// candidate as "heading › label" (and that names one), EPS without a basis is basic, companies by any words of
// their name, a release by its id, copies refused, restatements kept, and an edit answering at once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as answers from "../src/answers";
import { emptyStore, removeRelease, saveStore, Store } from "../src/store";
import { addText, loadStore, replaceText } from "../src/text-store";

const fixture = (name: string) =>
  readFileSync(join(__dirname, "fixtures", name), "utf8");
const ZEPHYR = fixture("answers/zephyr-co-1995q4.txt");
const CORVID = fixture("answers/corvid-holdings-q4-2005-subsidiaries.txt");
const KESTRELFORD = fixture("answers/kestrelford-q2-2005-groups.txt");
const TALLGRASS = fixture("tallgrass-utilities-q4-2004-subsidiaries.txt");
const QUARRYSTONE = fixture("quarrystone-q3-2006-groups.htm");
const LARKMOOR = fixture("answers/larkmoor-q3-2007-breakdown.txt");
const ACME = readFileSync(
  join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);

const storeOf = (...texts: [string, string][]): Store =>
  texts.reduce((s, [t, src]) => addText(s, t, src).store, emptyStore());

describe("a label printed under several headings (one per subsidiary)", () => {
  const store = storeOf([CORVID, "corvid.txt"]);

  it("is #N/A listing every candidate with its figure and line, and how to name one", () => {
    const r = answers.value(store, "Net Income Available to Common", "Q4-2005");
    expect(r).toMatchObject({ ok: false, code: "notAvailable" });
    const message = r.ok ? "" : r.message;
    expect(message).toContain(
      '"Corvid Electric › Net Income Available to Common" 71,000,000 (line 14)',
    );
    expect(message).toContain(
      '"Corvid Gas › Net Income Available to Common" 18,000,000 (line 18)',
    );
    expect(message).toContain(
      '"Corvid Pipeline › Net Income Available to Common" 18,000,000 (line 22)',
    );
    expect(message).toMatch(/name one as "heading › label"/);
  });

  it("answers the one named as heading › label, in any case, by the heading's first words, with > or | too", () => {
    for (const item of [
      "Corvid Gas › Net Income Available to Common",
      "corvid gas > net income available to common",
      "Corvid Gas | Net Income",
    ])
      expect(answers.value(store, item, "Q4-2005")).toEqual({
        ok: true,
        value: 18_000_000,
      });
    expect(
      answers.value(store, "Corvid Electric › Operating Revenues", "Q4-2004"),
    ).toEqual({ ok: true, value: 598_000_000 });
  });

  it("a named item (REVENUE) given only per subsidiary is #N/A naming them, never the first", () => {
    const r = answers.figure(store, "REVENUE", "Q4-2005");
    expect(r).toMatchObject({ ok: false, code: "notAvailable" });
    expect(r.ok ? "" : r.message).toMatch(
      /"Corvid Electric › Operating Revenues" 640,000,000.*"Corvid Gas › Operating Revenues" 212,000,000.*"Corvid Pipeline › Operating Revenues" 95,000,000/,
    );
  });

  it("an unknown heading is #N/A listing the headings there are", () => {
    const r = answers.value(
      store,
      "Corvid Air › Operating Revenues",
      "Q4-2005",
    );
    expect(r).toMatchObject({ ok: false, code: "notAvailable" });
    expect(r.ok ? "" : r.message).toMatch(
      /No heading, column group or table "Corvid Air".*Corvid Electric; Corvid Gas; Corvid Pipeline/,
    );
  });

  it("the consolidated heading answers the named items; a subsidiary is named by heading", () => {
    const s = storeOf([TALLGRASS, "tallgrass.txt"]);
    expect(answers.figure(s, "NETINCOME", "Q4-2004")).toEqual({
      ok: true,
      value: 118_000_000,
    });
    expect(
      answers.value(s, "Mesa Gas › Net Income › As Reported", "FY2004"),
    ).toEqual({ ok: true, value: 104_000_000 });
    expect(
      answers.value(
        s,
        "Prairie Electric › Operating Revenues › Retail",
        "FY2004",
      ),
    ).toEqual({ ok: true, value: 2_210_000_000 });
  });
});

describe("a label repeated in a breakdown table beside the statement", () => {
  it("answers the statement's row, under its heading, not the breakdown's heading-less one", () => {
    const store = storeOf([LARKMOOR, "larkmoor.txt"]);
    expect(answers.value(store, "Research and development", "Q3-2007")).toEqual(
      { ok: true, value: 21_730_000 },
    );
    expect(answers.value(store, "Sales and marketing", "Q3-2006")).toEqual({
      ok: true,
      value: 28_090_000,
    });
  });
});

describe("primary and fully diluted per-share rows", () => {
  const store = storeOf([ZEPHYR, "zephyr.txt"]);

  it("EPS and SHARES without a basis answer basic (primary); with one, that basis", () => {
    expect(answers.figure(store, "EPS", "FY1995")).toEqual({
      ok: true,
      value: 1.07,
    });
    expect(answers.figure(store, "EPS", "FY1995", null, "diluted")).toEqual({
      ok: true,
      value: 0.98,
    });
    expect(answers.figure(store, "EPS", "FY1995", null, "primary")).toEqual({
      ok: true,
      value: 1.07,
    });
  });

  it('VALUE("From operations") is #N/A naming the primary and fully diluted rows; a heading names one', () => {
    const r = answers.value(store, "From operations", "FY1995");
    expect(r).toMatchObject({ ok: false, code: "notAvailable" });
    expect(r.ok ? "" : r.message).toMatch(
      /"Primary earnings per common share › From operations" 1\.07 \(line 23\).*"Fully-diluted earnings per common share › From operations" 0\.98/,
    );
    expect(answers.value(store, "Primary › From operations", "FY1995")).toEqual(
      { ok: true, value: 1.07 },
    );
    expect(
      answers.value(store, "Fully-diluted › From operations", "FY1994"),
    ).toEqual({ ok: true, value: 0.88 });
  });
});

describe("column groups", () => {
  it("the consolidated column answers the named items; a segment is named by its group", () => {
    const store = storeOf([KESTRELFORD, "k.txt"]);
    expect(answers.figure(store, "REVENUE", "Q2-2005")).toEqual({
      ok: true,
      value: 115_665_000,
    });
    expect(answers.figure(store, "NETINCOME", "Q2-2005")).toEqual({
      ok: true,
      value: 8_770_000,
    });
    expect(
      answers.value(store, "International › Net sales", "Q2-2005"),
    ).toEqual({ ok: true, value: 31_455_000 });
    expect(answers.value(store, "Domestic › REVENUE", "Q2-2005")).toEqual({
      ok: true,
      value: 84_210_000,
    });
  });

  it("GAAP answers the named items beside Non-GAAP; Non-GAAP is named by its group", () => {
    const store = storeOf([QUARRYSTONE, "q.htm"]);
    const gaap = answers.figureDetail(store, "NETINCOME", "Q3-2006");
    expect(gaap.ok && gaap.fact.group).toBe("GAAP");
    const adjusted = answers.valueDetail(
      store,
      `Non-GAAP › ${gaap.ok ? gaap.fact.label : ""}`,
      "Q3-2006",
    );
    expect(adjusted.ok && adjusted.fact.group).toBe("Non-GAAP");
  });
});

describe("companies and releases", () => {
  const other = ZEPHYR.replace(/The Zephyr Co\./g, "Zephyr Foods Inc.")
    .replace(/THE ZEPHYR CO\./g, "ZEPHYR FOODS INC.")
    .replace("NYSE: ZPH", "NYSE: ZFI");
  const store = storeOf([ZEPHYR, "zephyr.txt"], [ACME, "acme.txt"]);

  it("names a company by ticker, full name or any of its words, case and punctuation ignored", () => {
    for (const c of ["ZPH", "The Zephyr Co.", "zephyr", "Zephyr Co", "ZEPHYR"])
      expect(answers.figure(store, "EPS", "FY1995", c)).toEqual({
        ok: true,
        value: 1.07,
      });
  });

  it("a word two companies share is #N/A naming both; a release id names one release", () => {
    const two = storeOf([ZEPHYR, "zephyr.txt"], [other, "foods.txt"]);
    const r = answers.figure(two, "EPS", "FY1995", "Zephyr");
    expect(r).toMatchObject({ ok: false, code: "notAvailable" });
    expect(r.ok ? "" : r.message).toMatch(
      /Ambiguous company "Zephyr".*ZPH \(The Zephyr Co\.\).*ZFI \(Zephyr Foods Inc\.\)/,
    );
    expect(answers.figure(two, "EPS", "FY1995", "zephyr foods")).toEqual({
      ok: true,
      value: 1.07,
    });
    const id = two.releases[1].id;
    expect(answers.source(two, "NETINCOME", "FY1995", id)).toMatchObject({
      ok: true,
      value: expect.stringMatching(new RegExp(`^${id},`)),
    });
  });

  it("an unknown company is #N/A listing the loaded ones", () => {
    const r = answers.figure(store, "EPS", "FY1995", "Kroger");
    expect(r.ok ? "" : r.message).toMatch(
      /Unknown company "Kroger" — loaded: ZPH \(The Zephyr Co\.\), ACMW \(Acme Widget Corporation\)/,
    );
  });
});

describe("copies and restatements", () => {
  it("a text the store already holds is not added again: the result names the release holding it", () => {
    const first = addText(emptyStore(), ACME, "acme.txt");
    const again = addText(
      first.store,
      ACME.replace(/\n/g, "\r\n") + "\n\n",
      "pasted text",
    );
    expect(again.duplicateOf).toBe(first.id);
    expect(again.id).toBe(first.id);
    expect(again.store).toBe(first.store);
    // A different text of the same company is a release of its own.
    const restated = ACME.replace("$ 48,215", "$ 48,300");
    const other = addText(first.store, restated, "restated.txt");
    expect(other.duplicateOf).toBeUndefined();
    expect(other.store.releases).toHaveLength(2);
  });

  it("a workbook saved with two copies loads both, but only one answers; an edit answers at once, BALANCED too", () => {
    const saved = [
      { id: "a", source: "acme.txt", text: ACME },
      { id: "b", source: "acme.txt", text: ACME },
    ];
    const store = loadStore(saved);
    expect(store.releases.map((x) => x.duplicateOf)).toEqual([undefined, "a"]);
    expect(answers.balanced(store, "2024-09-30")).toEqual({
      ok: true,
      value: true,
    });
    // Edit the copy: total assets no longer equal liabilities and equity, and that is what BALANCED answers.
    const edited = replaceText(
      store,
      "b",
      ACME.replace(/Total assets( +)\$ *85,679/, "Total assets$1$ 85,680"),
    );
    expect(edited.releases[1].duplicateOf).toBeUndefined();
    expect(answers.figure(edited, "TOTALASSETS", "2024-09-30")).toEqual({
      ok: true,
      value: 85_680_000,
    });
    expect(answers.balanced(edited, "2024-09-30")).toEqual({
      ok: true,
      value: false,
    });
    // Removing the original leaves the copy answering.
    const left = removeRelease(store, "a");
    expect(left.releases.map((x) => [x.id, x.duplicateOf])).toEqual([
      ["b", undefined],
    ]);
    expect(answers.balanced(left, "2024-09-30")).toEqual({
      ok: true,
      value: true,
    });
    expect(saveStore(store)).toEqual(saved);
  });

  it("two releases of different dates: the newer answers, SOURCE shows the older as a restatement", () => {
    const later = ACME.replace("October 29, 2024", "November 20, 2024").replace(
      "$ 48,215",
      "$ 48,300",
    );
    const store = storeOf([later, "later.txt"], [ACME, "first.txt"]);
    expect(answers.figure(store, "REVENUE", "Q3-2024")).toEqual({
      ok: true,
      value: 48_300_000,
    });
    const s = answers.source(store, "REVENUE", "Q3-2024");
    expect(s.ok && s.value).toMatch(
      /line \d+: .*48,300.*; earlier releases said 48,215,000 \(ACMW_2024-10-29\)/,
    );
  });

  it("two releases of unknown date that disagree are #N/A naming both; the id names one", () => {
    const undated = ACME.replace(/October 29, 2024/g, "");
    const restated = undated.replace("$ 48,215", "$ 48,300");
    const store = storeOf([undated, "one.txt"], [restated, "two.txt"]);
    expect(store.releases.every((x) => !x.release.releaseDate)).toBe(true);
    const r = answers.figure(store, "REVENUE", "Q3-2024");
    expect(r).toMatchObject({ ok: false, code: "notAvailable" });
    const ids = store.releases.map((x) => x.id);
    expect(r.ok ? "" : r.message).toMatch(
      new RegExp(`48,300,000 \\(${ids[1]}\\); 48,215,000 \\(${ids[0]}\\)`),
    );
    expect(answers.figure(store, "REVENUE", "Q3-2024", ids[0])).toEqual({
      ok: true,
      value: 48_215_000,
    });
  });
});
