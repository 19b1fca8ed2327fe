// Grid body → rows. Joins labels wrapped over several lines (values on the last line, or on the first with the
// label running on below), keeps heading lines as sections rather than rows, and marks totals.
import { GridRow, ValueCell } from "./model";
import { rules } from "./rules";

export interface RawRow {
  label: string;
  labelStart: number;
  values: ValueCell[];
  line: number;
  total: boolean;
  /** The nearest heading above the row. */
  section?: string;
  /** Every heading above the row that is still open, outermost first. */
  sections: string[];
}

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

export function buildRows(body: GridRow[]): RawRow[] {
  const rows: RawRow[] = [];
  let pending: Pending[] = [];
  let headings: string[] = [];
  let afterRule = false;
  let gapSinceRow = true;
  const flush = () => {
    for (const p of pending)
      headings = [...headings.filter((h) => !sameLevel(h, p.text)), p.text];
    pending = [];
  };
  for (const item of body) {
    if (item.kind === "gap") {
      flush();
      gapSinceRow = true;
      continue;
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
      continue;
    }
    const label = item.label;
    if (item.values.length === 0) {
      if (!label) continue;
      const last = rows[rows.length - 1];
      // "Series B: … shares issued and   5,933,752" / "    outstanding: 1998, …": the label runs on below its values.
      if (
        last &&
        !gapSinceRow &&
        pending.length === 0 &&
        continues(label.text) &&
        label.start > last.labelStart
      ) {
        last.label = `${last.label} ${label.text}`;
        continue;
      }
      const prev = pending[pending.length - 1];
      if (
        prev &&
        (continues(label.text) || rules.connectiveEnd.test(prev.text)) &&
        !rules.headingEnd.test(prev.text)
      )
        prev.text = `${prev.text} ${label.text}`;
      else
        pending.push({ text: label.text, start: label.start, line: item.line });
      continue;
    }
    let text = label?.text ?? "";
    let start = label?.start ?? Number.MAX_SAFE_INTEGER;
    const prev = pending[pending.length - 1];
    // After a colon a heading ends, unless the line goes on in lower case or with a figure
    // ("Series B: … shares issued and outstanding:" / "  1997, 1,943,666; 1996, …   5,915,572").
    const joins =
      prev &&
      (!label ||
        (!rules.headingEnd.test(prev.text) &&
          (continues(text) || rules.connectiveEnd.test(prev.text))) ||
        (rules.headingEnd.test(prev.text) && rules.listAfterColon.test(text)));
    if (prev && joins) {
      text = text ? `${prev.text} ${text}` : prev.text;
      start = Math.min(start, prev.start);
      pending.pop();
    }
    flush();
    const total = afterRule || rules.totalLabel.test(text);
    rows.push({
      label: text,
      labelStart: start,
      values: item.values,
      line: item.line,
      total,
      section: headings[headings.length - 1],
      sections: [...headings],
    });
    afterRule = false;
    gapSinceRow = false;
    // A total closes the heading it totals ("CURRENT ASSETS:" … "Total current assets").
    if (
      total &&
      headings.length > 1 &&
      closes(text, headings[headings.length - 1])
    )
      headings = headings.slice(0, -1);
  }
  return rows;
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

/** Two headings of the same balance-sheet side replace each other ("ASSETS" … "LIABILITIES AND EQUITY"). */
function sameLevel(a: string, b: string): boolean {
  const side = (s: string) =>
    rules.sectionLiabilitiesEquity.test(s)
      ? "le"
      : rules.sectionAssets.test(s)
        ? "a"
        : "";
  const sa = side(a);
  return sa !== "" && side(b) !== "";
}
