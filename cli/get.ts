// `hema get ITEM PERIOD FILE...`: one figure through the same implementation as the HEMA custom functions.
import { figure } from "../src/answers";
import { Release } from "../src/model";
import { emptyStore, Store } from "../src/store";

/** Builds a store from already-parsed releases (the CLI parsed them to report file errors). */
function storeOf(releases: Release[], texts: string[]): Store {
  return {
    releases: releases.map((release, i) => ({
      id: release.source,
      source: release.source,
      text: texts[i] ?? "",
      release,
      seq: i + 1,
    })),
    seq: releases.length,
  };
}

export function runGet(
  item: string,
  period: string,
  releases: Release[],
  opts: { company?: string; basis?: string },
  out: (s: string) => void,
  err: (s: string) => void,
  texts: string[] = [],
): number {
  let status = 0;
  for (const r of releases)
    if (r.error) {
      err(
        `hema: ${r.source}${r.error.line ? `:${r.error.line}` : ""}: ${r.error.message}`,
      );
      status = 1;
    }
  const good = releases.filter((r) => !r.error);
  if (good.length === 0) return 1;
  const store = good.length ? storeOf(good, texts) : emptyStore();
  const answer = figure(store, item, period, opts.company ?? null, opts.basis);
  if (!answer.ok) {
    const where = good.map((r) => r.source).join(", ");
    err(
      `hema: ${where}: ${answer.code === "invalidValue" ? "#VALUE!" : "#N/A"} ${answer.message}`,
    );
    return answer.code === "invalidValue" ? 2 : 1;
  }
  out(String(answer.value));
  return status;
}
