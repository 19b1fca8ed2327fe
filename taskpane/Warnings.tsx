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
          <li key={i}>
            <details>
              <summary>
                <span className="count">{g.warnings.length}×</span>{" "}
                {g.warnings.length === 1 ? g.warnings[0].message : g.kind}
              </summary>
              <ul>
                {g.warnings.slice(0, FIRST).map((w, k) => (
                  <li key={k}>
                    Line {w.line}: {w.message}
                  </li>
                ))}
                {g.warnings.length > FIRST && (
                  <li>… and {g.warnings.length - FIRST} more</li>
                )}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
