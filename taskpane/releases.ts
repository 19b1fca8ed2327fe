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
import { Release } from "../src/model";
import { HostError, KeptRelease, WorkbookHost } from "./host";
import { parseInBackground } from "./parse-async";
import {
  FigureRef,
  markChanges,
  planRelease,
  WritePlan,
} from "../src/sheet-plan";

export interface RefreshResult {
  id: string;
  changed: FigureRef[];
  /** What the write could not put on the sheets as parsed (WritePlan.warnings). */
  warnings: WritePlan["warnings"];
  /** Insert only: the workbook already holds this text as release `id`; nothing was written (offer Refresh). */
  duplicate?: boolean;
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
    return loadStoreInTurns(this.kept);
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
  ): Promise<RefreshResult> {
    const release = parsed ?? (await parseInBackground(text, source));
    const { store, id, duplicateOf } = addRelease(
      getStore(),
      text,
      source,
      undefined,
      release,
    );
    if (duplicateOf)
      return { id: duplicateOf, changed: [], warnings: [], duplicate: true };
    const entry = store.releases.find((x) => x.id === id)!;
    failOnError(entry);
    let kept: KeptRelease[] = this.kept;
    const written = await this.host.writeRelease(
      (taken) => this.plan(entry, taken),
      [],
      (plan) =>
        (kept = [
          ...this.kept,
          { id, source, text, sheets: plan.sheets.map((s) => s.name) },
        ]),
    );
    this.kept = kept;
    setStore(store);
    return { id, changed: [], warnings: written.warnings };
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
    const written = await this.host.writeRelease(
      (taken) => {
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
    setStore(next);
    return { id, changed, warnings: written.warnings };
  }

  async refreshAll(): Promise<RefreshResult[]> {
    const out: RefreshResult[] = [];
    for (const k of [...this.kept]) out.push(await this.refresh(k.id));
    return out;
  }

  async remove(id: string): Promise<void> {
    const k = this.kept.find((x) => x.id === id);
    if (!k) return;
    const kept = this.kept.filter((x) => x.id !== id);
    await this.host.removeRelease(id, k.sheets, kept);
    this.kept = kept;
    setStore(removeRelease(getStore(), id));
  }
}
