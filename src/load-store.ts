// Loading the texts kept in a workbook into a store one release at a time: each parsed within its own time
// budget, with a pause between releases so the runtime answers the functions and draws the pane meanwhile. One
// that fails or runs out of time stays in the store with its error; every other release answers. The parse is given
// (parse-stored.ts's parseStored, or the pane's worker running it), so this loader does not bring the parser along.
import { Budget, storedBudget } from "./budget";
import { Release } from "./model";
import { addKept, emptyStore, SavedRelease, Store } from "./store";

/** Parses one kept text within its budget, never throwing: parseStored, here or in a worker. */
export type ParseStored = (
  text: string,
  source: string,
  budget: Budget,
) => Release | Promise<Release>;

export interface LoadOptions {
  /** The budget of each release (a fresh one per release); the runtime's clock and limits.ts's by default. */
  budget?: () => Budget;
  /** Called between releases; the default yields to the event loop. */
  pause?: () => Promise<void>;
}

const yieldToEventLoop = () =>
  new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function loadStoreInTurns(
  saved: SavedRelease[],
  parse: ParseStored,
  options: LoadOptions = {},
): Promise<Store> {
  const budget = options.budget ?? (() => storedBudget());
  const pause = options.pause ?? yieldToEventLoop;
  let store = emptyStore();
  for (const x of saved) {
    await pause();
    const parsed = await parse(x.text, x.source, budget());
    store = addKept(store, x, parsed);
  }
  return store;
}
