// Small builders for synthetic fixed-width fixtures, so that column positions in the tests are explicit.
// Every fixture in test/ is invented: no text is copied from the shared corpus.

/** A piece of a fixed-width line: left-aligned from `at`, or right-aligned so that it ends just before `end`. */
export type Piece =
  { at: number; text: string } | { end: number; text: string };

/** Text starting at column `at` (0-based). */
export const at = (col: number, text: string): Piece => ({ at: col, text });
/** Text right-aligned so that its last character stands at column `end - 1` (i.e. it ends at `end`). */
export const right = (end: number, text: string): Piece => ({ end, text });

/** Builds one fixed-width line from pieces; throws when two pieces would overlap (a broken fixture). */
export function fw(...pieces: Piece[]): string {
  let line = "";
  for (const p of pieces) {
    const start = "at" in p ? p.at : p.end - p.text.length;
    if (start < line.length)
      throw new Error(
        `fixture pieces overlap at column ${start}: ${JSON.stringify(p.text)} after ${JSON.stringify(line)}`,
      );
    line = line.padEnd(start, " ") + p.text;
  }
  return line;
}

/** The right edges of the value columns used by most fixtures: four columns 14 characters apart. */
export const COLS4 = [50, 64, 78, 92];
export const COLS2 = [50, 66];

/** A table row: the label at column 0 (or `indent`) and each value right-aligned to its column's right edge. */
export function row(
  label: string,
  values: string[],
  ends: number[] = COLS4,
  indent = 0,
): string {
  const pieces: Piece[] = label ? [at(indent, label)] : [];
  values.forEach((v, i) => {
    if (v !== "") pieces.push(right(ends[i], v));
  });
  return fw(...pieces);
}

/** An underline row: `width` characters of `ch` ending at each column edge. */
export function rule(ends: number[] = COLS4, ch = "-", width = 12): string {
  return fw(...ends.map((e) => right(e, ch.repeat(width))));
}

/** A header row: each cell centred over the span [start, end). */
export function centred(
  ...cells: [start: number, end: number, text: string][]
): string {
  return fw(
    ...cells.map(([s, e, t]) =>
      at(s + Math.max(0, Math.floor((e - s - t.length) / 2)), t),
    ),
  );
}

/** Joins lines with "\n" (or another line break). */
export const text = (lines: string[], eol = "\n"): string => lines.join(eol);

/**
 * An invented release: a sentence, `narrative` lines, then a statement of operations for the quarter ended June 30,
 * 2004 (in thousands, except per share amounts) whose body is `rows`.
 */
export const quarterStatement = (rows: string[], narrative: string[] = []) =>
  [
    "Acme Widgets Inc. (NYSE: ACW) today reported results.",
    ...narrative,
    "",
    "                  CONSOLIDATED STATEMENTS OF OPERATIONS",
    "                (In thousands, except per share amounts)",
    "",
    "                                        Three Months Ended June 30,",
    "                                           2004          2003",
    ...rows,
  ].join("\n");
