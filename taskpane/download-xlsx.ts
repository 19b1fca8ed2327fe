// The standalone preview's "Download .xlsx": the releases in the live store written as `hema export` writes them
// (src/workbook-plan.ts, src/xlsx.ts). exceljs is loaded only when asked for, so it stays out of the pane's bundle.
import { getStore } from "../src/live-store";
import { planWorkbook } from "../src/workbook-plan";
import { workbookBytes } from "../src/xlsx";

export const XLSX_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The workbook file of the releases loaded now (those that parsed), and a file name for it. */
export async function workbookFile(): Promise<{
  name: string;
  bytes: Uint8Array;
}> {
  const entries = getStore().releases.filter((x) => !x.release.error);
  if (!entries.length)
    throw new Error("No release to download: insert one first");
  const mod = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  // The browser build is a CommonJS bundle: its exports arrive as the module or as its default, by bundler.
  const m = mod as unknown as { Workbook?: unknown; default?: unknown };
  const excel = (m.Workbook ? mod : m.default) as typeof mod;
  const bytes = await workbookBytes(excel, planWorkbook(entries));
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
