// What the pane asks of the parse worker (jobs.ts does it), and what planning answers: types only, so the pane's
// bundle can speak to the worker without carrying the parser.
import { FigureRef, WritePlan } from "../src/sheet-plan";
import { StoredRelease } from "../src/store";

/** A release sent to the worker: whole, or by the key of the worker's cached parse of it. */
export type ReleaseRef =
  | { entry: StoredRelease }
  | { entry: Omit<StoredRelease, "release">; key: number };

/**
 * Parse a text (kept under `key`; with `budgetMs`, within that budget and never throwing, as a text kept in the
 * workbook is read), or plan a release's sheets (with the figures changed from an old one).
 */
export type Job =
  | {
      kind: "parse";
      text: string;
      source: string;
      key: number;
      budgetMs?: number;
    }
  | { kind: "plan"; entry: ReleaseRef; taken: string[]; old?: ReleaseRef };

export interface Planned {
  plan: WritePlan;
  /** The figures that differ from the old release's plan (markChanges), when an old release was given. */
  changed: FigureRef[];
}
