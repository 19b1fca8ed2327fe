// The parse preview: company, ticker, date, each table with its periods as columns (numbers as Excel shows
// them) and its rows under their headings (indented), warnings with line numbers, and the checks with pass/fail.
import { Badge, Text } from "@fluentui/react-components";
import { Release } from "../src/model";
import { outline } from "../src/outline";
import { formatNumber } from "../src/numbers";

export function Preview({ release }: { release: Release }) {
  return (
    <section aria-label="Preview">
      <Text as="h2" weight="semibold" size={400}>
        Preview
      </Text>
      <dl className="meta">
        <dt>Company</dt>
        <dd data-testid="company">{release.company ?? "—"}</dd>
        <dt>Ticker</dt>
        <dd data-testid="ticker">{release.ticker ?? "—"}</dd>
        <dt>Release date</dt>
        <dd data-testid="release-date">{release.releaseDate ?? "—"}</dd>
      </dl>
      {release.tables.map((t, i) => (
        <div key={i} className="scroll" tabIndex={0} role="region" aria-label={t.title ?? t.statement}>
          <table className="grid">
            <caption>{t.title ?? t.statement}</caption>
            <thead>
              <tr>
                <th scope="col">Line item</th>
                {t.columns.map((c, k) => (
                  <th scope="col" key={k} title={c.column}>
                    {c.group && c.period
                      ? `${c.group} ${c.period}`
                      : (c.period ?? c.column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {outline(t.rows).map((item, k) =>
                item.kind === "heading" ? (
                  <tr key={k} className="heading">
                    <th
                      scope="rowgroup"
                      colSpan={t.columns.length + 1}
                      style={{ paddingLeft: indent(item.depth) }}
                    >
                      {item.text}
                    </th>
                  </tr>
                ) : (
                  <tr key={k} className={item.row.total ? "total" : undefined}>
                    <th
                      scope="row"
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
      ))}
      {release.warnings.length > 0 && (
        <ul aria-label="Warnings">
          {release.warnings.map((w, i) => (
            <li key={i}>
              Line {w.line}: {w.message}
            </li>
          ))}
        </ul>
      )}
      {release.checks.length > 0 && (
        <ul aria-label="Checks" data-testid="checks">
          {release.checks.map((c, i) => (
            <li key={i}>
              <Badge color={c.status === "pass" ? "success" : c.status === "fail" ? "danger" : "informative"}>{c.status.toUpperCase()}</Badge> {c.period ?? c.column}: {c.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const indent = (depth: number) => `${0.25 + depth}em`;
