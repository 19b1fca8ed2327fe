// The standalone preview's formula box: reads `=HEMA.NAME(args)` and answers it with src/answers.ts, the code
// the Excel custom functions use. Errors come back as Excel would show them (#VALUE!, #N/A) with the message.
import * as answers from "../src/answers";
import { Store } from "../src/store";

export type FormulaResult =
  | { ok: true; value: string | number | boolean | string[][] }
  | { ok: false; error: string; message: string };

/**
 * Splits an argument list: "Q2-2003", 2003, "a,b" — strings keep their commas; "" quotes are Excel escapes; an
 * omitted argument (`"Q2-2003",,"diluted"`) is undefined, as Excel passes an omitted optional argument.
 */
export function args(s: string): (string | number | undefined)[] | null {
  const out: (string | number | undefined)[] = [];
  const re = /\s*(?:(?:"((?:[^"]|"")*)"|([-+]?\d+(?:\.\d+)?))\s*)?(,|$)/y;
  if (s.trim() === "") return out;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while (re.lastIndex < s.length && (m = re.exec(s))) {
    out.push(
      m[1] !== undefined
        ? m[1].replace(/""/g, '"')
        : m[2] !== undefined
          ? Number(m[2])
          : undefined,
    );
    if (m[3] === "") return out;
  }
  return re.lastIndex >= s.length ? out : null;
}

export function evaluateFormula(store: Store, formula: string): FormulaResult {
  const m = /^\s*=?\s*HEMA\.([A-Z]+)\s*\((.*)\)\s*$/i.exec(formula);
  if (!m)
    return {
      ok: false,
      error: "#NAME?",
      message: 'Type a HEMA formula, e.g. =HEMA.NETLOSS("Q2-2003")',
    };
  const name = m[1].toUpperCase();
  if (!answers.FUNCTION_NAMES.includes(name))
    return {
      ok: false,
      error: "#NAME?",
      message: `HEMA.${name} is not a HEMA function — there are ${answers.FUNCTION_NAMES.join(", ")}`,
    };
  const a = args(m[2]);
  if (!a)
    return {
      ok: false,
      error: "#VALUE!",
      message: `Could not read the arguments "${m[2]}" — use quoted text or numbers separated by commas`,
    };
  const s = (i: number) => (a[i] === undefined ? undefined : String(a[i]));
  let r: answers.Answer<unknown>;
  switch (name) {
    case "VALUE":
      r = answers.value(store, s(0) ?? "", a[1], s(2) ?? null);
      break;
    case "BALANCED":
      r = answers.balanced(store, a[0], s(1) ?? null);
      break;
    case "PERIODS":
      r = answers.periods(store, s(0) ?? null);
      break;
    case "ITEMS":
      r = answers.items(store, s(0) ?? null);
      break;
    case "RELEASES":
      r = answers.releases(store);
      break;
    case "SOURCE":
      r = answers.source(store, s(0) ?? "", a[1], s(2) ?? null);
      break;
    default:
      r = answers.figure(store, name, a[0], s(1) ?? null, s(2));
  }
  if (r.ok)
    return {
      ok: true,
      value: r.value as string | number | boolean | string[][],
    };
  return {
    ok: false,
    error: r.code === "invalidValue" ? "#VALUE!" : "#N/A",
    message: r.message,
  };
}
