// Large results cross from the worker to the pane in slices: every heavy array (a 2 MB release's tables and facts,
// a plan's 40,000 source rows) is taken out of the result and posted a slice a message (each slice about SLICE
// characters of JSON), then the rest of the result; the pane puts the arrays back. Each message is then read in a short task of its own, so receiving a big
// result never holds the pane's thread for long (issue 11: no main-thread task over 100 ms).

/** About how much (in characters of JSON) one message carries: read in well under 100 ms on a slow machine. */
export const SLICE = 48_000;
/** How deep into the result long arrays are looked for (a plan's sheets' rows are three levels down). */
const DEPTH = 5;

export type Path = (string | number)[];

export type SliceMessage =
  | { id: number; path: Path; items: unknown[] }
  | { id: number; result: unknown; paths: Path[] };

type Obj = Record<string | number, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null;

/**
 * An array's items cut into runs of about SLICE characters of JSON each; null when the whole is lighter, or when
 * one item alone is heavier (the array is then looked into instead: a plan's sheets each hold heavy rows).
 */
function slices(items: unknown[]): unknown[][] | null {
  const out: unknown[][] = [];
  let run: unknown[] = [];
  let weight = 0;
  let total = 0;
  for (const x of items) {
    const w = x === undefined ? 1 : (JSON.stringify(x)?.length ?? 1);
    if (w > SLICE) return null;
    if (run.length && weight + w > SLICE) {
      out.push(run);
      run = [];
      weight = 0;
    }
    run.push(x);
    weight += w;
    total += w;
  }
  if (run.length) out.push(run);
  return total > SLICE ? out : null;
}

/**
 * `value` without its arrays heavier than SLICE (each replaced with []), collecting each one's slices with its
 * path; objects along such a path are copied, never changed (the worker keeps some results in its cache).
 */
function withoutHeavyArrays(
  value: unknown,
  path: Path,
  out: { path: Path; slices: unknown[][] }[],
): unknown {
  if (!isObj(value) || path.length >= DEPTH) return value;
  let copy: Obj | null = null;
  for (const key of Object.keys(value)) {
    const k: string | number = Array.isArray(value) ? Number(key) : key;
    const v = value[k];
    let next: unknown = v;
    const cut = Array.isArray(v) ? slices(v) : null;
    if (cut) {
      out.push({ path: [...path, k], slices: cut });
      next = [];
    } else next = withoutHeavyArrays(v, [...path, k], out);
    if (next !== v) {
      copy ??= (Array.isArray(value) ? [...value] : { ...value }) as Obj;
      copy[k] = next;
    }
  }
  return copy ?? value;
}

/** The messages that carry `result` (left unchanged). */
export function sliceMessages(id: number, result: unknown): SliceMessage[] {
  const heavy: { path: Path; slices: unknown[][] }[] = [];
  const rest = withoutHeavyArrays(result, [], heavy);
  const msgs: SliceMessage[] = [];
  for (const { path, slices: cut } of heavy)
    for (const items of cut) msgs.push({ id, path, items });
  msgs.push({ id, result: rest, paths: heavy.map((l) => l.path) });
  return msgs;
}

/** Puts a sliced result back together on the pane's side: feed it every message of one id, in order. */
export class Reassembly {
  private parts = new Map<string, unknown[]>();

  /** Adds a message; returns the whole result once its last message has come, else undefined. */
  add(m: SliceMessage): { done: true; result: unknown } | undefined {
    if ("items" in m) {
      const key = JSON.stringify(m.path);
      const got = this.parts.get(key);
      if (got) for (const x of m.items) got.push(x);
      else this.parts.set(key, m.items);
      return undefined;
    }
    for (const path of m.paths) {
      let at = m.result as Obj;
      for (const k of path.slice(0, -1)) at = at[k] as Obj;
      at[path[path.length - 1]] = this.parts.get(JSON.stringify(path)) ?? [];
    }
    return { done: true, result: m.result };
  }
}
