// A table's rows as an outline for people to read: each heading once, where it opens, before the rows under it,
// with its depth in the heading path (the CLI indents by it, the pane pads by it).
import { Row } from "./model";

export type OutlineItem =
  | { kind: "heading"; text: string; depth: number }
  | { kind: "row"; row: Row; depth: number };

/** The heading path of a row, outermost first. */
export function headingPath(row: Row): string[] {
  return row.headings ?? (row.section ? [row.section] : []);
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
