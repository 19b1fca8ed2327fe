// A time budget for one parse: a clock passed in (so tests are deterministic) and the milliseconds allowed. The
// parser looks at it between stages and between tables and gives up with an error value rather than run on.
import { STORED_PARSE_BUDGET_MS } from "./limits";
import { ParseError } from "./model";

export interface Budget {
  /** Milliseconds allowed from the moment the parse starts. */
  ms: number;
  /** The clock, in milliseconds (Date.now, performance.now, or a fake one in tests). */
  now: () => number;
}

/** Says whether the time is up, `where` being what the parser was doing: null while there is time left. */
export type Overdue = (line: number, where: string) => ParseError | null;

const never: Overdue = () => null;

/** Starts the clock of a budget; without one the parse runs to the end. */
export function startBudget(budget?: Budget): Overdue {
  if (!budget) return never;
  const t0 = budget.now();
  return (line, where) => {
    const spent = budget.now() - t0;
    if (spent <= budget.ms) return null;
    return {
      line,
      message: `gave up after ${Math.round(spent)} ms at line ${line} (${where}): a release is given ${budget.ms} ms, and this text needs more — is it one earnings release?`,
    };
  };
}

/** The budget of one release kept in a workbook, on the runtime's clock. */
export const storedBudget = (
  ms: number = STORED_PARSE_BUDGET_MS,
  now: () => number = () => Date.now(),
): Budget => ({ ms, now });
