// Several releases laid out in one workbook as the pane's Insert lays them out one after another: each release's
// plan chosen against the sheet names already taken, and the kept texts (HEMA_Store) naming the sheets each owns.
import { KeptRelease } from "./kept-texts";
import { planRelease, WritePlan } from "./sheet-plan";
import { StoredRelease } from "./store";

export interface WorkbookPlan {
  plans: WritePlan[];
  kept: KeptRelease[];
}

/** The plans of `entries` in order (none of them may carry a parse error: the caller reports and leaves those out). */
export function planWorkbook(entries: StoredRelease[]): WorkbookPlan {
  const taken: string[] = [];
  const plans: WritePlan[] = [];
  const kept: KeptRelease[] = [];
  for (const entry of entries) {
    const plan = planRelease(entry, { taken });
    const sheets = plan.sheets.map((s) => s.name);
    taken.push(...sheets);
    plans.push(plan);
    kept.push({ id: entry.id, source: entry.source, text: entry.text, sheets });
  }
  return { plans, kept };
}
