// The one store of a running add-in. In the shared runtime the task pane and the custom functions run in one
// JavaScript context, so both see this module's state. Functions wait while the store is loading from the
// workbook; every change notifies the listeners (the recalculation request, the pane's list).
import { emptyStore, Store } from "./store";

type Listener = (store: Store) => void;

interface LiveState {
  current: Store;
  loading: Promise<Store> | null;
  listeners: Set<Listener>;
  /** Settles an expected load (see expectLoad) once the real one has finished. */
  expected?: ((s: Store) => void) | null;
}

/**
 * The state lives on the global object: the task pane and the functions are separate bundles loaded by one page,
 * each with its own copy of this module, and must still share one store.
 */
const KEY = "__hemaLiveStore__";
const holder = globalThis as unknown as Record<string, LiveState | undefined>;
const state: LiveState =
  holder[KEY] ??
  (holder[KEY] = {
    current: emptyStore(),
    loading: null,
    listeners: new Set(),
  });

export function getStore(): Store {
  return state.current;
}

/** Resolves once any load in progress has finished: functions call this before answering. */
export function whenReady(): Promise<Store> {
  return state.loading ?? Promise.resolve(state.current);
}

/** Starts loading (e.g. reading the saved texts from the workbook); functions wait for it. */
export function beginLoad(load: Promise<Store>): Promise<Store> {
  const expected = state.expected;
  state.expected = null;
  const p = load.then(
    (s) => {
      if (state.loading === p) state.loading = null;
      setStore(s);
      expected?.(s);
      return s;
    },
    (e) => {
      if (state.loading === p) state.loading = null;
      expected?.(state.current);
      throw e;
    },
  );
  state.loading = p;
  return p;
}

/**
 * Announces a load that another bundle will start: the functions bundle runs first in the shared runtime page and
 * must not answer "No release loaded" in the moment before the pane bundle begins reading the workbook. Functions
 * wait until that load finishes, or `timeoutMs` at most when none comes (no pane bundle on the page).
 */
export function expectLoad(timeoutMs: number): void {
  if (state.loading || state.current.releases.length) return;
  let settle: (s: Store) => void = () => undefined;
  const p = new Promise<Store>((r) => (settle = r));
  const timer = setTimeout(() => {
    if (state.loading === p) state.loading = null;
    state.expected = null;
    settle(state.current);
  }, timeoutMs);
  state.loading = p;
  state.expected = (s) => {
    clearTimeout(timer);
    settle(s);
  };
}

export function setStore(next: Store): void {
  if (next === state.current) return;
  state.current = next;
  for (const l of state.listeners) l(next);
}

export function onStoreChange(l: Listener): () => void {
  state.listeners.add(l);
  return () => state.listeners.delete(l);
}

/** For tests: back to an empty store with no listeners. */
export function resetLiveStore(): void {
  state.current = emptyStore();
  state.loading = null;
  state.expected = null;
  state.listeners.clear();
}
