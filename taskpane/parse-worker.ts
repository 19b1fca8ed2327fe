// The parse worker (webpack entry "parse-worker"): parses a release, or plans its sheets, off the pane's thread,
// so a large paste never freezes the pane. Messages: { id, job } in (parse-async.ts's Job), { id, result } out.
import { Job, runJob } from "./parse-async";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; job: Job }>) => void) | null;
  postMessage: (m: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, job } = e.data;
  scope.postMessage({ id, result: runJob(job) });
};
