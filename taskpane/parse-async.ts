// Parsing and planning without freezing the pane: in a Web Worker (parse-worker.js, served beside taskpane.html)
// where the host allows one, else on this thread after letting the pane paint its spinner. A 2 MB release takes
// seconds to parse and about a second to plan into sheets: neither may hold the pane's thread (issue 11).
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";
import { StoredRelease } from "../src/store";
import { FigureRef, markChanges, planRelease, WritePlan } from "./sheet-plan";

const WORKER_URL = "parse-worker.js";

/** What the worker is asked: parse a text, or plan a release's sheets (with the changes from an older plan). */
export type Job =
  | { kind: "parse"; text: string; source: string }
  | { kind: "plan"; entry: StoredRelease; taken: string[]; old?: StoredRelease };

export interface Planned {
  plan: WritePlan;
  /** The figures that differ from the old release's plan (markChanges), when an old release was given. */
  changed: FigureRef[];
}

/** The work itself, the same in the worker and on this thread. */
export function runJob(job: Job): Release | Planned {
  if (job.kind === "parse") return parseRelease(job.text, job.source);
  const plan = planRelease(job.entry, { taken: job.taken });
  const changed = job.old ? markChanges(job.old.release.error ? null : planRelease(job.old, { taken: job.taken }), plan) : [];
  return { plan, changed };
}

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (r: unknown) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === "undefined" ? null : new Worker(WORKER_URL);
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (e: MessageEvent<{ id: number; result: unknown }>) => {
      waiting.get(e.data.id)?.(e.data.result);
      waiting.delete(e.data.id);
    };
    // A worker that cannot load (blocked, missing file): fall back for good, finishing what it was given here.
    worker.onerror = () => {
      worker = null;
      for (const done of waiting.values()) done(undefined);
      waiting.clear();
    };
  }
  return worker;
}

const onThisThread = <T>(job: Job) => new Promise<T>((resolve) => setTimeout(() => resolve(runJob(job) as T), 0));

async function inBackground<T>(job: Job): Promise<T> {
  const w = getWorker();
  if (!w) return onThisThread<T>(job);
  const id = ++nextId;
  const result = await new Promise<unknown>((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, job });
  });
  return result === undefined ? onThisThread<T>(job) : (result as T);
}

/** Parses a release off the pane's thread where possible; same result as parseRelease. */
export function parseInBackground(text: string, source: string): Promise<Release> {
  return inBackground<Release>({ kind: "parse", text, source });
}

/**
 * Plans a release's sheets off the pane's thread where possible (same result as planRelease with these taken
 * names); with `old`, also the figures that changed from the old release's plan.
 */
export function planInBackground(entry: StoredRelease, taken: string[], old?: StoredRelease): Promise<Planned> {
  return inBackground<Planned>({ kind: "plan", entry, taken, old });
}
