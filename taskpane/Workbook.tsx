// The standalone preview's workbook: the sheets the in-memory host holds, shown as grids, and the formula box
// answering =HEMA.* with the functions' own code (a spilled answer drawn as a grid, as Excel spills it). A long
// sheet draws its first rows and offers more, so a 2 MB release does not hold the pane while it draws.
import * as React from "react";
import {
  Button,
  Field,
  Input,
  Tab,
  TabList,
  Text,
} from "@fluentui/react-components";
import { getStore, onStoreChange } from "../src/live-store";
import { evaluateFormula, FormulaResult } from "./formula-box";
import { MemoryHost } from "./memory-host";
import { downloadWorkbook } from "./download-xlsx";
import { displayValue, PlanCell } from "../src/sheet-plan";
import { formatNumber } from "../src/numbers";

/** Rows of a sheet drawn at first, and added per "Show more rows". */
const ROWS_STEP = 100;

/** The formula's answer: a value, an error with its message, or a spill as a grid of cells. */
function Answer({ result }: { result: FormulaResult | null }) {
  if (result === null) return null;
  if (!result.ok) return <>{`${result.error} ${result.message}`}</>;
  if (!Array.isArray(result.value)) return <>{String(result.value)}</>;
  return (
    <span className="scroll-x spill" role="group" aria-label="Spilled answer">
      <table className="grid">
        <tbody>
          {result.value.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </span>
  );
}

function show(c: PlanCell | undefined): string {
  const v = displayValue(c);
  if (typeof v !== "number") return v;
  if (c?.format === "0.00") return v.toFixed(2);
  return c?.format ? formatNumber(String(v)) : String(v);
}

export function Workbook({ host }: { host: MemoryHost }) {
  const [, bump] = React.useReducer((x: number) => x + 1, 0);
  const [sheet, setSheet] = React.useState<string>("");
  const [formula, setFormula] = React.useState('=HEMA.NETLOSS("Q2-2003")');
  const [result, setResult] = React.useState<FormulaResult | null>(null);
  const [asked, setAsked] = React.useState<string | null>(null);
  const [download, setDownload] = React.useState<string>("");
  const [rows, setRows] = React.useState(ROWS_STEP);
  React.useEffect(() => host.onChange(bump), [host]);
  React.useEffect(
    () =>
      onStoreChange(
        () => asked !== null && setResult(evaluateFormula(getStore(), asked)),
      ),
    [asked],
  );
  const sheets = host.visibleSheets();
  const current = sheets.find((s) => s.name === sheet) ?? sheets[0];
  const evaluate = () => {
    setAsked(formula);
    setResult(evaluateFormula(getStore(), formula));
  };
  return (
    <section aria-label="Standalone preview workbook">
      <Text as="h2" weight="semibold" size={400}>
        Standalone preview
      </Text>
      <p>Outside Excel: this is the workbook the add-in would write.</p>
      <Button
        disabled={sheets.length === 0}
        onClick={() => {
          setDownload("Preparing the workbook…");
          downloadWorkbook().then(
            () => setDownload("Workbook downloaded"),
            (e) =>
              setDownload(
                `Could not download the workbook: ${e instanceof Error ? e.message : String(e)}`,
              ),
          );
        }}
      >
        Download .xlsx
      </Button>
      <output data-testid="download-status" aria-live="polite">
        {download}
      </output>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          evaluate();
        }}
      >
        <Field label="Formula">
          <Input
            value={formula}
            onChange={(_, d) => setFormula(d.value)}
            data-testid="formula"
          />
        </Field>
        <Button type="submit">Evaluate</Button>
      </form>
      <output
        data-testid="formula-result"
        aria-live="polite"
        className="answer"
      >
        <Answer result={result} />
      </output>
      {sheets.length > 0 && (
        <>
          <TabList
            size="small"
            className="tabs"
            selectedValue={current?.name}
            onTabSelect={(_, d) => {
              setSheet(String(d.value));
              setRows(ROWS_STEP);
            }}
            aria-label="Sheets"
          >
            {sheets.map((s) => (
              <Tab key={s.name} value={s.name}>
                {s.name}
              </Tab>
            ))}
          </TabList>
          {current && (
            <div
              className="scroll-x sheet-scroll"
              tabIndex={0}
              role="region"
              aria-label={`Sheet ${current.name}`}
            >
              <table className="grid sheet" data-testid="sheet-grid">
                <tbody>
                  {current.rows.slice(0, rows).map((r, i) => (
                    <tr key={i}>
                      <th scope="row">{i + 1}</th>
                      {r.map((c, j) => (
                        <td
                          key={j}
                          className={[
                            typeof displayValue(c) === "number" ? "num" : "",
                            c?.bold ? "bold" : "",
                            c?.topBorder ? "top" : "",
                            c?.highlight ? "changed" : "",
                          ].join(" ")}
                          style={
                            c?.indent
                              ? { paddingLeft: `${c.indent}em` }
                              : undefined
                          }
                          title={
                            c?.formula ?? c?.link ?? (show(c) || undefined)
                          }
                        >
                          {show(c)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {current && current.rows.length > rows && (
            <Button size="small" onClick={() => setRows(rows + ROWS_STEP * 5)}>
              Show more rows ({current.rows.length - rows} not shown)
            </Button>
          )}
        </>
      )}
    </section>
  );
}
