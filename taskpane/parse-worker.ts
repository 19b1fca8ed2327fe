// The parse worker (webpack entry "parse-worker"): parses a release, or plans its sheets, off the pane's thread,
// so a large paste never freezes the pane. Messages: { id, job } in (job-types.ts's Job); the result out in
// slices (worker-slices.ts), or { id, failed } when the job could not run here (the pane then runs it itself).
// The last few releases parsed stay here under their keys, so planning one needs no copy of it sent back.
import { withPlainFacts } from "../src/fact";
import { Release } from "../src/model";
import { Job } from "./job-types";
import { runJob } from "./jobs";
import { sliceMessages } from "./worker-slices";

/** Releases kept for planning: the last few parsed. */
const KEEP = 4;
const cache = new Map<number, Release>();

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; job: Job }>) => void) | null;
  postMessage: (m: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, job } = e.data;
  let result: ReturnType<typeof runJob>;
  try {
    result = runJob(job, (k) => cache.get(k));
  } catch (err) {
    scope.postMessage({
      id,
      failed: err instanceof Error ? err.message : String(err),
    });
    return;
  }
  if (job.kind === "parse") {
    cache.set(job.key, result as Release);
    for (const k of cache.keys()) if (cache.size > KEEP) cache.delete(k);
  }
  const sent =
    job.kind === "parse" ? withPlainFacts(result as Release) : result;
  for (const m of sliceMessages(id, sent)) scope.postMessage(m);
};
