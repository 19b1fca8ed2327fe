// Parsing a text kept in a workbook: within a time budget, and never throwing — a release that cannot be read is a
// release whose error says why (the pane lists it, its functions answer #N/A with that reason).
import { Budget } from "./budget";
import { STORED_PARSE_BUDGET_MS } from "./limits";
import { Release } from "./model";
import { emptyRelease, parseRelease } from "./parse";

/** The budget of one stored release on the runtime's clock. */
export const storedBudget = (
  ms: number = STORED_PARSE_BUDGET_MS,
  now: () => number = () => Date.now(),
): Budget => ({ ms, now });

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
