// Parsing a text kept in a workbook: within a time budget, and never throwing — a release that cannot be read is a
// release whose error says why (the pane lists it, its functions answer #N/A with that reason).
import { Budget, storedBudget } from "./budget";
import { Release } from "./model";
import { emptyRelease, parseRelease } from "./parse";

export function parseStored(
  text: string,
  source: string,
  budget: Budget = storedBudget(),
): Release {
  try {
    return parseRelease(text, source, { budget });
  } catch (e) {
    return {
      ...emptyRelease(source),
      error: {
        message: `could not be read (${e instanceof Error ? e.message : String(e)}): please report this text`,
      },
    };
  }
}
