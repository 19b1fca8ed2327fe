// The preview's checks: one line of counts ("9 pass · 1 fail"), then each check with FAILs first, each opening
// the source lines it read. A long list shows its first checks and offers the rest.
import * as React from "react";
import { Badge, Button, Text } from "@fluentui/react-components";
import { Check } from "../src/model";
import { checkName, checksSummary } from "./summary";

const FIRST = 25;

const COLOR = { pass: "success", fail: "danger", skip: "informative" } as const;

/** The source lines a check read, numbered as in the release (the text is split only when a check is opened). */
function SourceLines({
  lines,
  text: whole,
}: {
  lines: number[];
  text: string;
}) {
  const text = React.useMemo(() => whole.split("\n"), [whole]);
  if (lines.length === 0)
    return <p className="muted">No source line recorded.</p>;
  return (
    <pre
      className="source"
      tabIndex={0}
      role="region"
      aria-label="Source lines"
    >
      {[...new Set(lines)]
        .sort((a, b) => a - b)
        .map((n) => `${String(n).padStart(5)}  ${text[n - 1] ?? ""}`)
        .join("\n")}
    </pre>
  );
}

/** A check that opens on its source lines (drawn when opened). */
function CheckItem({ check: c, text }: { check: Check; text: string }) {
  const [open, setOpen] = React.useState(false);
  return (
    <details
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <Badge color={COLOR[c.status]} size="small">
          {c.status.toUpperCase()}
        </Badge>{" "}
        <span className="check-name">{checkName(c)}</span> {c.message}
      </summary>
      {open && <SourceLines lines={c.lines} text={text} />}
    </details>
  );
}

export function Checks({ checks, text }: { checks: Check[]; text: string }) {
  const {
    sorted,
    counts,
    text: summary,
  } = React.useMemo(() => checksSummary(checks), [checks]);
  const [all, setAll] = React.useState(false);
  if (checks.length === 0) return null;
  const shown = all ? sorted : sorted.slice(0, Math.max(FIRST, counts.fail));
  return (
    <section aria-labelledby="checks-title" className="block">
      <Text as="h3" weight="semibold" size={400} id="checks-title">
        Checks
      </Text>
      <div
        data-testid="checks-summary"
        className={counts.fail ? "summary fail" : "summary"}
      >
        {summary}
      </div>
      <ul className="checks" data-testid="checks">
        {shown.map((c, i) => (
          <li key={i}>
            <CheckItem check={c} text={text} />
          </li>
        ))}
      </ul>
      {shown.length < sorted.length && (
        <Button size="small" onClick={() => setAll(true)}>
          Show all {sorted.length} checks
        </Button>
      )}
    </section>
  );
}
