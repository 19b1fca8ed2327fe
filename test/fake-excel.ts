// A small in-memory fake of the Excel collections office-addin-mock cannot mock (worksheets, ranges, tables).
// The request context is an office-addin-mock OfficeMockObject whose sync() is counted. Operations apply at once;
// `failWhen` makes one operation throw, as a write that fails half-way through a batch.
import { OfficeMockObject } from "office-addin-mock";
import {
  cellProblem,
  EXCEL_LIMITS,
  extentProblem,
  requestWeight,
  sheetNameProblem,
} from "../src/excel-limits";

/** What an operation other than a range's values weighs in a request (its name, object path and arguments). */
const OP_BYTES = 100;

/** Excel's answer to a request past its limits: the request fails, as `InvalidArgument` does at sync. */
function refuse(problem: string | null): void {
  if (problem) throw new Error(`InvalidArgument: ${problem}`);
}

interface FakeCell {
  value: string | number;
  formula: boolean;
  format?: string;
  bold?: boolean;
  top?: string;
  indent?: number;
  fill?: string;
  link?: string;
}

const colNum = (s: string) =>
  s.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const colLetters = (i: number): string => {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** "B3" | "A1:C5" | "A:E" → 0-based box. */
export function parseAddress(a: string): {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
} {
  const [p, q] = a.split(":");
  const one = (x: string) => {
    const m = /^([A-Z]+)(\d*)$/.exec(x)!;
    return { c: colNum(m[1]), r: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const s = one(p);
  const e = one(q ?? p);
  refuse(extentProblem(Math.max(s.r, e.r), Math.max(s.c, e.c)));
  return {
    r0: s.r < 0 ? 0 : s.r,
    c0: s.c,
    r1: e.r < 0 ? 1048575 : e.r,
    c1: e.c,
  };
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tableList: FakeTable[] = [];
  ops = 0;
  failWhen: ((op: string, arg: string) => boolean) | null = null;
  /** Behave like a host that refuses a method called on a null object (the request fails at sync). */
  strictNullObjects = false;

  /** The weight of the operations queued since the last sync (Excel on the web refuses a request over 5 MB). */
  queued = 0;
  /** The weight of what the queued reads will answer (a response has the same limit). */
  answering = 0;
  /** The most one sync carried, request or response. */
  heaviest = 0;
  /** Syncs refused for their size. */
  refused = 0;
  /** Syncs so far, over every context. */
  synced = 0;

  check(op: string, arg: string, bytes = OP_BYTES): void {
    this.queued += bytes;
    this.ops++;
    if (this.failWhen?.(op, arg))
      throw new Error(`simulated failure in ${op} ${arg}`);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Everything observable, for before/after comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: [...s.cells.entries()].sort(),
      })),
      tables: this.tableList.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        box: t.box,
      })),
    };
  }

  /** The Excel.RequestContext-shaped object the host sees; `syncs` counts context.sync() calls. */
  context(): { context: Excel.RequestContext; syncs: () => number } {
    let n = 0;
    const mock = new OfficeMockObject({});
    const mockSync = mock.sync.bind(mock);
    mock.workbook = {
      worksheets: new FakeWorksheets(this),
      tables: new FakeTables(this),
    };
    mock.sync = async () => {
      n++;
      this.synced++;
      const size = Math.max(this.queued, this.answering);
      this.queued = 0;
      this.answering = 0;
      if (size > EXCEL_LIMITS.requestBytes) {
        this.refused++;
        throw new Error(
          `RichApi.Error: The request payload size has exceeded the limit (${size} bytes; Excel on the web takes ${EXCEL_LIMITS.requestBytes})`,
        );
      }
      this.heaviest = Math.max(this.heaviest, size);
      await mockSync();
    };
    return { context: mock as unknown as Excel.RequestContext, syncs: () => n };
  }
}

const nullObject = {
  isNullObject: true,
  load() {},
  getUsedRangeOrNullObject: () => nullObject,
};

class FakeWorksheets {
  constructor(private wb: FakeWorkbook) {}
  get items() {
    return this.wb.sheets;
  }
  load() {}
  add(name: string) {
    this.wb.check("addSheet", name);
    refuse(sheetNameProblem(name));
    if (this.wb.sheet(name)) throw new Error(`sheet ${name} exists`);
    const s = new FakeSheet(this.wb, name);
    this.wb.sheets.push(s);
    return s;
  }
  getItem(name: string) {
    const s = this.wb.sheet(name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }
  getItemOrNullObject(name: string) {
    const found = this.wb.sheet(name);
    if (found) return found;
    if (!this.wb.strictNullObjects) return nullObject;
    return {
      ...nullObject,
      getUsedRangeOrNullObject: () => {
        throw new Error("ItemNotFound: a method was called on a null object");
      },
    };
  }
}

class FakeTables {
  constructor(private wb: FakeWorkbook) {}
  get items() {
    return this.wb.tableList.map((t) =>
      Object.assign(t, { worksheet: t.sheet }),
    );
  }
  load() {}
  getItem(name: string) {
    const t = this.wb.tableList.find(
      (x) => x.name.toLowerCase() === name.toLowerCase(),
    );
    if (!t) throw new Error(`ItemNotFound: table ${name}`);
    return t;
  }
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  visibility = "Visible";
  isNullObject = false;
  private _name: string;
  tables: { add: (a: string, h: boolean) => FakeTable };

  constructor(
    private wb: FakeWorkbook,
    name: string,
  ) {
    this._name = name;
    this.tables = {
      add: (a: string) => {
        this.wb.check("addTable", a);
        const t = new FakeTable(this.wb, this, parseAddress(a));
        this.wb.tableList.push(t);
        return t;
      },
    };
  }
  get name() {
    return this._name;
  }
  set name(v: string) {
    this.wb.check("renameSheet", v);
    refuse(sheetNameProblem(v));
    if (this.wb.sheet(v) && this.wb.sheet(v) !== this)
      throw new Error(`sheet ${v} exists`);
    this._name = v;
  }
  load() {}
  delete() {
    this.wb.check("deleteSheet", this.name);
    this.wb.sheets = this.wb.sheets.filter((s) => s !== this);
    this.wb.tableList = this.wb.tableList.filter((t) => t.sheet !== this);
  }
  getRange(a: string) {
    return new FakeRange(this.wb, this, parseAddress(a));
  }
  getUsedRangeOrNullObject() {
    const keys = [...this.cells.keys()].map((k) => k.split(",").map(Number));
    if (keys.length === 0) return nullObject;
    const r1 = keys.reduce((n, k) => Math.max(n, k[0]), 0);
    const c1 = keys.reduce((n, k) => Math.max(n, k[1]), 0);
    return new FakeRange(this.wb, this, { r0: 0, c0: 0, r1, c1 });
  }
  /** Test helper: the cell at an A1 address. */
  cell(a: string): FakeCell | undefined {
    const b = parseAddress(a);
    return this.cells.get(`${b.r0},${b.c0}`);
  }
  put(a: string, value: string | number) {
    const b = parseAddress(a);
    this.cells.set(`${b.r0},${b.c0}`, {
      value,
      formula: typeof value === "string" && value.startsWith("="),
    });
  }
}

class FakeRange {
  isNullObject = false;
  constructor(
    readonly wb: FakeWorkbook,
    private sheet: FakeSheet,
    private box: { r0: number; c0: number; r1: number; c1: number },
  ) {}
  /** Loading values makes the next sync's response carry them (weighed against Excel's limit). */
  load(what?: string) {
    if (what?.includes("values"))
      this.wb.answering += requestWeight(this.read());
  }
  get rowCount() {
    return this.box.r1 - this.box.r0 + 1;
  }
  get columnCount() {
    return this.box.c1 - this.box.c0 + 1;
  }
  private each(f: (key: string, i: number, j: number) => void) {
    const big =
      (this.box.r1 - this.box.r0 + 1) * (this.box.c1 - this.box.c0 + 1) >
      100000;
    if (big) {
      for (const k of [...this.sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (
          r >= this.box.r0 &&
          r <= this.box.r1 &&
          c >= this.box.c0 &&
          c <= this.box.c1
        )
          f(k, r - this.box.r0, c - this.box.c0);
      }
      return;
    }
    for (let r = this.box.r0; r <= this.box.r1; r++)
      for (let c = this.box.c0; c <= this.box.c1; c++)
        f(`${r},${c}`, r - this.box.r0, c - this.box.c0);
  }
  private upd(key: string, patch: Partial<FakeCell>) {
    this.sheet.cells.set(key, {
      ...(this.sheet.cells.get(key) ?? { value: "", formula: false }),
      ...patch,
    });
  }
  get values() {
    return this.read();
  }
  private read(): (string | number)[][] {
    const out: (string | number)[][] = [];
    for (let r = this.box.r0; r <= this.box.r1; r++) {
      const row: (string | number)[] = [];
      for (let c = this.box.c0; c <= this.box.c1; c++)
        row.push(this.sheet.cells.get(`${r},${c}`)?.value ?? "");
      out.push(row);
    }
    return out;
  }
  set formulas(m: (string | number)[][]) {
    this.wb.check(
      "formulas",
      `${this.sheet.name}!${colLetters(this.box.c0)}${this.box.r0 + 1}`,
      requestWeight(m),
    );
    for (const row of m) for (const v of row) refuse(cellProblem(v));
    this.each((k, i, j) => {
      const v = m[i]?.[j];
      if (v === undefined || v === "") {
        const old = this.sheet.cells.get(k);
        if (old) this.sheet.cells.set(k, { ...old, value: "", formula: false });
        return;
      }
      if (typeof v === "number")
        return this.upd(k, { value: v, formula: false });
      if (v.startsWith("'"))
        return this.upd(k, { value: v.slice(1), formula: false });
      this.upd(k, { value: v, formula: /^[=+\-@]/.test(v) });
    });
  }
  set numberFormat(m: string[][]) {
    this.wb.queued += requestWeight(m);
    this.each(
      (k, i, j) =>
        m[i]?.[j] !== undefined &&
        m[i][j] !== "General" &&
        this.upd(k, { format: m[i][j] }),
    );
  }
  set hyperlink(h: { documentReference?: string }) {
    this.wb.queued += OP_BYTES + requestWeight(h);
    this.each((k) => this.upd(k, { link: h.documentReference }));
  }
  clear() {
    this.each((k) => this.sheet.cells.delete(k));
  }
  get format() {
    const self = this;
    return {
      font: {
        set bold(b: boolean) {
          self.wb.queued += OP_BYTES;
          self.each((k) => self.upd(k, { bold: b }));
        },
      },
      borders: {
        getItem: () => ({
          set style(s: string) {
            self.wb.queued += OP_BYTES;
            self.each((k) => self.upd(k, { top: s }));
          },
        }),
      },
      fill: {
        set color(c: string) {
          self.wb.queued += OP_BYTES;
          self.each((k) => self.upd(k, { fill: c }));
        },
      },
      set indentLevel(n: number) {
        self.wb.queued += OP_BYTES;
        self.each((k) => self.upd(k, { indent: n }));
      },
      set columnWidth(_w: number) {},
    };
  }
}

export class FakeTable {
  private _name = "";
  constructor(
    private wb: FakeWorkbook,
    public sheet: FakeSheet,
    public box: { r0: number; c0: number; r1: number; c1: number },
  ) {}
  get name() {
    return this._name;
  }
  set name(v: string) {
    this.wb.check("renameTable", v);
    if (
      this.wb.tableList.some(
        (t) => t !== this && t.name.toLowerCase() === v.toLowerCase(),
      )
    )
      throw new Error(`table ${v} exists`);
    this._name = v;
  }
  get rows() {
    return {
      count: this.box.r1 - this.box.r0,
      load() {},
      getItemAt: (i: number) => ({
        delete: () => {
          this.wb.check("deleteRow", String(i));
          const r = this.box.r0 + 1 + i;
          const moved = new Map<string, FakeCell>();
          for (const [k, v] of this.sheet.cells) {
            const [rr, cc] = k.split(",").map(Number);
            if (cc < this.box.c0 || cc > this.box.c1 || rr < r) moved.set(k, v);
            else if (rr > r) moved.set(`${rr - 1},${cc}`, v);
          }
          this.sheet.cells = moved;
          this.box = { ...this.box, r1: this.box.r1 - 1 };
        },
      }),
      add: (_at: unknown, values: (string | number)[][]) => {
        // (the values are weighed by the range write below)
        this.wb.check("addRows", String(values.length));
        const start = this.box.r1 + 1;
        new FakeRange(this.wb, this.sheet, {
          r0: start,
          c0: this.box.c0,
          r1: start + values.length - 1,
          c1: this.box.c1,
        }).formulas = values;
        this.box = { ...this.box, r1: this.box.r1 + values.length };
      },
    };
  }
}
