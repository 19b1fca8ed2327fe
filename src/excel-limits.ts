// Excel's hard limits on what a workbook holds, in one place: the plan keeps within them, and the in-memory hosts
// (the preview's workbook and the tests' fake) refuse what Excel would refuse, so a test fails where Excel would.

export const EXCEL_LIMITS = {
  /** Characters in one cell. */
  cellChars: 32767,
  /** Characters in one formula. */
  formulaChars: 8192,
  rows: 1048576,
  columns: 16384,
  sheetNameChars: 31,
  /** The largest magnitude a cell holds. */
  maxNumber: 9.99999999999999e307,
  /** Bytes one request to Excel on the web may carry (and one response): a bigger context.sync is refused. */
  requestBytes: 5 * 1024 * 1024,
} as const;

/** About how many bytes a value weighs in a request: its JSON, a non-ASCII character counted as the 3 UTF-8 may take. */
export function requestWeight(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let wide = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) wide++;
  return json.length + 2 * wide;
}

const FORBIDDEN_IN_SHEET_NAME = ["[", "]", ":", "*", "?", "/", "\\"];

/** Why Excel would refuse this sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "a sheet name cannot be empty";
  if (name.length > EXCEL_LIMITS.sheetNameChars)
    return `sheet name "${name}" is longer than ${EXCEL_LIMITS.sheetNameChars} characters`;
  const bad = FORBIDDEN_IN_SHEET_NAME.find((ch) => name.includes(ch));
  if (bad) return `sheet name "${name}" contains "${bad}"`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `sheet name "${name}" begins or ends with an apostrophe`;
  return null;
}

/** A number Excel can hold. */
export const excelNumber = (n: number): boolean =>
  Number.isFinite(n) && Math.abs(n) <= EXCEL_LIMITS.maxNumber;

/** Why Excel would refuse this input for a cell (as the `formulas` setter takes it), or null. */
export function cellProblem(v: string | number): string | null {
  if (typeof v === "number")
    return excelNumber(v) ? null : `${v} is not a number Excel can hold`;
  if (v.startsWith("=") && v.length > EXCEL_LIMITS.formulaChars)
    return `a formula of ${v.length} characters (Excel's limit is ${EXCEL_LIMITS.formulaChars})`;
  // A leading apostrophe is Excel's text prefix, not part of the value.
  return textProblem(v.startsWith("'") ? v.length - 1 : v.length);
}

/** Why Excel would refuse a text of this many characters in a cell, or null. */
export function textProblem(chars: number): string | null {
  return chars > EXCEL_LIMITS.cellChars
    ? `a cell of ${chars} characters (Excel's limit is ${EXCEL_LIMITS.cellChars})`
    : null;
}

/** Why a block reaching this last row and column (0-based) does not fit on a sheet, or null. */
export function extentProblem(lastRow: number, lastCol: number): string | null {
  if (lastRow >= EXCEL_LIMITS.rows)
    return `row ${lastRow + 1} is past Excel's last row (${EXCEL_LIMITS.rows})`;
  if (lastCol >= EXCEL_LIMITS.columns)
    return `column ${lastCol + 1} is past Excel's last column (${EXCEL_LIMITS.columns})`;
  return null;
}
