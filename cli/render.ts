// Plain-text rendering of a parsed release for people: each table with line items down (under their headings,
// indented) and periods across, numbers right-aligned with thousands separators, scale and statement above,
// warnings below.
import { Check, Release, Table } from "../src/model";
import { formatNumber } from "../src/numbers";
import { headingPath, outline } from "../src/outline";

const SCALE_WORDS: Record<number, string> = {
  1: "units",
  1000: "in thousands",
  1000000: "in millions",
  1000000000: "in billions",
};

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

export function renderTable(table: Table, index: number): string {
  const heads = table.columns.map(
    (c) =>
      c.period ?? (c.percent ? "% change" : c.column.split(" | ").pop() || "?"),
  );
  const indent = (depth: number) => "  ".repeat(depth);
  const labelOf = (r: Table["rows"][number]) =>
    indent(headingPath(r).length) + r.label;
  const items = outline(table.rows);
  // Headings count as labels: one wider than every row is shown whole (to the same 60 characters).
  const labelWidth = Math.min(
    60,
    Math.max(
      10,
      ...items.map((item) =>
        item.kind === "heading"
          ? indent(item.depth).length + item.text.length
          : labelOf(item.row).length,
      ),
    ),
  );
  const fit = (label: string) =>
    label.length > labelWidth ? label.slice(0, labelWidth - 1) + "…" : label;
  const cells = table.rows.map((r) => r.values.map((v) => formatNumber(v)));
  // Columns of one period told apart by their segment or basis: the groups on a line above the periods.
  const named = table.columns.map((c, k) =>
    c.group && c.group !== heads[k] ? c.group.slice(0, 16) : "",
  );
  const groups = named.some(Boolean) ? named : null;
  const widths = heads.map((h, k) =>
    Math.max(
      h.length,
      groups?.[k].length ?? 0,
      ...cells.map((row) => row[k].length),
    ),
  );
  const out: string[] = [];
  const scale = SCALE_WORDS[table.scale] ?? `× ${table.scale}`;
  out.push(
    `Table ${index + 1}: ${table.title ?? "(untitled)"} — ${table.statement} statement, ${scale}, lines ${table.firstLine}–${table.lastLine}`,
  );
  if (groups)
    out.push(
      `${pad("", labelWidth)}  ${groups.map((g, k) => pad(g, widths[k], true)).join("  ")}`,
    );
  out.push(
    `${pad("", labelWidth)}  ${heads.map((h, k) => pad(h, widths[k], true)).join("  ")}`,
  );
  // Each heading on a line of its own where it opens, indented by its depth; the rows under it one step further.
  let i = -1;
  for (const item of items) {
    if (item.kind === "heading") {
      out.push(fit(indent(item.depth) + item.text));
      continue;
    }
    i++;
    out.push(
      `${pad(fit(labelOf(item.row)), labelWidth)}  ${cells[i].map((c, k) => pad(c, widths[k], true)).join("  ")}`,
    );
  }
  return out.join("\n");
}

export function renderRelease(r: Release): string {
  const out: string[] = [];
  out.push(
    `${r.source}: ${r.company ?? "company not found"}${r.ticker ? ` (${r.ticker})` : ""}${r.releaseDate ? `, released ${r.releaseDate}` : ""}`,
  );
  r.tables.forEach((t, i) => out.push("", renderTable(t, i)));
  if (r.warnings.length) {
    out.push("", "Warnings:");
    for (const w of r.warnings) out.push(`  line ${w.line}: ${w.message}`);
  }
  return out.join("\n");
}

export function renderChecks(source: string, checks: Check[]): string {
  if (checks.length === 0)
    return `${source}: no checks apply (no balance sheet, total, EPS or tax rows found)`;
  // Failures first (a real discrepancy must not hide among hundreds of passes), then the rest in statement order.
  const order = [
    ...checks.filter((c) => c.status === "fail"),
    ...checks.filter((c) => c.status !== "fail"),
  ];
  const rows = order.map((c) => [
    c.status.toUpperCase(),
    c.id,
    c.period ?? c.column,
    c.message,
    c.lines.length ? `lines ${c.lines.join(", ")}` : "",
  ]);
  const widths = [0, 1, 2].map((k) =>
    rows.reduce((w, r) => Math.max(w, r[k].length), 0),
  );
  const count = (s: string) => checks.filter((c) => c.status === s).length;
  return [
    `${source}: ${count("pass")} pass · ${count("fail")} fail · ${count("skip")} skip`,
    ...rows.map(
      (r) =>
        `  ${pad(r[0], widths[0])}  ${pad(r[1], widths[1])}  ${pad(r[2], widths[2])}  ${r[3]}${r[4] ? `  (${r[4]})` : ""}`,
    ),
  ].join("\n");
}
