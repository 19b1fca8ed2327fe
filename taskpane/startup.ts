// Runs when the shared runtime loads (before the pane is shown): picks the workbook host and loads the texts kept
// in the workbook into the live store, so HEMA functions answer after reopening without opening the pane.
import { ExcelHost } from "./excel-host";
import { MemoryHost } from "./memory-host";
import { whereAmI } from "./office-ready";
import { Releases } from "./releases";

export interface Started {
  releases: Releases;
  memory: MemoryHost | null;
  loadError: string | null;
}

let started: Promise<Started> | null = null;

export function startup(): Promise<Started> {
  started ??= whereAmI().then(async (where) => {
    const memory = where === "excel" ? null : new MemoryHost();
    const releases = new Releases(memory ?? new ExcelHost());
    let loadError: string | null = null;
    await releases.load().catch((e: unknown) => {
      loadError = `Could not read the releases kept in this workbook: ${e instanceof Error ? e.message : String(e)}`;
    });
    return { releases, memory, loadError };
  });
  return started;
}
