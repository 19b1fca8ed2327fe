// Parsing without freezing the pane: in a Web Worker (parse-worker.js, served beside taskpane.html) where the
// host allows one, else on this thread after letting the pane paint its spinner.
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";

const WORKER_URL = "parse-worker.js";

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (r: Release) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === "undefined" ? null : new Worker(WORKER_URL);
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (e: MessageEvent<{ id: number; release: Release }>) => {
      waiting.get(e.data.id)?.(e.data.release);
      waiting.delete(e.data.id);
    };
    // A worker that cannot load (blocked, missing file): fall back for good, finishing what it was given here.
    worker.onerror = () => {
      worker = null;
      for (const done of waiting.values())
        done(undefined as unknown as Release);
    };
  }
  return worker;
}

const onThisThread = (text: string, source: string) =>
  new Promise<Release>((resolve) =>
    setTimeout(() => resolve(parseRelease(text, source)), 0),
  );

/** Parses a release off the pane's thread where possible; same result as parseRelease. */
export async function parseInBackground(
  text: string,
  source: string,
): Promise<Release> {
  const w = getWorker();
  if (!w) return onThisThread(text, source);
  const id = ++nextId;
  const release = await new Promise<Release>((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, text, source });
  });
  return release ?? onThisThread(text, source);
}
