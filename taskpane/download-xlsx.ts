// The standalone preview's "Download .xlsx": the releases in the live store written as `hema export` writes them
// (src/workbook-plan.ts, src/xlsx.ts). exceljs is loaded only when asked for, so it stays out of the pane's bundle:
// its browser build is copied beside the pane as it is (webpack.config.js) and loaded by a script of the add-in's
// own origin, which the Content Security Policy allows.
import type * as ExcelJSModule from "exceljs";
import { getStore } from "../src/live-store";
import { planWorkbook } from "../src/workbook-plan";
import { workbookBytes } from "../src/xlsx";

type ExcelJS = typeof ExcelJSModule;

export const XLSX_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const EXCELJS_SCRIPT = "exceljs.min.js";

/** exceljs in the browser: its build sets window.ExcelJS once its script has run. */
export function loadExcelJS(): Promise<ExcelJS> {
  const w = window as unknown as { ExcelJS?: ExcelJS };
  if (w.ExcelJS) return Promise.resolve(w.ExcelJS);
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = EXCELJS_SCRIPT;
    s.onload = () =>
      w.ExcelJS
        ? resolve(w.ExcelJS)
        : reject(new Error(`${EXCELJS_SCRIPT} did not define ExcelJS`));
    s.onerror = () =>
      reject(new Error(`Could not load ${EXCELJS_SCRIPT} from the add-in`));
    document.head.appendChild(s);
  });
}

/** The workbook file of the releases loaded now (those that parsed), and a file name for it. */
export async function workbookFile(
  load: () => Promise<ExcelJS> = loadExcelJS,
): Promise<{ name: string; bytes: Uint8Array }> {
  const entries = getStore().releases.filter((x) => !x.release.error);
  if (!entries.length)
    throw new Error("No release to download: insert one first");
  const bytes = await workbookBytes(await load(), planWorkbook(entries));
  // Ids are letters, digits, underscores and a date (store.ts makes them): safe as a file name.
  return {
    name: `${entries.length === 1 ? entries[0].id : "HEMA releases"}.xlsx`,
    bytes,
  };
}

/** Saves the workbook through the browser's download. */
export async function downloadWorkbook(): Promise<void> {
  const { name, bytes } = await workbookFile();
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], { type: XLSX_TYPE }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
