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

export const Preview = React.forwardRef<HTMLHeadingElement, { release: Release; text: string }>(function Preview({ release, text }, ref) {
  const lines = React.useMemo(() => text.split("\n"), [text]);
  const scale = React.useMemo(() => scaleLine(release.facts), [release]);
  const copies = React.useMemo(() => repeatedCopies(release), [release]);
  return (
    <section aria-labelledby="preview-title" className="preview">
      <Text as="h2" weight="semibold" size={400} id="preview-title" ref={ref} tabIndex={-1}>
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
            This paste looks like {copies} copies of one release: every table appears {copies} times. Paste one copy.
          </MessageBarBody>
        </MessageBar>
      )}
      <Checks checks={release.checks} text={lines} />
      <Warnings warnings={release.warnings} />
      <Text as="h3" weight="semibold" size={400}>
        Tables ({release.tables.length})
      </Text>
      {release.tables.map((t, i) => (
        <TableGrid key={i} table={t} index={i} />
      ))}
    </section>
  );
});
