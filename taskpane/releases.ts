// The pane's actions on releases (insert, refresh, edit text, remove, read the kept texts at startup): keeps the live store, the
// workbook (through a WorkbookHost) and the list of kept texts in step. No Office and no React here.
import { getStore, setStore } from "../src/live-store";
import { loadStoreInTurns } from "../src/load-store";
import {
  addRelease,
  removeRelease,
  replaceRelease,
  Store,
  StoredRelease,
} from "../src/store";
import { Check, Release } from "../src/model";
import { HostError, KeptRelease, WorkbookHost } from "./host";
import { parseInBackground, planInBackground, Planned } from "./parse-async";
import {
  FigureRef,
  markChanges,
  planRelease,
  WritePlan,
} from "../src/sheet-plan";
import { newFails } from "./summary";

export interface RefreshResult {
  id: string;
  changed: FigureRef[];
  /** What the write could not put on the sheets as parsed (WritePlan.warnings). */
  warnings: WritePlan["warnings"];
  /** Insert only: the workbook already holds this text as release `id`; nothing was written (offer Refresh). */
  duplicate?: boolean;
  /** The checks that FAIL now and did not before (a refresh naming any is a warning, not a success). */
  fails: Check[];
}

/** Lets the pane draw between two steps of a big write, so no step holds its thread for long. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

/** A plan made ahead (off the pane's thread) is the plan for these sheet names when none of its sheets is taken. */
function fits(p: Planned | null, taken: string[]): p is Planned {
  if (!p) return false;
  const used = new Set(taken.map((x) => x.toLowerCase()));
  return p.plan.sheets.every((s) => !used.has(s.name.toLowerCase()));
}

/** A release that did not parse is not written: say where and what was expected. */
function failOnError(entry: StoredRelease): void {
  const err = entry.release.error;
  if (err)
    throw new HostError(
      `${err.line ? `Line ${err.line}: ` : ""}${err.message}`,
    );
}

export class Releases {
  kept: KeptRelease[] = [];

  constructor(readonly host: WorkbookHost) {}

  /** Startup: the texts kept in the workbook, parsed one by one within a time budget each (the caller puts the store in the live store). */
  async readKept(): Promise<Store> {
    this.kept = await this.host.readSavedTexts();
    return loadStoreInTurns(this.kept, parseInBackground);
  }

  plan(entry: StoredRelease, taken: string[]): WritePlan {
    return planRelease(entry, { taken });
  }

  /**
   * Inserts a new release: one read and one batch of writes (sheet names are chosen in the read). `parsed` is the
   * preview's parse of the same text, reused rather than parsed again. A text the workbook already holds is not
   * written again: the result says so (`duplicate`, with the id holding it), for the pane to offer Refresh.
   */
  async insert(
    text: string,
    source: string,
    parsed?: Release,
    keepId?: string,
  ): Promise<RefreshResult> {
    const release = parsed ?? (await parseInBackground(text, source));
    const { store, id, duplicateOf } = addRelease(
      getStore(),
      text,
      source,
      keepId,
      release,
    );
    if (duplicateOf)
      return {
        id: duplicateOf,
        changed: [],
        warnings: [],
        fails: [],
        duplicate: true,
      };
    const entry = store.releases.find((x) => x.id === id)!;
    failOnError(entry);
    // Planned off the pane's thread against the sheets the add-in knows of; planned again here only when the
    // workbook turns out to hold one of the chosen names already.
    const ahead = await planInBackground(entry, this.sheetsKept());
    await breathe();
    let kept: KeptRelease[] = this.kept;
    const written = await this.host.writeRelease(
      (taken) => (fits(ahead, taken) ? ahead.plan : this.plan(entry, taken)),
      [],
      (plan) =>
        (kept = [
          ...this.kept,
          { id, source, text, sheets: plan.sheets.map((s) => s.name) },
        ]),
    );
    this.kept = kept;
    await breathe();
    setStore(store);
    return { id, changed: [], warnings: written.warnings, fails: [] };
  }

  /** Puts back a release that Remove took out (Undo): the same id, text and source. */
  async restore(k: KeptRelease): Promise<RefreshResult> {
    return this.insert(k.text, k.source, undefined, k.id);
  }

  /** Every sheet name the kept releases own. */
  private sheetsKept(except?: string): string[] {
    return this.kept.filter((k) => k.id !== except).flatMap((k) => k.sheets);
  }

  /** Re-parses a release (from new text when given) and rewrites its ranges; says which figures changed. */
  async refresh(id: string, text?: string): Promise<RefreshResult> {
    const before = getStore().releases.find((x) => x.id === id);
    if (!before) throw new HostError(`No release "${id}" in this workbook`);
    const release = await parseInBackground(text ?? before.text, before.source);
    const store = getStore();
    const old = store.releases.find((x) => x.id === id);
    const k = this.kept.find((x) => x.id === id);
    if (!old || !k) throw new HostError(`No release "${id}" in this workbook`);
    const next = replaceRelease(store, id, text ?? old.text, release);
    const entry = next.releases.find((x) => x.id === id)!;
    failOnError(entry);
    let changed: FigureRef[] = [];
    let kept: KeptRelease[] = this.kept;
    const ahead = await planInBackground(entry, this.sheetsKept(id), old);
    await breathe();
    const written = await this.host.writeRelease(
      (taken) => {
        if (fits(ahead, taken)) {
          changed = ahead.changed;
          return ahead.plan;
        }
        const plan = this.plan(entry, taken);
        changed = markChanges(
          old.release.error ? null : this.plan(old, taken),
          plan,
        );
        return plan;
      },
      k.sheets,
      (plan) =>
        (kept = this.kept.map((x) =>
          x.id === id
            ? { ...x, text: entry.text, sheets: plan.sheets.map((s) => s.name) }
            : x,
        )),
    );
    this.kept = kept;
    await breathe();
    setStore(next);
    return {
      id,
      changed,
      warnings: written.warnings,
      fails: newFails(old.release.checks, entry.release.checks),
    };
  }

  async refreshAll(): Promise<RefreshResult[]> {
    const out: RefreshResult[] = [];
    for (const k of [...this.kept]) out.push(await this.refresh(k.id));
    return out;
  }

  /** Removes a release's sheets, facts and kept text; returns what was kept, for Undo. */
  async remove(id: string): Promise<KeptRelease | undefined> {
    const k = this.kept.find((x) => x.id === id);
    if (!k) return undefined;
    const kept = this.kept.filter((x) => x.id !== id);
    await this.host.removeRelease(id, k.sheets, kept);
    this.kept = kept;
    setStore(removeRelease(getStore(), id));
    return k;
  }
}
