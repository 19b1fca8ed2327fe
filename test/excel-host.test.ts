// The Office.js host against office-addin-mock plus an in-memory fake of worksheets and tables: round trips per
// insert, containment, formula injection, all-or-nothing, and the texts kept in the hidden store sheet.
import * as fs from "fs";
import * as path from "path";
import { emptyStore, StoredRelease } from "../src/store";
import { ExcelHost } from "../taskpane/excel-host";
import { KeptRelease } from "../taskpane/host";
import {
  FACTS_HEADER,
  FACTS_TABLE,
  planRelease,
  STORE_SHEET,
  WritePlan,
} from "../src/sheet-plan";
import { FakeSheet, FakeWorkbook } from "./fake-excel";
import { keptToRows } from "../src/kept-texts";
import { EXCEL_LIMITS } from "../src/excel-limits";
import { addText } from "../src/text-store";

const acme = fs.readFileSync(
  path.join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);
/** A second, different release: the same text under another ticker and date. */
const other = acme
  .replace(/ACMW/g, "OTHR")
  .replace(/Acme Widget/g, "Other Widget");

function entryOf(text: string, source: string): StoredRelease {
  const { store, id } = addText(emptyStore(), text, source);
  return store.releases.find((x) => x.id === id)!;
}

function setup() {
  const wb = new FakeWorkbook();
  let syncs = 0;
  const host = new ExcelHost(async (batch) => {
    const { context, syncs: n } = wb.context();
    try {
      return await batch(context);
    } finally {
      syncs += n();
    }
  });
  return { wb, host, syncs: () => syncs, resetSyncs: () => (syncs = 0) };
}

const keep = (e: StoredRelease, p: WritePlan): KeptRelease => ({
  id: e.id,
  source: e.source,
  text: e.text,
  sheets: p.sheets.map((s) => s.name),
});

test("insert costs at most 2 context.sync round trips and writes sheets, tables, facts and the store", async () => {
  const { wb, host, syncs } = setup();
  const e = entryOf(acme, "acme.txt");
  const plan = planRelease(e);
  await host.writeRelease(plan, [], [keep(e, plan)]);
  expect(syncs()).toBeLessThanOrEqual(2);
  for (const s of plan.sheets) expect(wb.sheet(s.name)).toBeDefined();
  const names = wb.tableList.map((t) => t.name);
  for (const t of plan.sheets[0].tables) expect(names).toContain(t.name);
  const facts = wb.tableList.find((t) => t.name === FACTS_TABLE)!;
  expect(facts.box.r1 - facts.box.r0).toBe(plan.facts.length);
  expect(wb.sheet(STORE_SHEET)!.visibility).toBe("VeryHidden");
  const fig = plan.figures[0];
  expect(wb.sheet(fig.sheet)!.cell(fig.address)!.value).toBe(fig.value);
  const saved = await host.readSavedTexts();
  expect(saved).toEqual([keep(e, plan)]);
});

test("refresh also costs at most 2 round trips, and highlights changed cells", async () => {
  const { host, wb, syncs, resetSyncs } = setup();
  const e = entryOf(acme, "acme.txt");
  const p1 = planRelease(e);
  await host.writeRelease(p1, [], [keep(e, p1)]);
  resetSyncs();
  const p2 = planRelease(e);
  p2.sheets[0].rows.flat().find((c) => c.number !== undefined)!.highlight =
    true;
  await host.writeRelease(
    p2,
    p1.sheets.map((s) => s.name),
    [keep(e, p2)],
  );
  expect(syncs()).toBeLessThanOrEqual(2);
  expect(
    [...wb.sheet(p2.sheets[0].name)!.cells.values()].some((c) => c.fill),
  ).toBe(true);
  expect(wb.tableList.filter((t) => t.name === FACTS_TABLE)).toHaveLength(1);
});

test("contained: insert and refresh leave every other cell, sheet and release's facts rows as they were", async () => {
  const { wb, host } = setup();
  const b = entryOf(other, "other.txt");
  const pb = planRelease(b);
  await host.writeRelease(pb, [], [keep(b, pb)]);
  const user = wb
    .context()
    .context.workbook.worksheets.add("My model") as unknown as {
    put: (a: string, v: string | number) => void;
  };
  user.put("A1", "Revenue forecast");
  user.put("B2", 12345);
  user.put("C3", "=B2*2");
  const snapshotOf = (names: string[]) => {
    const s = wb.snapshot() as {
      sheets: { name: string }[];
      tables: { name: string; sheet: string }[];
    };
    return {
      sheets: s.sheets.filter((x) => names.includes(x.name)),
      tables: s.tables.filter((x) => names.includes(x.sheet)),
    };
  };
  const others = ["My model", ...pb.sheets.map((s) => s.name)];
  const before = snapshotOf(others);
  const factRows = () => {
    const f = wb.tableList.find((t) => t.name === FACTS_TABLE)!;
    const rows = (
      wb.sheet("HEMA_Facts")!.getRange(`A${f.box.r0 + 2}:K${f.box.r1 + 1}`)
        .values as unknown[][]
    ).filter((r) => r[FACTS_HEADER.indexOf("Release")] === b.id);
    return JSON.stringify(rows);
  };
  const bFacts = factRows();

  const a = entryOf(acme, "acme.txt");
  const pa = await host.writeRelease(
    (taken) => planRelease(a, { taken }),
    [],
    (p) => [keep(b, pb), keep(a, p)],
  );
  await host.writeRelease(
    planRelease(a, { taken: others }),
    pa.sheets.map((s) => s.name),
    [keep(b, pb), keep(a, pa)],
  );
  expect(snapshotOf(others)).toEqual(before);
  expect(factRows()).toBe(bFacts);
  const f = wb.tableList.find((t) => t.name === FACTS_TABLE)!;
  expect(f.box.r1 - f.box.r0).toBe(pa.facts.length + pb.facts.length);
});

test("text from the release never becomes a formula", async () => {
  const { wb, host } = setup();
  const e = entryOf(acme, "acme.txt");
  const evil = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)"];
  e.release = {
    ...e.release,
    company: evil[0],
    tables: e.release.tables.map((t, i) =>
      i
        ? t
        : {
            ...t,
            rows: t.rows.map((r, k) =>
              k < 3 ? { ...r, label: evil[k + 1] } : r,
            ),
          },
    ),
  };
  const plan = planRelease(e);
  await host.writeRelease(plan, [], [keep(e, plan)]);
  const cells = [...wb.sheet(plan.sheets[0].name)!.cells.values()];
  for (const s of evil) {
    const c = cells.find((x) => x.value === s);
    expect(c).toBeDefined();
    expect(c!.formula).toBe(false);
  }
  // Only the checks block holds formulas.
  expect(
    cells
      .filter((c) => c.formula)
      .every((c) => /^=(IF\(ABS|[A-Z]+\d+-)/.test(String(c.value))),
  ).toBe(true);
});

describe("all or nothing", () => {
  async function prepared() {
    const s = setup();
    const b = entryOf(other, "other.txt");
    const pb = planRelease(b);
    await s.host.writeRelease(pb, [], [keep(b, pb)]);
    const user = s.wb
      .context()
      .context.workbook.worksheets.add("Notes") as unknown as {
      put: (a: string, v: string) => void;
    };
    user.put("A1", "mine");
    return { ...s, b, pb };
  }

  test.each(["addSheet", "addTable", "addRows", "formulas"])(
    "a new release failing at %s leaves the workbook as before",
    async (op) => {
      const { wb, host, b, pb } = await prepared();
      const before = JSON.stringify(wb.snapshot());
      const a = entryOf(acme, "acme.txt");
      const pa = planRelease(a, { taken: wb.sheets.map((x) => x.name) });
      let seen = 0;
      wb.failWhen = (o) => o === op && ++seen === 1;
      const err = await host
        .writeRelease(pa, [], [keep(b, pb), keep(a, pa)])
        .catch((e: Error) => e);
      wb.failWhen = null;
      if (seen) {
        expect((err as Error).message).toMatch(
          /simulated failure.*left as it was/,
        );
        expectSame(wb.snapshot(), before);
      }
    },
  );

  test("a refresh failing while deleting the old sheets (the last step) is completed, leaving no backup sheet", async () => {
    const { wb, host, b, pb } = await prepared();
    let seen = 0;
    wb.failWhen = (o) => o === "deleteSheet" && ++seen === 2;
    await host.writeRelease(
      planRelease(b),
      pb.sheets.map((s) => s.name),
      [keep(b, pb)],
    );
    wb.failWhen = null;
    expect(seen).toBeGreaterThanOrEqual(2);
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(
      [
        ...pb.sheets.map((s) => s.name),
        "HEMA_Facts",
        "HEMA_Store",
        "Notes",
      ].sort(),
    );
  });

  test.each(["addTable", "formulas", "deleteRow", "addRows"])(
    "a refresh failing at %s leaves the workbook as before",
    async (op) => {
      const { wb, host, b, pb } = await prepared();
      const before = JSON.stringify(wb.snapshot());
      let seen = 0;
      wb.failWhen = (o) => o === op && ++seen === 2;
      const err = await host
        .writeRelease(
          planRelease(b),
          pb.sheets.map((s) => s.name),
          [keep(b, pb)],
        )
        .catch((e: Error) => e);
      wb.failWhen = null;
      if (seen >= 2) {
        expect(err).toBeInstanceOf(Error);
        expect((err as Error).message).toMatch(/left as it was/);
        expectSame(wb.snapshot(), before);
      }
    },
  );
});

test("remove deletes only the release's sheets and facts rows", async () => {
  const { wb, host } = setup();
  const a = entryOf(acme, "acme.txt");
  const b = entryOf(other, "other.txt");
  const pa = planRelease(a);
  const pb = planRelease(b, { taken: pa.sheets.map((s) => s.name) });
  await host.writeRelease(pa, [], [keep(a, pa)]);
  await host.writeRelease(pb, [], [keep(a, pa), keep(b, pb)]);
  await host.removeRelease(
    a.id,
    pa.sheets.map((s) => s.name),
    [keep(b, pb)],
  );
  for (const s of pa.sheets) expect(wb.sheet(s.name)).toBeUndefined();
  for (const s of pb.sheets) expect(wb.sheet(s.name)).toBeDefined();
  const f = wb.tableList.find((t) => t.name === FACTS_TABLE)!;
  expect(f.box.r1 - f.box.r0).toBe(pb.facts.length);
  expect((await host.readSavedTexts()).map((k) => k.id)).toEqual([b.id]);
});

test("long texts are chunked below the cell limit and read back whole", async () => {
  const { wb, host } = setup();
  const e = entryOf(acme, "acme.txt");
  const long = acme + "\n" + "x".repeat(70000);
  const plan = planRelease(e);
  await host.writeRelease(plan, [], [{ ...keep(e, plan), text: long }]);
  const cells = [...wb.sheet(STORE_SHEET)!.cells.values()];
  expect(cells.every((c) => String(c.value).length < 32767)).toBe(true);
  expect((await host.readSavedTexts())[0].text).toBe(long);
});

/** Compares two workbook snapshots sheet by sheet, so a failure names the sheet and cell that differ. */
function expectSame(now: unknown, before: string) {
  const a = now as {
    sheets: { name: string; cells: unknown[] }[];
    tables: unknown[];
  };
  const b = JSON.parse(before) as typeof a;
  expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
  a.sheets.forEach((s, i) =>
    expect(JSON.parse(JSON.stringify(s))).toEqual(b.sheets[i]),
  );
  expect(JSON.parse(JSON.stringify(a.tables))).toEqual(b.tables);
}

test("the pane's insert and refresh (Releases) cost at most 2 round trips each, sheet names chosen in the read", async () => {
  const { Releases } = await import("../taskpane/releases");
  const { resetLiveStore } = await import("../src/live-store");
  resetLiveStore();
  const { host, wb, syncs, resetSyncs } = setup();
  const releases = new Releases(host);
  const { id } = await releases.insert(acme, "acme.txt");
  expect(syncs()).toBeLessThanOrEqual(2);
  const sheets = releases.kept[0].sheets;
  for (const n of sheets) expect(wb.sheet(n)).toBeDefined();
  resetSyncs();
  const r = await releases.refresh(id, acme.replace("$  3,088", "$  3,089"));
  expect(syncs()).toBeLessThanOrEqual(2);
  expect(r.changed.length).toBeGreaterThan(0);
  resetLiveStore();
});

test("a host that refuses calls on a null object still gets the first insert, with one more round trip", async () => {
  const { wb, host, syncs } = setup();
  wb.strictNullObjects = true;
  const e = entryOf(acme, "acme.txt");
  const plan = planRelease(e);
  await host.writeRelease(plan, [], [keep(e, plan)]);
  expect(syncs()).toBeLessThanOrEqual(3);
  for (const s of plan.sheets) expect(wb.sheet(s.name)).toBeDefined();
  expect(await host.readSavedTexts()).toEqual([keep(e, plan)]);
});

test("reading the kept texts of a new workbook finds none, even on a host strict about null objects", async () => {
  const { wb, host } = setup();
  wb.strictNullObjects = true;
  expect(await host.readSavedTexts()).toEqual([]);
});

describe("a release too big for one request to Excel on the web", () => {
  // About 470 KB (some 6 MB of requests): copies of the example release, each its own ticker so none is a copy of another.
  const big = Array.from({ length: 100 }, (_, i) =>
    acme.replace(/ACMW/g, `A${String(i).padStart(3, "0")}`),
  ).join("\n\n");

  it("is written in several round trips, none carrying more than Excel takes, and reads back whole", async () => {
    const { wb, host, syncs } = setup();
    const e = entryOf(big, "big.txt");
    const plan = planRelease(e);
    await host.writeRelease(plan, [], [keep(e, plan)]);
    expect(syncs()).toBeGreaterThan(2);
    expect(wb.heaviest).toBeLessThanOrEqual(EXCEL_LIMITS.requestBytes);
    const facts = wb.tableList.find((t) => t.name === FACTS_TABLE)!;
    expect(facts.box.r1 - facts.box.r0).toBe(plan.facts.length);
    const last = plan.figures[plan.figures.length - 1];
    expect(wb.sheet(last.sheet)!.cell(last.address)!.value).toBe(last.value);
    expect(await host.readSavedTexts()).toEqual([keep(e, plan)]);
  }, 60_000);

  it("failing in a late batch (after earlier ones reached Excel) leaves the workbook as it was", async () => {
    const { wb, host } = setup();
    const small = entryOf(acme, "acme.txt");
    const p0 = planRelease(small);
    await host.writeRelease(p0, [], [keep(small, p0)]);
    const before = wb.snapshot();
    const e = entryOf(big, "big.txt");
    const plan = planRelease(e);
    const at = wb.synced;
    let failedAfter = 0;
    // HEMA_Facts rows go in after the release's sheets, several syncs into the write.
    wb.failWhen = (op) => {
      if (op !== "addRows" || failedAfter) return false;
      failedAfter = wb.synced - at;
      return true;
    };
    await expect(
      host.writeRelease(plan, [], [keep(small, p0), keep(e, plan)]),
    ).rejects.toThrow(/left as it was/);
    wb.failWhen = null;
    // the read and at least two batches of the write had reached the workbook
    expect(failedAfter).toBeGreaterThanOrEqual(3);
    expect(wb.snapshot()).toEqual(before);
  }, 60_000);
});

describe("a workbook keeping more release text than one response of Excel on the web carries", () => {
  it("is read in blocks, and a release is still inserted beside the texts it keeps", async () => {
    const { wb, host } = setup();
    // Three kept texts of about 2 MB each (as three saved web pages would be), put straight into HEMA_Store.
    const kept: KeptRelease[] = [0, 1, 2].map((i) => ({
      id: `BIG${i}`,
      source: `big${i}.htm`,
      text: `<p>release ${i}</p>\n`.repeat(110_000),
      sheets: [],
    }));
    const ws = wb
      .context()
      .context.workbook.worksheets.add(STORE_SHEET) as unknown as FakeSheet;
    keptToRows(kept).forEach((row, i) =>
      row.forEach((v, j) => v && ws.put(`${"ABCDE"[j]}${i + 1}`, v)),
    );
    expect(await host.readSavedTexts()).toEqual(kept);
    // The one-response read was refused, and the read in blocks answered.
    expect(wb.refused).toBeGreaterThan(0);
    expect(wb.heaviest).toBeLessThanOrEqual(EXCEL_LIMITS.requestBytes);
    const e = entryOf(acme, "acme.txt");
    const plan = planRelease(e);
    await host.writeRelease(plan, [], [...kept, keep(e, plan)]);
    expect(wb.heaviest).toBeLessThanOrEqual(EXCEL_LIMITS.requestBytes);
    expect(await host.readSavedTexts()).toEqual([...kept, keep(e, plan)]);
  }, 60_000);
});
