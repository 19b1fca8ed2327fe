// A table's figure as a Fact: it holds only its column's index (and its unit and scale, and its line, only where they
// are not its row's) and reads the rest, its value too, from its row and column, shared by every figure of them: 40
// bytes a figure in Node.
import { Column, Fact, Release, StatementKind, Unit } from "./model";
import { FigureUnit } from "./units";

/** What every figure of one row shares. */
export interface RowFields {
  statement: StatementKind;
  label: string;
  concept: string | null;
  section?: string;
  /** Index of the table in Release.tables. */
  table: number;
  /** The row's line: its figures' unless one stands on a line of its own. */
  line: number;
  /** The unit and scale of the row's first figure: its figures' unless one differs (a "%" among dollars). */
  figure: FigureUnit;
  /** The row's values and its table's columns, by column: a figure's value and column are read from them. */
  values: (string | null)[];
  columns: Column[];
}

class TableFact implements Fact {
  constructor(
    protected readonly row: RowFields,
    /** Its column's index in its table: a figure's value is its row's there. */
    private readonly k: number,
  ) {}
  get value(): string {
    return this.row.values[this.k]!;
  }
  private get col(): Column {
    return this.row.columns[this.k];
  }
  /** Shared by every figure of its unit and scale (units.ts sharedUnit). */
  protected get figure(): FigureUnit {
    return this.row.figure;
  }
  get scale() {
    return this.figure.scale;
  }
  get unit(): Unit {
    return this.figure.unit;
  }
  get line() {
    return this.row.line;
  }
  get statement() {
    return this.row.statement;
  }
  get label() {
    return this.row.label;
  }
  get concept() {
    return this.row.concept;
  }
  get section() {
    return this.row.section;
  }
  get table() {
    return this.row.table;
  }
  get column() {
    return this.col.column;
  }
  get period() {
    return this.col.period;
  }
  get fiscalPeriod() {
    return this.col.fiscalPeriod;
  }
  get group() {
    return this.col.group;
  }
  /** The plain object (JSON, a message to or from a worker): the fields in the contract's order, none absent. */
  toJSON(): Fact {
    const f: Fact = {
      statement: this.statement,
      label: this.label,
      concept: this.concept,
      column: this.column,
      period: this.period,
      value: this.value,
      scale: this.scale,
      unit: this.unit,
      line: this.line,
      table: this.table,
    };
    if (this.fiscalPeriod) f.fiscalPeriod = this.fiscalPeriod;
    if (this.group) f.group = this.group;
    if (this.section) f.section = this.section;
    return f;
  }
}

/**
 * A figure of another unit or scale than its row's first, or on a line of its own (an HTML <td> on a line of its own):
 * it holds both.
 */
class OwnFact extends TableFact {
  constructor(
    row: RowFields,
    k: number,
    private readonly own: { figure: FigureUnit; line: number },
  ) {
    super(row, k);
  }
  protected override get figure() {
    return this.own.figure;
  }
  override get line() {
    return this.own.line;
  }
}

/** The figure of `row` in column `k` (its value there is not null). */
export function tableFact(
  row: RowFields,
  k: number,
  figure: FigureUnit,
  line: number,
): Fact {
  return line === row.line && figure === row.figure
    ? new TableFact(row, k)
    : new OwnFact(row, k, { figure, line });
}

/** A fact as a plain object, whatever made it: what crosses to a worker or into JSON. */
export function plainFact(f: Fact): Fact {
  return f instanceof TableFact ? f.toJSON() : f;
}

/** The release with plain facts: what a worker posts (a message keeps an object's own fields, not its getters). */
export function withPlainFacts(r: Release): Release {
  return { ...r, facts: r.facts.map(plainFact) };
}
