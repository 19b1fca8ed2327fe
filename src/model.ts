// The release model: every type the parser produces and the shells consume, declared once.
// Its JSON shape is the public CLI contract (../shared/docs/cli-contract.md): change it only by adding fields.

export type StatementKind = "income" | "balance" | "cashflow" | "other";
export type Unit = "USD" | "USD/share" | "shares" | "percent" | "other";

/** A line of the source after normalisation (tabs expanded, dashes and spaces folded). */
export interface SourceLine {
  /** 1-based line number in the original text. */
  no: number;
  text: string;
  kind: LineKind;
}

export type LineKind =
  | "blank"
  | "text"
  | "rule" // a line of ----, ====, ____ only
  | "tag" // EDGAR <TABLE>, <S>, <C>, <CAPTION>, <PAGE> …
  | "noise"; // page furniture: "- more -", lone page numbers, running headers, ###, [LOGO]

/** A piece of a line: its text and the character span it occupies ([start, end), 0-based). */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A value cell of the grid: the raw text plus what it means. */
export interface ValueCell extends Cell {
  /** Exact decimal string with sign applied, or null for a blank/n.a. cell. */
  readonly value: string | null;
  /** The cell said "%" (set only where it did: a dense table holds millions of cells). */
  percent?: boolean;
  /** The cell was a dash standing for zero or not-meaningful (decided later by the column); set only where it was. */
  dash?: boolean;
  /** The figure is a change in basis points or percentage points ("(242) bp."): neither money nor a percentage. */
  points?: boolean;
  /** The source line its figure stands on, where that is not its row's line (an HTML <td> on a line of its own). */
  line?: number;
}

/**
 * The grid: the seam between a text format and the table logic. Fixed-width text, tab-separated text or
 * HTML each produce one; nothing after it knows where the cells came from.
 */
export interface Grid {
  /** Lines above the header that name the table ("CONSOLIDATED BALANCE SHEETS", "(in thousands)"). */
  context: { line: number; text: string }[];
  /** Header rows, top to bottom; only cells over the value columns. */
  header: { line: number; cells: Cell[] }[];
  /** Body rows in order; `gap` marks a blank line or a rule (rules keep their kind). */
  body: GridRow[];
  /** The source gave the cells (HTML <td>s) rather than character positions: no label runs into a column. */
  cellsGiven?: boolean;
}

export type GridRow =
  | {
      kind: "row";
      line: number;
      label: Cell | null;
      values: ValueCell[];
      /** A row of its own in the source (an HTML <tr>): its label is whole and never joins another row's. */
      whole?: boolean;
    }
  | { kind: "gap"; line: number }
  | { kind: "rule"; line: number; double: boolean };

export interface Column {
  /** Header cells top to bottom, joined with " | ". */
  column: string;
  /** Canonical calendar period id (Q2-2003, 6M-2003, FY2003, 2003-06-30) or null when unknown. */
  period: string | null;
  /** The company's own fiscal numbering where the release states it (FQ1-2024). */
  fiscalPeriod?: string;
  /** The period's last day, or the balance-sheet date (ISO), when the period is known. */
  end?: string;
  /** A column of changes in percent rather than a period. */
  percent?: boolean;
  /**
   * The segment or basis a header names over this column rather than a period ("Domestic", "Sears Canada",
   * "GAAP", "Non-GAAP", "As Reported"): two columns of one period are told apart by it.
   */
  group?: string;
  /** The unit the column's own header states ("CPU Units k" → other, "Rev $m" → USD), where it states one. */
  unit?: Unit;
  /** The multiplier the column's own header states ("$m" → 1000000, "(000's)" → 1000), where it states one. */
  scale?: number;
}

export interface Row {
  label: string;
  concept: string | null;
  values: (string | null)[];
  line: number;
  total: boolean;
  /** The heading this row stands under ("Assets", "Alabama Power -"), when there is one. */
  section?: string;
  /** Every heading still open above the row, outermost first (its place in the statement's outline). */
  headings?: string[];
  unit: Unit;
  /** Multiplier to full units for this row's values (1 for per-share and percent rows). */
  scale: number;
}

export interface Table {
  title: string | null;
  statement: StatementKind;
  scale: number;
  firstLine: number;
  lastLine: number;
  columns: Column[];
  rows: Row[];
}

export interface Fact {
  statement: StatementKind;
  label: string;
  concept: string | null;
  column: string;
  period: string | null;
  fiscalPeriod?: string;
  value: string;
  scale: number;
  unit: Unit;
  line: number;
  /** The column's segment or basis (Column.group), where its header names one. */
  group?: string;
  /** The row's heading path, outermost first, joined with " › " ("Georgia Power - › Net Income:"). */
  section?: string;
  /** Index of the table in Release.tables. */
  table: number;
}

export type CheckStatus = "pass" | "fail" | "skip";

export interface Check {
  id: string;
  column: string;
  period: string | null;
  status: CheckStatus;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  message: string;
  lines: number[];
  /** The largest difference that still passes (rounding of printed figures), where it is not zero. */
  tolerance?: string;
}

export interface Warning {
  line: number;
  message: string;
}

export interface ParseError {
  message: string;
  line?: number;
}

/** What the release says about itself (metadata.ts). */
export interface Metadata {
  /** The company as the release names itself, or the company the statements name when they are another's. */
  company: string | null;
  /** The symbol as printed ("AAPL", "HEMA.OB"). */
  ticker: string | null;
  /** The ticker's exchange ("NYSE", "Nasdaq", "OTC BB"), null when the release names none. */
  exchange: string | null;
  /** ISO date of the release: its label or dateline; an 8-K's signature or filing date only when neither is given. */
  releaseDate: string | null;
  /** The filer, only where the statements name another company (a target's statements in an acquirer's 8-K). */
  filer?: string;
}

export interface Release {
  source: string;
  company: string | null;
  ticker: string | null;
  /** Set by the metadata reader on every parsed release (absent only on an unreadable input). */
  exchange?: string | null;
  releaseDate: string | null;
  /** Present only where the statements name another company than the filer (see Metadata.filer). */
  filer?: string;
  tables: Table[];
  facts: Fact[];
  checks: Check[];
  warnings: Warning[];
  error: ParseError | null;
}
