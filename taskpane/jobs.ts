// The work the parse worker does, the same in the worker and (where there is none) on the pane's thread: parse a
// text, within a time budget where one is given (a text kept in the workbook), or plan a release's sheets. The
// parser lives here and not in the pane's own bundle: the pane loads it only when it has no worker.
import { storedBudget } from "../src/budget";
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";
import { parseStored } from "../src/parse-stored";
import { markChanges, planRelease } from "../src/sheet-plan";
import { StoredRelease } from "../src/store";
import { Job, Planned, ReleaseRef } from "./job-types";

/** Runs a job; `cached` finds a release parsed before under its key. */
export function runJob(
  job: Job,
  cached: (key: number) => Release | undefined = () => undefined,
): Release | Planned {
  if (job.kind === "parse")
    return job.budgetMs === undefined
      ? parseRelease(job.text, job.source)
      : parseStored(job.text, job.source, storedBudget(job.budgetMs));
  const resolve = (r: ReleaseRef): StoredRelease => {
    if ("key" in r) {
      const release = cached(r.key);
      if (!release) throw new Error("the worker no longer holds this release");
      return { ...r.entry, release };
    }
    return r.entry;
  };
  const entry = resolve(job.entry);
  const plan = planRelease(entry, { taken: job.taken });
  const old = job.old && resolve(job.old);
  const changed = old
    ? markChanges(
        old.release.error ? null : planRelease(old, { taken: job.taken }),
        plan,
      )
    : [];
  return { plan, changed };
}
