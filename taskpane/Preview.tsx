// The parse preview, built for a 320–450 px pane: the release summary (company, ticker, date, scale and unit
// line), a warning when the paste holds several copies of one release, the checks counted with FAILs first, the
// warnings grouped, then each table (TableGrid.tsx: sticky labels, periods scrolling beside them).
import * as React from "react";
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { Release } from "../src/model";
import { Checks } from "./Checks";
import { repeatedCopies, scaleLine } from "./summary";
import { TableGrid } from "./TableGrid";
import { Warnings } from "./Warnings";

/** Tables added to the page per task. */
const BATCH = 20;

/** Drawn again only when its release or text changes (not on every store change of the pane). */
export const Preview = React.memo(
  React.forwardRef<HTMLHeadingElement, { release: Release; text: string }>(
    function Preview({ release, text }, ref) {
      // Tables join the page in batches, a short task each, so a paste of hundreds of tables never holds the pane.
      const [drawn, setDrawn] = React.useState(BATCH);
      React.useEffect(() => setDrawn(BATCH), [release]);
      React.useEffect(() => {
        if (drawn >= release.tables.length) return;
        const next = setTimeout(
          () => React.startTransition(() => setDrawn((n) => n + BATCH)),
          0,
        );
        return () => clearTimeout(next);
      }, [drawn, release]);
      const scale = React.useMemo(() => scaleLine(release.facts), [release]);
      const copies = React.useMemo(() => repeatedCopies(release), [release]);
      return (
        <section aria-labelledby="preview-title" className="preview">
          <Text
            as="h2"
            weight="semibold"
            size={400}
            id="preview-title"
            ref={ref}
            tabIndex={-1}
          >
            Preview
          </Text>
          <dl className="meta">
            <dt>Company</dt>
            <dd data-testid="company">{release.company ?? "—"}</dd>
            <dt>Ticker</dt>
            <dd data-testid="ticker">{release.ticker ?? "—"}</dd>
            <dt>Date</dt>
            <dd data-testid="release-date">{release.releaseDate ?? "—"}</dd>
            <dt>Figures</dt>
            <dd data-testid="scale-line">{scale || "—"}</dd>
          </dl>
          {copies > 0 && (
            <MessageBar intent="warning" data-testid="copies-warning">
              <MessageBarBody>
                This paste looks like {copies} copies of one release: every
                table appears {copies} times. Paste one copy.
              </MessageBarBody>
            </MessageBar>
          )}
          <Checks checks={release.checks} text={text} />
          <Warnings warnings={release.warnings} />
          <Text as="h3" weight="semibold" size={400}>
            Tables ({release.tables.length})
          </Text>
          {release.tables.slice(0, drawn).map((t, i) => (
            <TableGrid key={i} table={t} index={i} />
          ))}
        </section>
      );
    },
  ),
);
