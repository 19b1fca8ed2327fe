// A table's outline of headings: a row's heading path (and the fact's `section`, the path joined with " › "), and
// the rows as people read them, each heading once where it opens (the CLI indents by its depth, the pane pads by it).
import { Fact, Row } from "./model";

/** Joins the headings of a path in a fact's `section`, outermost first. */
export const SECTION_JOIN = " › ";

export type OutlineItem =
  | { kind: "heading"; text: string; depth: number }
  | { kind: "row"; row: Row; depth: number };

/** The heading path of a row, outermost first. */
export function headingPath(row: Row): string[] {
  return row.headings ?? (row.section ? [row.section] : []);
}

/** The row's heading path joined for a fact's `section` ("Georgia Power - › Net Income:"), or undefined. */
export function sectionPath(row: Row): string | undefined {
  const path = headingPath(row);
  return path.length ? path.join(SECTION_JOIN) : undefined;
}

/** The headings of a fact's `section`, outermost first. */
export function factHeadings(f: Fact): string[] {
  return splitSection(f.section);
}

/** A `section` path back into its headings, outermost first. */
export function splitSection(section: string | undefined): string[] {
  return section ? section.split(SECTION_JOIN) : [];
}

/** The rows with a heading item before each heading where it opens (again after another heading has closed it). */
export function outline(rows: Row[]): OutlineItem[] {
  const out: OutlineItem[] = [];
  let open: string[] = [];
  for (const row of rows) {
    const path = headingPath(row);
    let same = 0;
    while (
      same < path.length &&
      same < open.length &&
      path[same] === open[same]
    )
      same++;
    for (let d = same; d < path.length; d++)
      out.push({ kind: "heading", text: path[d], depth: d });
    out.push({ kind: "row", row, depth: path.length });
    open = path;
  }
  return out;
}
