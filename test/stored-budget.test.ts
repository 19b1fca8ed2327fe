// A stored release never blocks the others: each is parsed within a time budget (a clock passed in, so these
// tests are deterministic); one that runs out is kept with its reason, answers #N/A with it, and the others answer.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as answers from "../src/answers";
import { Budget, startBudget } from "../src/budget";
import { loadStoreInTurns } from "../src/load-store";
import { parseRelease } from "../src/parse";
import { parseStored } from "../src/parse-stored";
import { SavedRelease } from "../src/store";
import { loadStore } from "../src/text-store";

const read = (p: string) => readFileSync(join(__dirname, "..", p), "utf8");
const acme = read("examples/acme-q3-2024.txt");
const brightwater = read("test/fixtures/brightwater-q3-2004.txt");

/** A clock that moves on `step` ms each time it is read. */
function ticking(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

/** Enough time for anything. */
const ample = (): Budget => ({ ms: 1e12, now: () => 0 });
/** Out of time at the first look after the start. */
const none = (): Budget => ({ ms: 5, now: ticking(10) });

const saved: SavedRelease[] = [
  { id: "ACMW_2024-10-29", source: "acme.txt", text: acme },
  { id: "BWIN_2004", source: "brightwater.txt", text: brightwater },
];

describe("the parse's time budget", () => {
  test("a budget never reached changes nothing", () => {
    expect(parseRelease(acme, "a", { budget: ample() })).toEqual(
      parseRelease(acme, "a"),
    );
  });

  test("past the budget the parse gives up with an error value naming the time and the line", () => {
    const r = parseRelease(acme, "a", { budget: none() });
    expect(r.error?.message).toMatch(
      /^gave up after 10 ms at line \d+ \(finding its tables\): a release is given 5 ms/,
    );
    expect(r.error?.line).toBeGreaterThan(1);
    expect(r.facts).toEqual([]);
    expect(r.tables).toEqual([]);
    // What was read before giving up is kept: the release still says whose it is.
    expect(r.ticker).toBe("ACMW");
  });

  test("the clock is looked at between tables: a budget running out midway stops at a table's line", () => {
    // Three looks pass (lines, columns, the first table), the fourth is late.
    let reads = 0;
    const r = parseRelease(acme, "a", {
      budget: { ms: 3, now: () => reads++ },
    });
    expect(r.error?.message).toMatch(/at line \d+ \(building its tables\)/);
    const firstTable = parseRelease(acme, "a").tables[1].firstLine;
    expect(r.error?.line).toBe(firstTable);
  });

  test("startBudget without a budget never stops", () => {
    expect(startBudget()(1, "x")).toBeNull();
  });
});

describe("stored releases", () => {
  test("loadStore parses each kept text within a budget and keeps the same figures", () => {
    const store = loadStore(saved);
    expect(store.releases.map((x) => x.release.error)).toEqual([null, null]);
    expect(answers.figure(store, "NETINCOME", "Q3-2024", "ACMW")).toMatchObject(
      { ok: true, value: 3088000 },
    );
  });

  test("one release out of time answers #N/A with its reason; the other answers; the loader pauses between releases", async () => {
    let pauses = 0;
    const budgets = [none, ample];
    let i = 0;
    const store = await loadStoreInTurns(saved, parseStored, {
      budget: () => budgets[i++](),
      pause: async () => void pauses++,
    });
    expect(pauses).toBe(2);
    expect(store.releases).toHaveLength(2);
    const failed = store.releases[0];
    expect(failed.id).toBe("ACMW_2024-10-29");
    expect(failed.release.error?.message).toMatch(/^gave up after/);
    const asked = answers.figure(store, "NETINCOME", "Q3-2024", "ACMW");
    expect(asked).toMatchObject({ ok: false, code: "notAvailable" });
    expect(!asked.ok && asked.message).toMatch(
      /^The release ACMW_2024-10-29 \(ACMW\) could not be read: gave up after 10 ms/,
    );
    // The other company answers, with or without naming it.
    expect(answers.figure(store, "NETINCOME", "Q3-2004", "BWIN")).toMatchObject(
      { ok: true, value: 4812000 },
    );
    expect(answers.figure(store, "NETINCOME", "Q3-2004")).toMatchObject({
      ok: true,
      value: 4812000,
    });
  });

  test("when every release failed, a function says which and why rather than 'nothing loaded'", async () => {
    const store = await loadStoreInTurns(saved.slice(0, 1), parseStored, {
      budget: none,
      pause: async () => undefined,
    });
    const asked = answers.figure(store, "NETINCOME", "Q3-2024");
    expect(!asked.ok && asked.message).toMatch(
      /^The release ACMW_2024-10-29 \(ACMW\) could not be read: gave up/,
    );
  });

  test("a text that cannot be parsed is an error value, not an exception", () => {
    const r = parseStored("", "empty.txt");
    expect(r.error?.message).toMatch(/empty/);
  });
});

describe("the pane's startup read", () => {
  test("a kept text that cannot be read stays in the store with its reason; the others answer", async () => {
    const { MemoryHost } = await import("../taskpane/memory-host");
    const { Releases } = await import("../taskpane/releases");
    const host = new MemoryHost();
    host.state.kept = [
      {
        id: "BROKEN",
        source: "broken.txt",
        text: "\u0000\u0001binary",
        sheets: [],
      },
      { id: "BWIN_2004", source: "b.txt", text: brightwater, sheets: [] },
    ];
    const store = await new Releases(host).readKept();
    expect(store.releases.map((x) => [x.id, !!x.release.error])).toEqual([
      ["BROKEN", true],
      ["BWIN_2004", false],
    ]);
    const asked = answers.figure(store, "EPS", "Q3-2004", "BROKEN");
    expect(!asked.ok && asked.message).toMatch(
      /^The release BROKEN could not be read: this is not a text file/,
    );
    expect(answers.figure(store, "NETINCOME", "Q3-2004")).toMatchObject({
      ok: true,
    });
  });
});

describe("a kept copy of a held text (a workbook saved before copies were refused)", () => {
  // Its sheets are still in the workbook: both loaders keep it, marked as a copy, so the next save keeps its text.
  const copies: SavedRelease[] = [
    { id: "BWIN_2004", source: "b.txt", text: brightwater },
    { id: "BWIN_2004_2", source: "b-again.txt", text: brightwater },
  ];
  const kept = (s: { releases: { id: string; duplicateOf?: string }[] }) =>
    s.releases.map((x) => [x.id, x.duplicateOf ?? null]);
  const want = [
    ["BWIN_2004", null],
    ["BWIN_2004_2", "BWIN_2004"],
  ];

  test("stays in the store the pane and the functions load, turn by turn", async () => {
    const store = await loadStoreInTurns(copies, parseStored, {
      budget: ample,
      pause: async () => {},
    });
    expect(kept(store)).toEqual(want);
  });

  test("stays in the store the CLI loads", () => {
    expect(kept(loadStore(copies))).toEqual(want);
  });
});
