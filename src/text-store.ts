// A store built from texts, each parsed here on this thread: for the CLI, the bench and the tests. (The pane parses
// in its worker and hands store.ts the parsed releases.)
import { parseRelease } from "./parse";
import { parseStored } from "./parse-stored";
import {
  Added,
  addKept,
  addRelease,
  emptyStore,
  replaceRelease,
  SavedRelease,
  Store,
} from "./store";

/** addRelease with the text parsed here. */
export const addText = (
  store: Store,
  text: string,
  source: string,
  id?: string,
): Added => addRelease(store, text, source, id, parseRelease(text, source));

/** replaceRelease with the new text parsed here (under the release's own source). */
export function replaceText(store: Store, id: string, text: string): Store {
  const source = store.releases.find((x) => x.id === id)?.source ?? id;
  return replaceRelease(store, id, text, parseRelease(text, source));
}

/** Each kept text parsed within its own time budget (parse-stored.ts); one that fails stays, with its error. */
export function loadStore(saved: SavedRelease[]): Store {
  return saved.reduce(
    (s, x) => addKept(s, x, parseStored(x.text, x.source)),
    emptyStore(),
  );
}
