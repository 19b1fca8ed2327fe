// Parsing and planning without freezing the pane: in a Web Worker (parse-worker.js, served beside taskpane.html)
// where the host allows one, else on this thread (the parser fetched as its own chunk, jobs.ts) after letting the
// pane paint its spinner. The texts kept in a workbook are parsed here too, each within its budget. A 2 MB release
// takes seconds to parse and about a second to plan into sheets: neither may hold the pane's thread (issue 11).
// Results come back in slices (worker-slices.ts); a release the worker parsed stays in its cache under a key, so
// planning it again sends the key rather than the whole release back across.
import { Budget } from "../src/budget";
import { Release } from "../src/model";
import { StoredRelease } from "../src/store";
import { Job, Planned, ReleaseRef } from "./job-types";
import { Reassembly, SliceMessage } from "./worker-slices";

export type { Planned } from "./job-types";

const WORKER_URL = "parse-worker.js";

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { done: (r: unknown) => void; parts: Reassembly }
>();
/** The worker's key of each release it parsed (and still holds). */
const keys = new WeakMap<Release, number>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === "undefined" ? null : new Worker(WORKER_URL);
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (
      e: MessageEvent<SliceMessage | { id: number; failed: string }>,
    ) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      if ("failed" in e.data) {
        waiting.delete(e.data.id);
        w.done(undefined);
        return;
      }
      const whole = w.parts.add(e.data);
      if (whole) {
        waiting.delete(e.data.id);
        w.done(whole.result);
      }
    };
    // A worker that cannot load (blocked, missing file): fall back for good, finishing what it was given here.
    worker.onerror = () => {
      worker = null;
      for (const w of waiting.values()) w.done(undefined);
      waiting.clear();
    };
  }
  return worker;
}

/** Without a worker: the parser is fetched (its own chunk, same origin) and run here after a yield. */
const onThisThread = async <T>(job: Job): Promise<T> => {
  const { runJob } = await import(/* webpackChunkName: "parser" */ "./jobs");
  return new Promise<T>((resolve) =>
    setTimeout(() => resolve(runJob(job) as T), 0),
  );
};

/** Runs a job in the worker; undefined when the worker failed it (the caller then runs `fallback` here). */
async function inBackground<T>(job: Job, fallback: Job): Promise<T> {
  const w = getWorker();
  if (!w) return onThisThread<T>(fallback);
  const id = ++nextId;
  const result = await new Promise<unknown>((resolve) => {
    waiting.set(id, { done: resolve, parts: new Reassembly() });
    w.postMessage({ id, job });
  });
  return result === undefined ? onThisThread<T>(fallback) : (result as T);
}

/**
 * Parses a release off the pane's thread where possible: the same result as parseRelease, or with a budget (a text
 * kept in the workbook) as parseStored — an error value, never an exception, when the text cannot be read in time.
 */
export async function parseInBackground(
  text: string,
  source: string,
  budget?: Budget,
): Promise<Release> {
  const key = ++nextId;
  const job: Job = { kind: "parse", text, source, key, budgetMs: budget?.ms };
  const r = await inBackground<Release>(job, job);
  keys.set(r, key);
  return r;
}

/** A release for the worker: by key where the worker parsed it, else whole. */
function ref(entry: StoredRelease): ReleaseRef {
  const key = keys.get(entry.release);
  if (key === undefined) return { entry };
  const rest: Partial<StoredRelease> = { ...entry };
  delete rest.release;
  return { entry: rest as Omit<StoredRelease, "release">, key };
}

/**
 * Plans a release's sheets off the pane's thread where possible (same result as planRelease with these taken
 * names); with `old`, also the figures that changed from the old release's plan.
 */
export function planInBackground(
  entry: StoredRelease,
  taken: string[],
  old?: StoredRelease,
): Promise<Planned> {
  return inBackground<Planned>(
    { kind: "plan", entry: ref(entry), taken, old: old && ref(old) },
    { kind: "plan", entry: { entry }, taken, old: old && { entry: old } },
  );
}
