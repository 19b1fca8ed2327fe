// The preview's warnings, grouped by kind and counted ("12 warnings in 3 kinds"): each group opens to its lines.
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { Warning } from "../src/model";
import { groupWarnings } from "./summary";

/** Lines listed in one group before "… and N more". */
const FIRST = 50;

export function Warnings({ warnings }: { warnings: Warning[] }) {
  const groups = React.useMemo(() => groupWarnings(warnings), [warnings]);
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title" className="block">
      <Text as="h3" weight="semibold" size={400} id="warnings-title">
        Warnings
      </Text>
      <div data-testid="warnings-summary" className="summary">
        {warnings.length} warning{warnings.length === 1 ? "" : "s"}
        {groups.length > 1 ? ` of ${groups.length} kinds` : ""}
      </div>
      <ul className="warnings" data-testid="warnings">
        {groups.map((g, i) => (
          <Group key={i} kind={g.kind} warnings={g.warnings} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One kind of warning: its count and kind; its lines are drawn only once it is opened (a 2 MB paste has thousands).
 * A kind of one warning is that warning, with its line: nothing to open.
 */
function Group({ kind, warnings }: { kind: string; warnings: Warning[] }) {
  const [open, setOpen] = React.useState(false);
  if (warnings.length === 1)
    return (
      <li className="single">
        <span className="count">1×</span> Line {warnings[0].line}:{" "}
        {warnings[0].message}
      </li>
    );
  return (
    <li>
      <details
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <span className="count">{warnings.length}×</span> {kind}
        </summary>
        {open && (
          <ul>
            {warnings.slice(0, FIRST).map((w, k) => (
              <li key={k}>
                Line {w.line}: {w.message}
              </li>
            ))}
            {warnings.length > FIRST && (
              <li>… and {warnings.length - FIRST} more</li>
            )}
          </ul>
        )}
      </details>
    </li>
  );
}
