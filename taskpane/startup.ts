// Runs when the shared runtime loads (before the pane is shown): picks the workbook host and loads the texts kept
// in the workbook into the live store, so HEMA functions answer after reopening without opening the pane.
import { ExcelHost } from "./excel-host";
import { MemoryHost } from "./memory-host";
import { whereAmI } from "./office-ready";
import { beginLoad, getStore } from "../src/live-store";
import { Releases } from "./releases";

export interface Started {
  releases: Releases;
  memory: MemoryHost | null;
  loadError: string | null;
}

let started: Promise<Started> | null = null;

/**
 * Starts at once (synchronously) a load the HEMA functions wait on: deciding where we run, then reading the kept
 * texts. Functions invoked meanwhile wait instead of answering from an empty store.
 */
export function startup(): Promise<Started> {
  if (started) return started;
  let loadError: string | null = null;
  const ready = whereAmI().then((where) => {
    const memory = where === "excel" ? null : new MemoryHost();
    return { releases: new Releases(memory ?? new ExcelHost()), memory };
  });
  const loaded = beginLoad(
    ready.then(({ releases }) =>
      releases.readKept().catch((e: unknown) => {
        loadError = `Could not read the releases kept in this workbook: ${e instanceof Error ? e.message : String(e)}`;
        return getStore();
      }),
    ),
  );
  started = Promise.all([ready, loaded.catch(() => null)]).then(([r]) => ({
    ...r,
    loadError,
  }));
  return started;
}
