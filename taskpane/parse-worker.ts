// The parse worker (webpack entry "parse-worker"): parses a release off the pane's thread, so a large paste never
// freezes the pane. Messages: { id, text, source } in, { id, release } out.
import { parseRelease } from "../src/parse";

interface Job {
  id: number;
  text: string;
  source: string;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage: (m: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, text, source } = e.data;
  scope.postMessage({ id, release: parseRelease(text, source) });
};
