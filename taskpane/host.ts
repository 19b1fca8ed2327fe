// The workbook interface the pane talks to: Office.js (excel-host.ts) and the in-memory preview workbook
// (memory-host.ts) both implement it, so nothing else in the pane knows how cells are written.
import { KeptRelease } from "../src/kept-texts";
import { WritePlan } from "../src/sheet-plan";

export type { KeptRelease };

export interface WorkbookHost {
  readonly kind: "excel" | "memory";
  /**
   * Writes a release's sheets and its HEMA_Facts rows, replacing what it wrote before (`previous` names its old
   * sheets), and saves `kept` as the workbook's stored texts — all or nothing. The plan and the kept list may be
   * given as functions of the workbook's current sheet names (other than `previous`): the host reads those in the
   * same round trip as the rest, so a whole insert costs two. Returns the plan written. Throws HostError on
   * failure, after putting the workbook back as it was.
   */
  writeRelease(
    plan: WritePlan | ((taken: string[]) => WritePlan),
    previous: string[],
    kept: KeptRelease[] | ((plan: WritePlan) => KeptRelease[]),
  ): Promise<WritePlan>;
  /** Deletes a release's sheets and facts rows and saves `kept`; all or nothing. */
  removeRelease(
    releaseId: string,
    sheets: string[],
    kept: KeptRelease[],
  ): Promise<void>;
  /** The texts stored in the workbook (empty for a new workbook). */
  readSavedTexts(): Promise<KeptRelease[]>;
}

/** The plan and the kept list, given the sheet names the workbook has now. */
export function resolvePlan(
  plan: WritePlan | ((taken: string[]) => WritePlan),
  kept: KeptRelease[] | ((plan: WritePlan) => KeptRelease[]),
  sheets: string[],
  previous: string[],
): { plan: WritePlan; kept: KeptRelease[] } {
  const p =
    typeof plan === "function"
      ? plan(sheets.filter((n) => !previous.includes(n)))
      : plan;
  return { plan: p, kept: typeof kept === "function" ? kept(p) : kept };
}

/** A failed write, with what the user can do about it; the workbook is as it was before. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "HostError";
  }
}
