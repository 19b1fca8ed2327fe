// The Office.js workbook host: the only module that calls Excel.run. Writes a release in two round trips (read
// what is there, then one batch of writes), touches only its own sheets and HEMA_Facts rows, and undoes a
// half-done write so the workbook is left as before.
//
// Why a veryHidden worksheet (HEMA_Store) for the pasted texts: it travels inside the .xlsx to any colleague and is
// readable by any copy of the add-in; Office settings are keyed by the add-in's Id (a re-registered or differently
// deployed add-in would not see them) and have a small size budget; custom XML parts need extra async round trips
// per part. Texts are chunked below Excel's 32,767-character cell limit (kept-texts.ts).
import { HostError, KeptRelease, resolvePlan, WorkbookHost } from "./host";
import { EXCEL_LIMITS, requestWeight } from "../src/excel-limits";
import { keptToRows, rowsToKept, STORE_HEADER } from "../src/kept-texts";
import {
  address,
  columnLetter,
  excelInput,
  FACTS_SHEET,
  FACTS_TABLE,
  SheetPlan,
  STORE_SHEET,
  WritePlan,
} from "../src/sheet-plan";

type Run = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

const BACKUP = "~hema-backup-";
const HIGHLIGHT = "#FFF2CC";

const escapeAll = (rows: unknown[][]): (string | number)[][] =>
  rows.map((r) =>
    r.map((v) =>
      typeof v === "number"
        ? v
        : v === null || v === undefined || v === ""
          ? ""
          : `'${String(v)}`,
    ),
  );

/**
 * What one context.sync may carry: Excel on the web refuses a request (or a response) over 5 MB, so a big release is
 * written in as many round trips as it needs, each well under that; a small one still takes one.
 */
const SYNC_BUDGET = Math.floor(EXCEL_LIMITS.requestBytes / 2);
/** What an operation other than a block of values weighs in a request (its name, object path and arguments). */
const OP_BYTES = 100;

/** Rows read per round trip when the kept texts are too big for one response: a kept-text row holds ≤ 33 KB. */
const STORE_ROWS_PER_READ = Math.floor(SYNC_BUDGET / 40_000);
/** HEMA_Facts rows per round trip in that case: a row is a few hundred bytes. */
const FACTS_ROWS_PER_READ = Math.floor(SYNC_BUDGET / 1_000);

/** Excel refused a request or response for its size (Excel on the web: RequestPayloadSizeLimitExceeded). */
const tooLarge = (e: unknown): boolean =>
  (e as { code?: string })?.code === "RequestPayloadSizeLimitExceeded" ||
  /payload size/i.test(e instanceof Error ? e.message : String(e));

/** Weighs the queued operations and syncs before the next would take the request past SYNC_BUDGET. */
class Meter {
  private bytes = 0;
  constructor(private context: Excel.RequestContext) {}
  async add(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > SYNC_BUDGET) {
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

/** `rows` cut into runs of about half a request each (with `formats` beside them, where given): [from, to, bytes]. */
function* blocks(
  rows: unknown[][],
  formats?: unknown[][],
): Generator<[number, number, number]> {
  for (let from = 0; from < rows.length;) {
    let to = from;
    let bytes = 0;
    do {
      bytes +=
        requestWeight(rows[to]) + (formats ? requestWeight(formats[to]) : 0);
      to++;
    } while (to < rows.length && bytes < SYNC_BUDGET / 2);
    yield [from, to, bytes];
    from = to;
  }
}

/**
 * Queues `rows` (a rectangle, `width` columns) into `ws` from A1, a block the meter can carry at a time; `formats`
 * (same shape), where given, goes with each block.
 */
async function writeRows(
  ws: Excel.Worksheet,
  width: number,
  rows: (string | number)[][],
  meter: Meter,
  formats?: string[][],
): Promise<void> {
  const last = columnLetter(width - 1);
  for (const [from, to, bytes] of blocks(rows, formats)) {
    await meter.add(bytes + OP_BYTES);
    const block = ws.getRange(`A${from + 1}:${last}${to}`);
    if (formats) block.numberFormat = formats.slice(from, to);
    block.formulas = rows.slice(from, to);
  }
}

/** Queues rows added at the end of a table, a block the meter can carry at a time. */
async function addTableRows(
  table: Excel.Table,
  rows: (string | number)[][],
  meter: Meter,
): Promise<void> {
  for (const [from, to, bytes] of blocks(rows)) {
    await meter.add(bytes + OP_BYTES);
    table.rows.add(undefined, rows.slice(from, to));
  }
}

/** The store sheet's columns: one a field of STORE_HEADER. */
const STORE_WIDTH = STORE_HEADER.length;
const STORE_COLUMNS = `A:${columnLetter(STORE_WIDTH - 1)}`;

/** Queues the kept texts' rows into the store sheet as text ("@"), what it held before cleared first. */
async function writeKeptRows(
  ws: Excel.Worksheet,
  rows: unknown[][],
  meter: Meter,
  clear: boolean,
): Promise<void> {
  if (clear) ws.getRange(STORE_COLUMNS).clear();
  await writeRows(
    ws,
    STORE_WIDTH,
    escapeAll(rows),
    meter,
    rows.map((x) => x.map(() => "@")),
  );
}

const rect = <T>(rows: T[][], fill: T): T[][] => {
  const w = rows.reduce((n, r) => Math.max(n, r.length), 1);
  return rows.map((r) => [...r, ...Array(w - r.length).fill(fill)]);
};

/** Queues the writes of one sheet, syncing where the meter says a request is full. */
async function writeSheet(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  meter: Meter,
): Promise<void> {
  if (plan.rows.length === 0) return;
  const grid = rect(plan.rows, undefined);
  await writeRows(
    ws,
    grid[0].length,
    grid.map((r) => r.map(excelInput)),
    meter,
    grid.map((r) => r.map((c) => c?.format ?? "General")),
  );
  for (let i = 0; i < grid.length; i++)
    for (let j = 0; j < grid[i].length; j++) {
      const c = grid[i][j];
      if (!c || !(c.bold || c.topBorder || c.indent || c.link || c.highlight))
        continue;
      await meter.add(OP_BYTES * 2 + (c.link?.length ?? 0));
      const cell = ws.getRange(address(i, j));
      if (c.bold) cell.format.font.bold = true;
      if (c.topBorder)
        cell.format.borders.getItem("EdgeTop").style = "Continuous";
      if (c.indent) cell.format.indentLevel = c.indent;
      if (c.highlight) cell.format.fill.color = HIGHLIGHT;
      if (c.link)
        cell.hyperlink = {
          documentReference: c.link,
          screenTip: "Show the source line",
        };
    }
  for (let j = 0; j < plan.widths.length; j++) {
    await meter.add(OP_BYTES);
    ws.getRange(`${columnLetter(j)}:${columnLetter(j)}`).format.columnWidth =
      plan.widths[j] * 6;
  }
  for (const t of plan.tables) {
    await meter.add(OP_BYTES * 2);
    const table = ws.tables.add(t.address, true);
    table.name = t.name;
  }
}

interface Before {
  sheets: string[];
  tables: { name: string; sheet: string }[];
  facts: unknown[][] | null;
  store: unknown[][] | null;
}

/**
 * Whether Excel loads the add-in's shared runtime when this workbook opens. Excel (Windows, Mac, web; SharedRuntime
 * 1.1) loads an add-in on open only when the document asks for it, so HEMA formulas would show #NAME? or stale values
 * after a reopen until someone opens the pane. A workbook holding releases asks for `load`; one whose last release
 * was removed goes back to `none`. The setting is stored in the document itself.
 */
export async function setLoadOnOpen(load: boolean): Promise<void> {
  if (
    typeof Office === "undefined" ||
    !Office.addin?.setStartupBehavior ||
    !Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1")
  )
    return;
  await Office.addin.setStartupBehavior(
    load ? Office.StartupBehavior.load : Office.StartupBehavior.none,
  );
}

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private run: Run;
  /** Why the workbook could not be told to load the add-in on open (the write itself succeeded), or null. */
  startupProblem: string | null = null;

  constructor(
    run?: Run,
    private loadOnOpen: (load: boolean) => Promise<void> = setLoadOnOpen,
  ) {
    this.run = run ?? ((batch) => Excel.run(batch));
  }

  /** After a write: keep the workbook's startup behaviour in step with whether it holds releases. */
  private async followStartup(holdsReleases: boolean): Promise<void> {
    try {
      await this.loadOnOpen(holdsReleases);
      this.startupProblem = null;
    } catch (e) {
      this.startupProblem = `HEMA formulas will not calculate on reopen until the pane is opened: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  /**
   * Round trip 1: what the workbook holds now (also the backup for an undo). The hidden store and HEMA_Facts are
   * read through *OrNullObject calls chained on a sheet that may not exist yet; a host that refuses a call on a
   * null object gets a second, plain read instead (one more round trip, only then); and where the answer would be
   * too big for one response (Excel on the web: 5 MB of kept texts and HEMA_Facts), the sizes first and then the
   * rows in blocks.
   */
  private async readBefore(context: Excel.RequestContext): Promise<Before> {
    try {
      return await this.readChained(context);
    } catch {
      try {
        return await this.readStepwise(context);
      } catch (e) {
        if (!tooLarge(e)) throw e;
        return this.readStepwise(context, true);
      }
    }
  }

  private async readChained(context: Excel.RequestContext): Promise<Before> {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name,items/worksheet/name");
    const facts = sheets
      .getItemOrNullObject(FACTS_SHEET)
      .getUsedRangeOrNullObject(true);
    facts.load("values");
    const store = sheets
      .getItemOrNullObject(STORE_SHEET)
      .getUsedRangeOrNullObject(true);
    store.load("values");
    await context.sync();
    return {
      sheets: sheets.items.map((s) => s.name),
      tables: tables.items.map((t) => ({
        name: t.name,
        sheet: t.worksheet.name,
      })),
      facts: facts.isNullObject ? null : facts.values,
      store: store.isNullObject ? null : store.values,
    };
  }

  /**
   * The names first (a sheet that does not exist is never touched), then HEMA_Facts and the kept texts: whole, or
   * `inBlocks` their sizes and then their rows a block a round trip.
   */
  private async readStepwise(
    context: Excel.RequestContext,
    inBlocks = false,
  ): Promise<Before> {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name,items/worksheet/name");
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const used = (name: string) => {
      if (!names.includes(name)) return null;
      const r = sheets.getItem(name).getUsedRangeOrNullObject(true);
      if (inBlocks) r.load("rowCount,columnCount");
      else r.load("values");
      return r;
    };
    const facts = used(FACTS_SHEET);
    const store = used(STORE_SHEET);
    if (facts || store) await context.sync();
    const rows = async (
      name: string,
      range: Excel.Range | null,
      perBlock: number,
    ): Promise<unknown[][] | null> => {
      if (!range || range.isNullObject) return null;
      if (!inBlocks) return range.values;
      const ws = sheets.getItem(name);
      const last = columnLetter(range.columnCount - 1);
      const out: unknown[][] = [];
      for (let from = 0; from < range.rowCount; from += perBlock) {
        const to = Math.min(range.rowCount, from + perBlock);
        const block = ws.getRange(`A${from + 1}:${last}${to}`);
        block.load("values");
        // One response per block, on purpose: together they are more than Excel on the web answers at once.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        for (const r of block.values) out.push(r);
      }
      return out;
    };
    return {
      sheets: names,
      tables: tables.items.map((t) => ({
        name: t.name,
        sheet: t.worksheet.name,
      })),
      facts: await rows(FACTS_SHEET, facts, FACTS_ROWS_PER_READ),
      store: await rows(STORE_SHEET, store, STORE_ROWS_PER_READ),
    };
  }

  /** Queues: put away `previous` sheets (renamed, their tables renamed) so new ones can take the names. */
  private backup(
    context: Excel.RequestContext,
    before: Before,
    previous: string[],
  ): string[] {
    const moved: string[] = [];
    previous
      .filter((n) => before.sheets.includes(n))
      .forEach((n, i) => {
        for (const t of before.tables.filter((x) => x.sheet === n))
          context.workbook.tables.getItem(t.name).name =
            `${BACKUP.replace(/\W/g, "")}${i}_${t.name}`.slice(0, 250);
        context.workbook.worksheets.getItem(n).name = `${BACKUP}${i}`;
        moved.push(`${BACKUP}${i}`);
      });
    return moved;
  }

  /** Queues the HEMA_Facts change: this release's rows out, `rows` in; creates the table when missing. */
  private async writeFacts(
    context: Excel.RequestContext,
    before: Before,
    releaseId: string,
    header: string[],
    rows: (string | number)[][],
    meter: Meter,
  ): Promise<void> {
    const idCol = header.indexOf("Release");
    if (
      before.facts === null ||
      !before.tables.some((t) => t.name === FACTS_TABLE)
    ) {
      const ws =
        before.facts === null
          ? context.workbook.worksheets.add(FACTS_SHEET)
          : context.workbook.worksheets.getItem(FACTS_SHEET);
      const body = [header, ...rows];
      await writeRows(ws, header.length, escapeAll(body), meter);
      await meter.add(OP_BYTES * 2);
      const t = ws.tables.add(
        `A1:${columnLetter(header.length - 1)}${body.length}`,
        true,
      );
      t.name = FACTS_TABLE;
      return;
    }
    const table = context.workbook.tables.getItem(FACTS_TABLE);
    const body = before.facts.slice(1);
    for (let i = body.length - 1; i >= 0; i--)
      if (String(body[i][idCol]) === releaseId) {
        await meter.add(OP_BYTES);
        table.rows.getItemAt(i).delete();
      }
    await addTableRows(table, escapeAll(rows), meter);
  }

  private async writeStore(
    context: Excel.RequestContext,
    before: Before,
    kept: KeptRelease[],
    meter: Meter,
  ): Promise<void> {
    const exists = before.sheets.includes(STORE_SHEET);
    await meter.add(OP_BYTES * 3);
    const ws = exists
      ? context.workbook.worksheets.getItem(STORE_SHEET)
      : context.workbook.worksheets.add(STORE_SHEET);
    await writeKeptRows(ws, keptToRows(kept), meter, exists);
    ws.visibility = "VeryHidden";
  }

  async writeRelease(
    planned: WritePlan | ((taken: string[]) => WritePlan),
    previous: string[],
    keep: KeptRelease[] | ((plan: WritePlan) => KeptRelease[]),
  ): Promise<WritePlan> {
    let written: WritePlan | null = null;
    let holds = true;
    await this.transaction(
      "insert the release",
      () => (written ? written.sheets.map((s) => s.name) : []),
      previous,
      async (context, before) => {
        const { plan, kept } = resolvePlan(
          planned,
          keep,
          before.sheets,
          previous,
        );
        written = plan;
        holds = kept.length > 0;
        const meter = new Meter(context);
        const moved = this.backup(context, before, previous);
        for (const s of plan.sheets) {
          await meter.add(OP_BYTES);
          await writeSheet(context.workbook.worksheets.add(s.name), s, meter);
        }
        await this.writeFacts(
          context,
          before,
          plan.releaseId,
          plan.factsHeader,
          plan.facts,
          meter,
        );
        await this.writeStore(context, before, kept, meter);
        for (const m of moved) context.workbook.worksheets.getItem(m).delete();
      },
    );
    await this.followStartup(holds);
    return written!;
  }

  async removeRelease(
    releaseId: string,
    sheets: string[],
    kept: KeptRelease[],
  ): Promise<void> {
    await this.transaction(
      "remove the release",
      () => [],
      sheets,
      async (context, before) => {
        const meter = new Meter(context);
        const moved = this.backup(context, before, sheets);
        if (before.facts)
          await this.writeFacts(
            context,
            before,
            releaseId,
            (before.facts[0] ?? []).map(String),
            [],
            meter,
          );
        await this.writeStore(context, before, kept, meter);
        for (const m of moved) context.workbook.worksheets.getItem(m).delete();
      },
    );
    await this.followStartup(kept.length > 0);
  }

  /** Two round trips: read, then one batch of writes. On failure: undo, then throw a HostError saying why. */
  private async transaction(
    what: string,
    created: () => string[],
    previous: string[],
    writes: (context: Excel.RequestContext, before: Before) => Promise<void>,
  ): Promise<void> {
    let before: Before | null = null;
    try {
      await this.run(async (context) => {
        before = await this.readBefore(context);
        await writes(context, before);
        await context.sync();
      });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (!before)
        throw new HostError(
          `Could not read the workbook to ${what}: ${why}`,
          e,
        );
      try {
        if ((await this.undo(before, created(), previous)) === "completed")
          return;
      } catch (u) {
        throw new HostError(
          `Could not ${what} (${why}), and undoing the partial write failed too (${u instanceof Error ? u.message : String(u)}) — close the workbook without saving`,
          e,
        );
      }
      throw new HostError(
        `Could not ${what}: ${why}. The workbook was left as it was.`,
        e,
      );
    }
  }

  /** Puts the workbook back as `before` described it (two more round trips; only after a failure). */
  private async undo(
    before: Before,
    created: string[],
    previous: string[],
  ): Promise<"undone" | "completed"> {
    return this.run(async (context) => {
      const now = await this.readBefore(context);
      const meter = new Meter(context);
      const wb = context.workbook;
      const originals = previous.filter((n) => before.sheets.includes(n));
      const backedUp = originals.filter((_, i) =>
        now.sheets.includes(`${BACKUP}${i}`),
      );
      // Failed while deleting the old sheets (the last step): everything new is written, so finish instead.
      if (
        created.length &&
        created.every((n) => now.sheets.includes(n)) &&
        backedUp.length < originals.length &&
        originals.every((n) => now.sheets.includes(n))
      ) {
        for (const n of now.sheets.filter((x) => x.startsWith(BACKUP)))
          wb.worksheets.getItem(n).delete();
        await context.sync();
        return "completed";
      }
      for (const n of now.sheets) {
        const isNew = !before.sheets.includes(n) || backedUp.includes(n);
        if (isNew && !n.startsWith(BACKUP)) wb.worksheets.getItem(n).delete();
      }
      originals.forEach((original, i) => {
        const n = `${BACKUP}${i}`;
        if (!now.sheets.includes(n)) return;
        const prefix = `${BACKUP.replace(/\W/g, "")}${i}_`;
        for (const t of now.tables.filter(
          (x) => x.sheet === n && x.name.startsWith(prefix),
        ))
          wb.tables.getItem(t.name).name = t.name.slice(prefix.length);
        wb.worksheets.getItem(n).name = original;
      });
      if (
        before.facts &&
        now.facts &&
        now.tables.some((t) => t.name === FACTS_TABLE)
      ) {
        const table = wb.tables.getItem(FACTS_TABLE);
        for (let i = now.facts.length - 2; i >= 0; i--) {
          await meter.add(OP_BYTES);
          table.rows.getItemAt(i).delete();
        }
        await addTableRows(table, escapeAll(before.facts.slice(1)), meter);
      }
      if (before.store && now.sheets.includes(STORE_SHEET)) {
        await writeKeptRows(
          wb.worksheets.getItem(STORE_SHEET),
          rect(before.store, ""),
          meter,
          true,
        );
      }
      await context.sync();
      return "undone";
    });
  }

  async readSavedTexts(): Promise<KeptRelease[]> {
    return this.run(async (context) => {
      const { store } = await this.readBefore(context);
      return store ? rowsToKept(store) : [];
    });
  }
}
