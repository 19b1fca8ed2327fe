// One table of the preview, drawn for a narrow pane: its title and scale once above, the line items in a sticky
// column on the left and the periods scrolling beside them (the only thing on the page that scrolls sideways),
// headings kept as indented rows. Drawn only when it comes near the screen, so a paste of hundreds of tables
// stays responsive; a very long table draws its first rows and offers the rest.
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { Table } from "../src/model";
import { formatNumber } from "../src/numbers";
import { outline } from "../src/outline";
import { tableScale } from "./summary";

/** Rows drawn at first in a long table; the rest on request. */
const FIRST_ROWS = 150;
/** Tables drawn at once, before any scrolling (the rest when they come within a screen of the viewport). */
const EAGER_TABLES = 3;
const ROW_PX = 21;

const indent = (depth: number) => `${0.25 + depth * 0.75}em`;

/** A column's header as the pane shows it: its period (or header text), with the segment or basis above. */
function columnHeader(c: Table["columns"][number]): React.ReactNode {
  const period = c.period ?? c.column;
  return c.group ? (
    <>
      <span className="group">{c.group}</span>
      <br />
      {period}
    </>
  ) : (
    period
  );
}

function Grid({ table }: { table: Table }) {
  const items = React.useMemo(() => outline(table.rows), [table]);
  const [all, setAll] = React.useState(items.length <= FIRST_ROWS);
  const shown = all ? items : items.slice(0, FIRST_ROWS);
  const label = table.title ?? table.statement;
  return (
    <>
      <div
        className="scroll-x"
        tabIndex={0}
        role="region"
        aria-label={`${label}: figures`}
      >
        <table className="grid">
          <thead>
            <tr>
              <th scope="col" className="label">
                Line item
              </th>
              {table.columns.map((c, k) => (
                <th scope="col" key={k} title={c.column}>
                  {columnHeader(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((item, k) =>
              item.kind === "heading" ? (
                <tr key={k} className="heading">
                  <th
                    scope="rowgroup"
                    className="label"
                    style={{ paddingLeft: indent(item.depth) }}
                  >
                    {item.text}
                  </th>
                  <td colSpan={table.columns.length} />
                </tr>
              ) : (
                <tr key={k} className={item.row.total ? "total" : undefined}>
                  <th
                    scope="row"
                    className="label"
                    title={`line ${item.row.line}`}
                    style={{ paddingLeft: indent(item.depth) }}
                  >
                    {item.row.label}
                  </th>
                  {item.row.values.map((v, j) => (
                    <td key={j} className="num">
                      {formatNumber(v)}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {!all && (
        <Button size="small" onClick={() => setAll(true)}>
          Show all {items.length} rows
        </Button>
      )}
    </>
  );
}

/** A table of the preview: drawn when near the screen (the first few at once). */
export function TableGrid({ table, index }: { table: Table; index: number }) {
  const ref = React.useRef<HTMLDivElement>(null);
  const [near, setNear] = React.useState(index < EAGER_TABLES);
  React.useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const seen = new IntersectionObserver(
      (es) => es.some((e) => e.isIntersecting) && setNear(true),
      { rootMargin: "600px 0px" },
    );
    seen.observe(el);
    return () => seen.disconnect();
  }, [near]);
  const scale = tableScale(table);
  const label = table.title ?? table.statement;
  return (
    <div ref={ref} className="table-block" data-testid="preview-table">
      <Text as="h3" weight="semibold" size={300} className="table-title">
        {label}
      </Text>
      {scale && <div className="table-scale">{scale}</div>}
      {near ? (
        <Grid table={table} />
      ) : (
        <div
          style={{
            height: `${(Math.min(table.rows.length, FIRST_ROWS) + 1) * ROW_PX}px`,
          }}
        />
      )}
    </div>
  );
}
