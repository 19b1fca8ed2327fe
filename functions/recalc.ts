// After the store changes (insert, refresh, remove, workbook load) every HEMA formula must show the new answer.
//
// Mechanism: one full recalculation requested shortly after the change (Excel.CalculationType.full, as
// Ctrl+Alt+F9), debounced so a "Refresh all" costs one. Why not streaming functions: those keep a live
// invocation per HEMA cell for the life of the workbook (thousands in a real model), each holding a
// subscription, and they re-answer on every change even in sheets nobody looks at. Store changes are rare user
// actions; a full recalculation at those moments is simple, uses Excel's own dependency order, and costs
// nothing between changes. Plain F9 would not do: Excel does not re-run non-volatile custom functions on it.
import { onStoreChange } from "../src/live-store";

export type Calculate = () => Promise<void>;

/** Requests one recalculation `delayMs` after the last store change. Returns a function that uninstalls it. */
export function installRecalc(calculate: Calculate, delayMs = 50): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const off = onStoreChange(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      calculate().catch(() => undefined); // no workbook (standalone preview) or Excel busy: the next change retries
    }, delayMs);
  });
  return () => {
    if (timer) clearTimeout(timer);
    off();
  };
}

/** Excel's full recalculation; a no-op outside Excel. */
export const excelFullCalculation: Calculate = async () => {
  if (typeof Excel === "undefined") return;
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
};
