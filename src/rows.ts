// Grid body → rows. Joins labels wrapped over several lines (values on the last line, or on the first with the
// label running on below), keeps heading lines as sections rather than rows, and marks totals.
import { GridRow, ValueCell } from "./model";
import { rules } from "./rules";

export interface RawRow {
  label: string;
  values: ValueCell[];
  line: number;
  total: boolean;
  /** Every heading above the row that is still open, outermost first (the last is its section: sectionOf). */
  sections: string[];
  /** Its row in the grid's body (where its columns are looked up: ColumnLayout.columnsOf). */
  at: number;
}

/** The nearest heading above a row, if any. */
export const sectionOf = (r: RawRow): string | undefined =>
  r.sections[r.sections.length - 1];

/** Starts with something other than a capital letter: the rest of a label begun on the line above. */
function continues(text: string): boolean {
  const first = text.replace(/^[\s"']+/, "")[0] ?? "";
  return first !== "" && !/[A-Z]/.test(first);
}

interface Pending {
  text: string;
  start: number;
  line: number;
}

/** A heading still open above the rows. */
interface Open {
  text: string;
  /** Where its text starts. */
  start: number;
  /** The leftmost label start of the rows under it so far (Infinity before its first row). */
  kids: number;
  /** What came first under it: another heading (true: it heads headings), a row (false), or nothing yet. */
  outer?: boolean;
  /**
   * It came at the margin of an open heading of headings whose rows are not indented ("Georgia Power -" over "Net
   * Income:" … then "Operating Revenues:"): a heading of rows there is a child of that heading; a heading of
   * headings is its sibling, which is settled by what comes first under this one.
   */
  sibling: boolean;
}

/**
 * The headings open above a row: the row before's own list where they are the same (never written once made), so a
 * long block of rows under one heading holds one list, not one a row.
 */
function sectionsOf(open: Open[], before: RawRow | undefined): string[] {
  const same =
    before !== undefined &&
    before.sections.length === open.length &&
    open.every((h, i) => h.text === before.sections[i]);
  return same ? before.sections : open.map((h) => h.text);
}

export function buildRows(body: GridRow[]): RawRow[] {
  const rows: RawRow[] = [];
  let pending: Pending[] = [];
  let open: Open[] = [];
  let afterRule = false;
  let gapSinceRow = true;
  /** Where the last row's label starts (a label running on below its values is indented past it). */
  let lastLabelStart = 0;
  /** The rows with a blank line or a rule between them and the row before. */
  const gapBefore = new Set<number>();
  const closeInnermost = () => {
    open = open.slice(0, -1);
  };
  /** The innermost heading, unless it is a balance-sheet side (those stay open until the other side). */
  const inner = () => {
    const h = open[open.length - 1];
    return h && !isSide(h.text) ? h : null;
  };
  /** The innermost heading has something under it: a heading (it heads headings) or a row. */
  const firstChild = (heading: boolean) => {
    const h = open[open.length - 1];
    if (!h || h.outer !== undefined) return;
    h.outer = heading;
    // A heading of headings at the margin of the one before: the two are siblings.
    if (heading && h.sibling && open.length >= 2)
      open = [...open.slice(0, -2), h];
  };
  const flush = () => {
    for (const p of pending) {
      firstChild(true);
      // Rows have stood under a heading: a heading that follows them no further indented is its sibling ("Net
      // income per share:" Basic, Diluted, then "Shares used in computation:"), or its parent's — unless the
      // heading above heads headings and its rows are not indented: then where this one belongs is told by what
      // comes under it.
      let sibling = false;
      for (
        let h = inner();
        h && h.kids !== Infinity && p.start <= h.start;
        h = inner()
      ) {
        if (h.outer && h.kids <= h.start && p.start === h.start) {
          sibling = true;
          break;
        }
        closeInnermost();
      }
      open = [
        ...open.filter((h) => !sameLevel(h.text, p.text)),
        { text: p.text, start: p.start, kids: Infinity, sibling },
      ];
    }
    pending = [];
  };
  body.forEach((item, index) => {
    if (item.kind === "gap") {
      flush();
      gapSinceRow = true;
      return;
    }
    if (item.kind === "rule") {
      // Underlining a heading; or, after a row, the rule a total stands under (unless it closes a total).
      if (pending.length) flush();
      else if (!item.double)
        afterRule = !(
          rows.length &&
          rows[rows.length - 1].total &&
          !gapSinceRow
        );
      else afterRule = false;
      return;
    }
    const label = item.label;
    if (item.values.length === 0) {
      if (!label) return;
      const last = rows[rows.length - 1];
      // "Series B: … shares issued and   5,933,752" / "    outstanding: 1998, …": the label runs on below its values.
      if (
        last &&
        !item.whole &&
        !gapSinceRow &&
        pending.length === 0 &&
        continues(label.text) &&
        label.start > lastLabelStart
      ) {
        last.label = `${last.label} ${label.text}`;
        return;
      }
      const prev = pending[pending.length - 1];
      if (
        prev &&
        (item.whole
          ? brokenOff(prev.text, label.text)
          : (continues(label.text) || rules.connectiveEnd.test(prev.text)) &&
            !rules.headingEnd.test(prev.text))
      )
        prev.text = `${prev.text} ${label.text}`;
      else
        pending.push({ text: label.text, start: label.start, line: item.line });
      return;
    }
    let text = label?.text ?? "";
    let start = label?.start ?? Number.MAX_SAFE_INTEGER;
    const prev = pending[pending.length - 1];
    // After a colon a heading ends, unless the line goes on in lower case or with a figure
    // ("Series B: … shares issued and outstanding:" / "  1997, 1,943,666; 1996, …   5,915,572").
    // A row of its own in the source (an HTML <tr>) takes the label of the one above only where it has none, or
    // where that one breaks off mid-phrase ("Net income applicable to" / "common stockholders"): a heading ends no
    // other way.
    const joins =
      prev &&
      (item.whole
        ? !label || brokenOff(prev.text, text)
        : !label ||
          (!rules.headingEnd.test(prev.text) &&
            (continues(text) || rules.connectiveEnd.test(prev.text))) ||
          (rules.headingEnd.test(prev.text) &&
            rules.listAfterColon.test(text)) ||
          (!!label && hangingCapsWrap(prev, label, body, index)));
    if (prev && joins) {
      text = text ? `${prev.text} ${text}` : prev.text;
      start = Math.min(start, prev.start);
      pending.pop();
    }
    flush();
    // Rows indented under a heading, then one back at the heading's own margin: the heading's block has ended
    // ("Weighted average shares:" Basic, Diluted, then "EBITDA") — or, for a total, ends with this row
    // ("Operating expenses:" … "Total operating expenses" printed flush with its heading).
    const totalLabel = rules.totalLabel.test(text);
    const dedented = () => {
      const h = inner();
      return !!h && h.kids !== Infinity && h.kids > h.start && start <= h.start;
    };
    let endsBlock = false;
    if (label) {
      if (totalLabel && dedented()) endsBlock = true;
      else while (dedented()) closeInnermost();
    }
    const total = afterRule || totalLabel;
    firstChild(false);
    if (gapSinceRow && rows.length > 0) gapBefore.add(rows.length);
    rows.push({
      label: text,
      values: item.values,
      line: item.line,
      total,
      sections: sectionsOf(open, rows[rows.length - 1]),
      at: index,
    });
    lastLabelStart = start;
    afterRule = false;
    gapSinceRow = false;
    for (const h of open) h.kids = Math.min(h.kids, start);
    // A total closes the heading it totals ("CURRENT ASSETS:" … "Total current assets", "Revenue:" … "Total
    // revenue"): the rows after it stand under the heading above, or under none.
    if (
      endsBlock ||
      (total && open.length > 0 && closes(text, open[open.length - 1].text))
    ) {
      closeInnermost();
    }
  });
  return endRepeatedBlocks(rows, gapBefore);
}

/**
 * Segments' blocks under dash headings ("Northern Division -", "Southern Division -"), each over the same lines:
 * after a blank line, rows the block before did not have (the company's EPS, its share count) stand under none of
 * them — the last block has ended there.
 */
function endRepeatedBlocks(rows: RawRow[], gapBefore: Set<number>): RawRow[] {
  const labelsUnder = new Map<string, Set<string>>();
  let current: { key: string; parent: string } | null = null;
  let sibling: Set<string> | undefined;
  let ended = false;
  for (const [i, r] of rows.entries()) {
    const key = r.sections.join("\u0000");
    const parent = r.sections.slice(0, -1).join("\u0000");
    if (current === null || current.key !== key) {
      sibling =
        current !== null &&
        r.sections.length > 0 &&
        rules.dashHeading.test(sectionOf(r)!) &&
        current.parent === parent
          ? labelsUnder.get(current.key)
          : undefined;
      current = { key, parent };
      ended = false;
    }
    if (sibling && !sibling.has(r.label) && (ended || gapBefore.has(i))) {
      ended = true;
      r.sections = r.sections.slice(0, -1);
      continue;
    }
    const labels = labelsUnder.get(key) ?? new Set<string>();
    labels.add(r.label);
    labelsUnder.set(key, labels);
  }
  return rows;
}

/** A label line that breaks off mid-phrase ("… applicable to") and one that goes on in lower case: one label. */
function brokenOff(prev: string, next: string): boolean {
  return (
    rules.connectiveEnd.test(prev) &&
    !rules.headingEnd.test(prev) &&
    continues(next)
  );
}

/**
 * An all-capitals label wrapped with a hanging indent ("EXTRAORDINARY LOSS ON DEBT" / " EXTINGUISHMENT, NET  (3,200)"):
 * the line with the values stands one to three characters right of the line above, which ends in no colon, and the
 * next label comes back to the first line's margin (a heading's rows would go on at the indented margin) — or is a
 * total of something else, printed at the indented margin ("ACCOUNTS RECEIVABLE, NET OF ALLOWANCE" / "  FOR
 * DOUBTFUL ACCOUNTS  3,800" / "  TOTAL CURRENT ASSETS"): a heading's first row is never followed at once by another
 * heading's total. A bare "TOTAL" could total either: the line above stays a heading.
 */
function hangingCapsWrap(
  prev: Pending,
  label: { text: string; start: number },
  body: GridRow[],
  index: number,
): boolean {
  const indent = label.start - prev.start;
  if (indent < 1 || indent > 3) return false;
  if (rules.headingEnd.test(prev.text)) return false;
  if (
    !rules.allCapsLabel.test(prev.text) ||
    !rules.allCapsLabel.test(label.text)
  )
    return false;
  for (let i = index + 1; i < body.length; i++) {
    const next = body[i];
    if (next.kind !== "row" || !next.label) continue;
    const t = next.label.text;
    return (
      next.label.start < label.start ||
      (rules.totalLabel.test(t) && words(t).size > 0 && !closes(t, prev.text))
    );
  }
  return true;
}

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^a-z ]+/g, " ")
      .split(" ")
      .filter((w) => w.length > 2 && w !== "total"),
  );

function closes(total: string, heading: string): boolean {
  const t = words(total);
  const h = [...words(heading)];
  return h.length > 0 && h.every((w) => t.has(w));
}

const side = (s: string) =>
  rules.sectionLiabilitiesEquity.test(s)
    ? "le"
    : rules.sectionAssets.test(s)
      ? "a"
      : "";

/** A balance-sheet side ("ASSETS", "LIABILITIES AND EQUITY"): the outermost level, open until the other side. */
const isSide = (s: string) => side(s) !== "";

/** Two headings of the same balance-sheet side replace each other ("ASSETS" … "LIABILITIES AND EQUITY"). */
function sameLevel(a: string, b: string): boolean {
  return isSide(a) && isSide(b);
}
