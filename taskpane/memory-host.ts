// An in-memory workbook implementing WorkbookHost: the standalone preview writes into it and shows its sheets as
// grids; tests use it too. A write builds the next state aside and swaps it in, so it is all or nothing.
import { HostError, KeptRelease, resolvePlan, WorkbookHost } from "./host";
import {
  FACTS_HEADER,
  FACTS_SHEET,
  PlanCell,
  planProblem,
  SheetPlan,
  STORE_SHEET,
  WritePlan,
} from "../src/sheet-plan";

export interface MemoryState {
  sheets: SheetPlan[];
  facts: (string | number)[][];
  /** The same rows as HEMA_Facts shows them (made during the write, in steps). */
  factCells: PlanCell[][];
  kept: KeptRelease[];
}

/** HEMA_Facts rows turned into cells per step of a write: the pane draws between steps. */
const FACTS_STEP = 5000;

const pause = () => new Promise<void>((r) => setTimeout(r, 0));

/** A HEMA_Facts row as the sheet shows it. */
const factCells = (r: (string | number)[]): PlanCell[] =>
  r.map((v): PlanCell => (typeof v === "number" ? { number: v } : { text: v }));

export class MemoryHost implements WorkbookHost {
  readonly kind = "memory" as const;
  state: MemoryState = { sheets: [], facts: [], factCells: [], kept: [] };
  private listeners = new Set<() => void>();

  onChange(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private commit(next: MemoryState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  async writeRelease(
    planned: WritePlan | ((taken: string[]) => WritePlan),
    previous: string[],
    keep: KeptRelease[] | ((plan: WritePlan) => KeptRelease[]),
  ): Promise<WritePlan> {
    const { plan, kept } = resolvePlan(
      planned,
      keep,
      this.state.sheets.map((s) => s.name),
      previous,
    );
    // Excel refuses the whole batch when one cell or name breaks its limits: so does this workbook.
    const refused = planProblem(plan);
    if (refused)
      throw new HostError(`Excel would refuse this write: ${refused}`);
    // A big plan is checked, then shown after a pause: the pane draws in between (Excel's own round trips do the
    // same for the real workbook).
    await pause();
    const sheets = this.state.sheets.filter((s) => !previous.includes(s.name));
    for (const s of plan.sheets) {
      if (
        sheets.some((x) => x.name.toLowerCase() === s.name.toLowerCase()) ||
        s.name === FACTS_SHEET ||
        s.name === STORE_SHEET
      )
        throw new HostError(
          `A sheet named "${s.name}" already exists and is not this release's — rename it and insert again`,
        );
    }
    const cells: PlanCell[][] = [];
    for (let i = 0; i < plan.facts.length; i += FACTS_STEP) {
      if (i > 0) await pause();
      for (const r of plan.facts.slice(i, i + FACTS_STEP))
        cells.push(factCells(r));
    }
    const others = this.factsWithout(plan.releaseId);
    // The plan's sheets become the workbook's: a plan is made for one write (planned afresh each time, or a
    // worker's copy) and no caller changes it after handing it over, so no copy is made (a 2 MB release's source
    // sheet copied cell by cell held the pane's thread in garbage collection).
    this.commit({
      sheets: [...sheets, ...plan.sheets],
      facts: [...others.facts, ...plan.facts],
      factCells: [...others.factCells, ...cells],
      kept: kept.map((k) => ({ ...k })),
    });
    return plan;
  }

  async removeRelease(
    releaseId: string,
    sheets: string[],
    kept: KeptRelease[],
  ): Promise<void> {
    this.commit({
      sheets: this.state.sheets.filter((s) => !sheets.includes(s.name)),
      ...this.factsWithout(releaseId),
      kept: kept.map((k) => ({ ...k })),
    });
  }

  /** HEMA_Facts (its rows and the cells showing them) less one release's rows. */
  private factsWithout(
    releaseId: string,
  ): Pick<MemoryState, "facts" | "factCells"> {
    const idCol = FACTS_HEADER.indexOf("Release");
    const stays = this.state.facts.map((r) => r[idCol] !== releaseId);
    return {
      facts: this.state.facts.filter((_, i) => stays[i]),
      factCells: this.state.factCells.filter((_, i) => stays[i]),
    };
  }

  async readSavedTexts(): Promise<KeptRelease[]> {
    return this.state.kept.map((k) => ({ ...k }));
  }

  private shown: { state: MemoryState; sheets: SheetPlan[] } | null = null;

  /** The sheets as the preview shows them: the releases' sheets, then HEMA_Facts (made once per state). */
  visibleSheets(): SheetPlan[] {
    if (this.shown?.state !== this.state)
      this.shown = { state: this.state, sheets: this.makeVisible() };
    return this.shown.sheets;
  }

  private makeVisible(): SheetPlan[] {
    const facts: SheetPlan[] = this.state.facts.length
      ? [
          {
            name: FACTS_SHEET,
            role: "release",
            rows: [
              FACTS_HEADER.map((h) => ({ text: h, bold: true })),
              ...this.state.factCells,
            ],
            tables: [],
            widths: FACTS_HEADER.map(() => 14),
          },
        ]
      : [];
    return [...this.state.sheets, ...facts];
  }
}
