// HTML → narrative lines and grids: the second source of grids beside fixed-width text (blocks.ts). The page is
// walked once by htmlparser2's tokenizer (html-tokens.ts: no DOM, references decoded by it): text outside financial
// tables becomes narrative lines (block elements break lines, tags are stripped), each numbered by the line of the
// original file it starts on; each financial <table> becomes one TextGrid or more, its cells given spans in
// "character" units from their column index and colspan, so that columns.ts clusters them exactly as it clusters
// fixed-width text.
import { findGrids, TextGrid } from "./blocks";
import {
  countFigures,
  FigureCell,
  isHeaderYear,
  marked,
  withText,
} from "./cells";
import { HtmlTag, TextRun, walkHtml } from "./html-tokens";
import { append, floorIndex, greatest, least } from "./extremes";
import { Cell, Grid, GridRow, SourceLine, ValueCell, Warning } from "./model";
import { classify, normalizeLine, toLines } from "./lines";
import { isYear, parseValue } from "./numbers";
import { rules } from "./rules";
import {
  namesScale,
  namesStatement,
  namesTable,
  statesScaleOnly,
} from "./statements";

/** Width of one HTML table column in the grid's character units; a cell ends two units before the next begins. */
export const CELL_WIDTH = 10;
const CELL_GAP = 2;
/** Only the top of the input is looked at to tell HTML from text. */
const SNIFF = 8192;
const MAX_CONTEXT_LINES = 8;
const MAX_BLANKS_ABOVE = 5;
const MAX_COLSPAN = 100;
/** The furthest the row spans above a cell push it right of where its row writes it, in a table of figures. */
const MAX_SPAN_PUSH = 100;

export interface HtmlGrid extends TextGrid {
  /** The narrative lines between the table before (or the start) and this one: what separates the two. */
  between: SourceLine[];
  /** The grid comes from the same <table> element as the grid before it (a scale stated above the element covers both). */
  sameTable?: boolean;
}

export interface HtmlDocument {
  /** The narrative, one line per block of text, numbered by the original file's lines. */
  lines: SourceLine[];
  /** The narrative as text, for the metadata reader. */
  text: string;
  grids: HtmlGrid[];
  /** What the reader could not read as it is written (a table read as text), and why. */
  warnings: Warning[];
}

/** A cheap look at the top of the input: an HTML page, or a fragment with <table> and <td>. */
export function isHtml(text: string): boolean {
  const head = text.length > SNIFF ? text.slice(0, SNIFF) : text;
  if (!head.includes("<")) return false;
  return (
    rules.htmlDocument.test(head) ||
    (rules.htmlTable.test(head) && rules.htmlCell.test(head))
  );
}

// ---- tags -------------------------------------------------------------------------------------------------------

/** Elements that end a line of narrative. */
const LINE_BREAK = new Set([
  "br",
  "div",
  "tr",
  "li",
  "dt",
  "dd",
  "document",
  "type",
  "sequence",
  "filename",
  "description",
  "text",
]);
/** Elements that end a paragraph (a blank line in the narrative). */
const PARAGRAPH = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "blockquote",
  "center",
  "hr",
  "ul",
  "ol",
  "dl",
  "pre",
  "address",
  "section",
  "article",
  "header",
  "footer",
  "body",
  "html",
]);

/** Character units per CSS length unit (a character is about 7px, 5pt or half an em). */
const CHARS_PER: Record<string, number> = {
  px: 1 / 7,
  pt: 1 / 5,
  em: 2,
  ex: 1,
  in: 14,
  cm: 5.5,
  mm: 0.55,
  pc: 2.4,
  "%": 0,
};

/** Indentation a style gives, in character units. */
function styleIndent(style: string | undefined): number {
  // Most styles set fonts and borders only: the search for lengths is left out for them.
  if (!style || !rules.cssIndentHint.test(style)) return 0;
  let chars = 0;
  for (const m of style.matchAll(rules.cssIndent)) {
    const v = parseFloat(m[1]);
    const unit = (m[2] ?? "px").toLowerCase();
    chars += v * (CHARS_PER[unit] ?? 0);
  }
  // A figure of 400 digits reads as Infinity: no label is indented past a page's width.
  return Number.isFinite(chars)
    ? Math.min(MAX_INDENT, Math.max(0, Math.round(chars)))
    : 0;
}

/** A reading of style attributes that reads each distinct style once. */
function perStyle<T>(
  read: (style: string | undefined) => T,
): (style: string | undefined) => T {
  const seen = new Map<string, T>();
  return (style) => {
    if (!style) return read(style);
    let v = seen.get(style);
    if (v === undefined) {
      v = read(style);
      seen.set(style, v);
    }
    return v;
  };
}

/** The widest indentation a style gives that is taken as such, in characters (a page's width). */
const MAX_INDENT = 120;

/** 0 none, 1 single, 2 double, for the top and bottom borders a style draws. */
function borders(style: string | undefined): { top: number; bottom: number } {
  const out = { top: 0, bottom: 0 };
  if (!style || !style.toLowerCase().includes("border")) return out;
  for (const m of style.matchAll(rules.cssBorder)) {
    if (rules.cssNoBorder.test(m[2])) continue;
    const kind = rules.cssDouble.test(m[2]) ? 2 : 1;
    const side = m[1].toLowerCase() === "top" ? "top" : "bottom";
    out[side] = Math.max(out[side], kind);
  }
  return out;
}

// ---- the document walk -------------------------------------------------------------------------------------------

interface CellBuf {
  col: number;
  colspan: number;
  line: number;
  /** Text pieces, a new one after each line break inside the cell. */
  parts: Piece[];
  /** The source line of the first digit written into the cell outside a <sup>: where its figure stands. */
  digitLine?: number;
  indent: number;
  top: number;
  bottom: number;
  hr: boolean;
  /** A line break inside the cell since its last text. */
  broken: boolean;
  /** Open <sup> elements: text inside them is a footnote marker or an ordinal's letters. */
  sup: number;
  /** Text outside every <sup> was written into the cell (else the cell holds a marker alone). */
  plain: boolean;
}

/** A piece of a cell's text as written: a new one begins after each line break inside the cell. */
interface Piece {
  text: string;
  line: number;
}

interface RowBuf {
  line: number;
  /** Each finished as it closes: the open cell's buffer is all a table holds unread. */
  cells: HCell[];
  next: number;
}

interface TableBuf {
  /** A table holding another table lays out the page: its text is narrative, its cells only break lines. */
  layout: boolean;
  rows: RowBuf[];
  row: RowBuf | null;
  cell: CellBuf | null;
  /** Rows opened so far: the current row's index is one less. */
  opened: number;
  /** For each column, the index of the last row a cell of a row above holds it through (rowspan). */
  heldThrough: number[];
  /** A cell was pushed further right by the row spans above it than any table of figures is laid out (the line). */
  tangled: number | null;
  /** Narrative lines written before the table opened. */
  narrativeAt: number;
}

/** Reads an HTML release: its narrative lines and the grids of its financial tables. */
export function readHtml(html: string): HtmlDocument {
  const lineOf = lineCounter(html);
  // A page repeats a few styles thousands of times: each is read once.
  const indentOf = perStyle(styleIndent);
  const bordersOf = perStyle(borders);
  const out: SourceLine[] = [];
  const grids: HtmlGrid[] = [];
  const warnings: Warning[] = [];
  /** Narrative index where the last grid's table ended. */
  let lastGridEnd = 0;
  /** The narrative line being read, and its text piece by source line (`parts`, one per line it stands on). */
  let cur: { text: string; no: number; parts: SourceLine[] } | null = null;
  let pendingParagraph = false;
  const tables: TableBuf[] = [];
  /** Preformatted text being read, and the source line of each of its lines. */
  let pre: PreBuf | null = null;
  let preDepth = 0;

  /**
   * Narrated table rows whose cells stand on several source lines, each as one line per source line: what the
   * search for fixed-width grids reads instead (a figure must cite the line it stands on).
   */
  const spread = new Map<SourceLine, SourceLine[]>();
  const asLine = (no: number, raw: string): SourceLine | null => {
    const text = normalizeLine(raw.replace(rules.htmlSpace, " ").trim());
    return text === "" ? null : { no, text, kind: classify(text) };
  };
  const pushLine = (no: number, raw: string): SourceLine | null => {
    const line = asLine(no, raw);
    if (!line) return null;
    const last = out[out.length - 1];
    if (pendingParagraph && last && last.kind !== "blank")
      out.push({ no, text: "", kind: "blank" });
    pendingParagraph = false;
    out.push(line);
    return line;
  };
  const endLine = (paragraph: boolean) => {
    if (cur) {
      const line = pushLine(cur.no, cur.text);
      // A line whose figures stand on later source lines than its first (markup wrapped in the source, a table
      // written without table tags): the grid search reads it line by line, so a figure cites its own line.
      if (line && cur.parts.slice(1).some((p) => rules.anyDigit.test(p.text)))
        spread.set(
          line,
          cur.parts.flatMap((p) => asLine(p.no, p.text) ?? []),
        );
    }
    cur = null;
    if (paragraph) pendingParagraph = true;
  };
  /** Text of the narrative; a line begins at its first text that is not white space. */
  const narrate = (run: TextRun, lead: number) => {
    if (!cur) {
      if (lead < 0) return;
      cur = { text: "", no: lineOf(run.at(lead)), parts: [] };
    }
    cur.text += run.text;
    // The run cut at its line breaks, each piece given to the source line it starts on.
    const t = run.text;
    for (let from = 0; from < t.length;) {
      let to = from;
      while (to < t.length && t[to] !== "\n" && t[to] !== "\r") to++;
      const no = lineOf(run.at(from));
      const last = cur.parts[cur.parts.length - 1];
      if (last && last.no === no) last.text += t.slice(from, to);
      else cur.parts.push({ no, text: t.slice(from, to), kind: "text" });
      from = to + 1;
    }
  };
  const live = (): TableBuf | null => {
    const t = tables[tables.length - 1];
    return t && !t.layout ? t : null;
  };

  // A table's rows are all held until it ends: each cell is finished as it closes (its buffer took 220 bytes) and
  // each row kept to size (an array grown by push keeps room for 16 items).
  const closeCell = (t: TableBuf) => {
    if (t.cell && t.row) t.row.cells.push(finishCell(t.cell));
    t.cell = null;
  };
  const closeRow = (t: TableBuf) => {
    closeCell(t);
    if (t.row) {
      t.row.cells = t.row.cells.slice();
      // A table read as text narrates each row as it ends: its rows are never all held.
      if (t.tangled !== null) narrateRows([t.row]);
      else t.rows.push(t.row);
    }
    t.row = null;
  };
  const openRow = (t: TableBuf, pos: number) => {
    closeRow(t);
    t.row = { line: lineOf(pos), cells: [], next: 0 };
    t.opened++;
  };
  const blocked = (t: TableBuf, col: number) =>
    (t.heldThrough[col] ?? -1) >= t.opened - 1;
  const openCell = (t: TableBuf, tag: HtmlTag) => {
    if (!t.row) openRow(t, tag.pos);
    closeCell(t);
    const a = tag.attrs;
    const colspan = Math.min(
      MAX_COLSPAN,
      Math.max(1, parseInt(a.get("colspan") ?? "1", 10) || 1),
    );
    const rowspan = Math.max(1, parseInt(a.get("rowspan") ?? "1", 10) || 1);
    const row = t.row!;
    // Columns still taken by a cell of a row above (rowspan) are skipped, as a browser lays them out. A staircase of
    // spans pushing cells ever further right is no table of figures (its rows are narrated), and is not followed.
    let col = row.next;
    while (t.tangled === null && blocked(t, col))
      if (++col - row.next > MAX_SPAN_PUSH) {
        t.tangled = lineOf(tag.pos);
        narrateRows(t.rows);
        t.rows = [];
      }
    const style = a.get("style");
    const b = bordersOf(style);
    t.cell = {
      col,
      colspan,
      line: lineOf(tag.pos),
      parts: [],
      digitLine: undefined, // set with its first digit: a field made with the cell is held within it
      indent: indentOf(style),
      top: b.top,
      bottom: b.bottom,
      hr: false,
      broken: false,
      sup: 0,
      plain: false,
    };
    row.next = col + colspan;
    if (rowspan > 1 && t.tangled === null)
      for (let k = col; k < col + colspan; k++)
        t.heldThrough[k] = Math.max(
          t.heldThrough[k] ?? -1,
          t.opened - 1 + rowspan - 1,
        );
  };
  const cellBreak = (c: CellBuf) => {
    if (c.parts.length) c.broken = true;
  };

  /** A table's rows written out as narrative (a layout table, or one without figures). */
  const narrateRows = (rows: Pick<RowBuf, "line" | "cells">[]) => {
    for (const r of rows) {
      const cells = r.cells
        .map(piecesOf)
        .filter((c) => cellText(c).trim() !== "");
      if (cells.every((c) => c.filter((p) => p.text.trim()).length <= 1))
        narrateRow(r.line, cells);
      else
        for (const c of cells)
          for (const p of c) if (p.text.trim()) pushLine(p.line, p.text);
    }
  };
  /** A row of one-line cells as one narrative line, numbered by the line of its first text. */
  const narrateRow = (tr: number, cells: Piece[][]) => {
    const texts = cells.map((c) => ({
      text: cellText(c),
      line: c.find((p) => p.text.trim())?.line ?? tr,
    }));
    const line = pushLine(
      texts[0]?.line ?? tr,
      texts.map((t) => t.text).join("  "),
    );
    if (!line || texts.every((t) => t.line === texts[0].line)) return;
    const pieces: SourceLine[] = [];
    for (const t of texts) {
      const last = pieces[pieces.length - 1];
      const piece = asLine(
        t.line,
        last?.no === t.line ? `${last.text}  ${t.text}` : t.text,
      );
      if (piece && last?.no === t.line) pieces[pieces.length - 1] = piece;
      else if (piece) pieces.push(piece);
    }
    spread.set(line, pieces);
  };
  const toLayout = (t: TableBuf) => {
    if (t.layout) return;
    t.layout = true;
    const rows = [...t.rows];
    if (t.row) rows.push({ ...t.row, cells: [...t.row.cells] });
    if (t.cell && rows.length)
      rows[rows.length - 1].cells.push(finishCell(t.cell));
    narrateRows(rows);
    endLine(true);
    t.rows = [];
    t.row = null;
    t.cell = null;
  };
  const closeTable = () => {
    const t = tables.pop();
    if (!t) return;
    if (t.layout) {
      endLine(true);
      return;
    }
    closeRow(t);
    if (t.tangled !== null)
      warnings.push({
        line: t.tangled,
        message: `the table around line ${t.tangled} is read as text: its row spans push a cell more than ${MAX_SPAN_PUSH} columns right of where it is written, which no table of figures does`,
      });
    // Each row is let go as it is analyzed: a long table's rows and their analyses are not both held.
    const analyzed = t.tangled === null ? analyzeRows(t.rows) : [];
    t.rows = [];
    const made = tableGrids(analyzed);
    if (made.length === 0) {
      narrateRows(analyzed.map((r) => ({ line: r.line, cells: r.written })));
      endLine(true);
      return;
    }
    const before = out.slice(lastGridEnd, t.narrativeAt);
    // In-table titles also belong to the narrative (the calendar reads "… ended" phrases there).
    for (const g of made) for (const c of g.context) pushLine(c.line, c.text);
    made[0].context = [...narrativeContext(before), ...made[0].context];
    made[0].between = [...before, ...made[0].between];
    for (const g of made.slice(1)) g.sameTable = true;
    append(grids, made);
    endLine(true);
    lastGridEnd = out.length;
  };

  const onTag = (tag: HtmlTag) => {
    const { name, close } = tag;
    if (name === "pre") {
      if (!close) {
        endLine(true);
        preDepth++;
        if (!pre) pre = { text: "", lines: [lineOf(tag.pos)] };
      } else if (preDepth > 0 && --preDepth === 0 && pre) {
        append(out, preLines(pre));
        pre = null;
        pendingParagraph = true;
      }
      return;
    }
    if (pre && name === "table" && !close) {
      // A table inside preformatted text is laid out as a table (its cells are no run of text): the <pre> ends.
      append(out, preLines(pre));
      pre = null;
      preDepth = 0;
      pendingParagraph = true;
    }
    if (pre) {
      if (name === "br") {
        pre.text += "\n";
        pre.lines.push(lineOf(tag.pos));
      }
      return;
    }
    if (name === "table") {
      if (close) {
        closeTable();
        return;
      }
      // A table opened inside another makes the enclosing one layout. Every table below the top became layout
      // when the one above it opened, so only the top can still be a table of figures: one step, not the stack.
      if (tables.length) toLayout(tables[tables.length - 1]);
      endLine(true);
      tables.push({
        layout: false,
        rows: [],
        row: null,
        cell: null,
        opened: 0,
        heldThrough: [],
        tangled: null,
        narrativeAt: out.length,
      });
      return;
    }
    const t = live();
    if (t) {
      if (name === "tr" || name === "caption") {
        if (close) closeRow(t);
        else openRow(t, tag.pos);
        if (name === "caption" && !close)
          openCell(t, { ...tag, attrs: new Map() });
        return;
      }
      if (name === "td" || name === "th") {
        if (close) closeCell(t);
        else openCell(t, tag);
        return;
      }
      const c = t.cell;
      if (!c) {
        // Text loose in a table is narrative (below): its paragraphs and breaks still end its lines, so
        // "<p>1998</p><p>1997</p>" outside the cells are two lines, never "19981997".
        if (PARAGRAPH.has(name)) endLine(true);
        else if (LINE_BREAK.has(name)) endLine(false);
        return;
      }
      if (name === "sup") {
        c.sup = Math.max(0, c.sup + (close ? -1 : 1));
        return;
      }
      if (name === "hr") c.hr = true;
      else if (LINE_BREAK.has(name) || PARAGRAPH.has(name)) cellBreak(c);
      if (!close && c.parts.every((p) => firstNonSpace(p.text) < 0)) {
        // Indentation given by an element the cell's text stands in: <p style="margin-left:10pt">.
        c.indent += indentOf(tag.attrs.get("style"));
        if (name === "hr") c.bottom = Math.max(c.bottom, 1);
      }
      return;
    }
    if (tables.length && (name === "td" || name === "th" || name === "tr")) {
      endLine(false); // a layout table's cells and rows break lines
      return;
    }
    if (PARAGRAPH.has(name)) endLine(true);
    else if (LINE_BREAK.has(name)) endLine(false);
  };

  const onText = (run: TextRun) => {
    const decoded = run.text;
    const cell = live()?.cell;
    const text = cell && cell.sup > 0 ? supText(decoded) : decoded;
    const lead = firstNonSpace(decoded);
    // No-break spaces around a superscript are no text of the cell's own: "&#160;<sup>1</sup>" holds a marker alone.
    // Nor is preformatted text, which is read as lines of its own (below).
    if (cell && cell.sup === 0 && !pre && rules.visibleText.test(decoded))
      cell.plain = true;
    if (cell && cell.sup === 0 && cell.digitLine === undefined && !pre) {
      const d = firstDigit(decoded);
      if (d >= 0) cell.digitLine = lineOf(run.at(d));
    }
    if (pre) {
      pre.text += text;
      for (const b of lineStarts(decoded)) pre.lines.push(lineOf(run.at(b)));
      return;
    }
    const t = live();
    if (t && t.cell) {
      const c = t.cell;
      if (c.parts.length === 0 || c.broken) {
        // Leading no-break spaces are kept: they indent the label.
        if (c.parts.length && lead < 0) return;
        c.parts.push({ text, line: lineOf(run.at(Math.max(0, lead))) });
        c.broken = false;
      } else {
        const part = c.parts[c.parts.length - 1];
        // A piece begun with white space only stands where its first text does.
        if (lead >= 0 && firstNonSpace(part.text) < 0)
          part.line = lineOf(run.at(lead));
        part.text += text;
      }
      return;
    }
    // Text loose in a table, outside its cells, is shown before the table by browsers: narrative.
    narrate(run, lead);
  };

  walkHtml(html, onTag, onText);
  if (pre) append(out, preLines(pre));
  while (tables.length) closeTable();
  endLine(false);

  if (grids.length === 0) {
    // No HTML table of figures: the page may hold the release as preformatted text (<pre>).
    for (const g of findGrids(out.flatMap((l) => spread.get(l) ?? [l]))) {
      const prev = grids[grids.length - 1];
      grids.push({
        ...g,
        between: out.filter(
          (l) => l.no > (prev?.lastLine ?? 0) && l.no < g.firstLine,
        ),
      });
    }
  }
  return {
    lines: out,
    text: out.map((l) => l.text).join("\n"),
    grids,
    warnings,
  };
}

/**
 * Text set as a superscript in a table cell: a footnote reference ("1", "a", "*", "†") is written as a marker
 * apart from what it follows ("Net sales (1)", "1,234 (1)"), so that it never runs into a label's or a number's
 * digits; other superscripts (the "th" of "4th", "SM") are kept as they are.
 */
function supText(text: string): string {
  const t = text.trim();
  if (t === "") return text;
  const m = rules.supFootnote.exec(t);
  if (!m) return text;
  return m[1] ? ` (${m[1].replace(rules.whiteRun, "")})` : " *";
}

interface PreBuf {
  text: string;
  /** The source line of each line of the text (a <br> starts one on the line it stands on). */
  lines: number[];
}

/** Preformatted text as lines, each numbered by the source line it stands on (a line break right after <pre> is
 * not content). */
function preLines(p: PreBuf): SourceLine[] {
  const lead = p.text.startsWith("\r\n")
    ? 2
    : p.text[0] === "\n" || p.text[0] === "\r"
      ? 1
      : 0;
  const skip = lead > 0 ? 1 : 0;
  const body = p.text.slice(lead);
  const last = p.lines[p.lines.length - 1];
  return toLines(body).map((l) => ({
    ...l,
    no: p.lines[l.no - 1 + skip] ?? last,
  }));
}

/** Offsets just after each line break of a text (CR LF, CR or LF: rules.lineBreak), added to `out`. */
function lineStarts(s: string, out: number[] = []): number[] {
  if (!s.includes("\r")) {
    // Most pages end their lines with LF alone: found by indexOf.
    for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1))
      out.push(i + 1);
    return out;
  }
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 10) out.push(i + 1);
    else if (ch === 13) {
      if (s.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    }
  }
  return out;
}

/** Index of the first digit of a text, or -1. */
function firstDigit(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) return i;
  }
  return -1;
}

/** Index of the first character that is not HTML white space, or -1. */
function firstNonSpace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13 && ch !== 12) return i;
  }
  return -1;
}

/**
 * Line number (1-based) of a position, as the text's lines are counted everywhere (rules.lineBreak: CR LF, CR or
 * LF ends a line): the line starts are found once, a position's line by binary search, in any order.
 */
function lineCounter(s: string): (pos: number) => number {
  const starts = lineStarts(s, [0]);
  return (pos: number) => floorIndex(starts, pos) + 1;
}

// ---- narrative context -------------------------------------------------------------------------------------------

/** A short line that names a table ("CONSOLIDATED BALANCE SHEETS", "(In thousands)", "Acme Widgets, Inc."). */
function titleLike(t: string): boolean {
  // A long caption may still be only a scale statement: "(In millions, except number of shares, which are
  // reflected in thousands, and per-share amounts)".
  if (statesScaleOnly(t)) return true;
  if (t.length > 90) return false;
  if (rules.headerAnnotation.test(t) || namesScale(t) || namesStatement(t))
    return true;
  let letters = 0;
  let upper = 0;
  for (const ch of t)
    if (ch >= "A" && ch <= "Z") {
      letters++;
      upper++;
    } else if (ch >= "a" && ch <= "z") letters++;
  if (letters > 0 && upper / letters >= 0.6) return true;
  return (
    !rules.manyWords.test(t) &&
    (!rules.sentenceEnd.test(t) || rules.abbreviationEnd.test(t))
  );
}

/** The title lines standing right above a table, top to bottom. */
function narrativeContext(
  before: SourceLine[],
): { line: number; text: string }[] {
  const ctx: { line: number; text: string }[] = [];
  let blanks = 0;
  for (
    let j = before.length - 1;
    j >= 0 && ctx.length < MAX_CONTEXT_LINES;
    j--
  ) {
    const l = before[j];
    if (l.kind === "blank") {
      if (++blanks > MAX_BLANKS_ABOVE) break;
      continue;
    }
    if (l.kind !== "text") continue;
    const t = l.text.trim();
    if (!titleLike(t)) {
      // A sentence leading into the table ("Stock-based compensation was included in the following categories:")
      // says what its rows are, when nothing nearer does.
      if (ctx.length === 0 && rules.leadIn.test(t))
        ctx.push({ line: l.no, text: t });
      break;
    }
    ctx.unshift({ line: l.no, text: t });
  }
  return ctx;
}

// ---- tables → grids ----------------------------------------------------------------------------------------------

/**
 * A finished cell of an HTML row. Its column and the columns it spans are held as one number: a table's cells are
 * all held until it ends.
 */
class HCell {
  /** Its column × SPAN_BOUND + its colspan. */
  private readonly span: number;
  /** Its indent, the rules its borders draw (0 none, 1 single, 2 double) and an <hr> in it: held only where set. */
  declare indent?: number;
  declare top?: number;
  declare bottom?: number;
  declare hr?: true;
  /** The cell holds nothing but a superscript footnote marker: it belongs to the cell before it. */
  declare note?: boolean;
  constructor(
    readonly text: string,
    col: number,
    colspan: number,
    /** The source line its text stands on: of its first digit, else of its first text, else of its <td>. */
    readonly line: number,
    /**
     * The cell as written, for a table narrated line by line: its pieces; or, where it is one piece on its own
     * `line`, its text, or how many spaces stand before its text where that is all it adds (a figure padded in the
     * page).
     */
    readonly raw: string | Piece[] | number,
  ) {
    this.span = col * SPAN_BOUND + colspan;
  }
  get col(): number {
    return Math.floor(this.span / SPAN_BOUND);
  }
  get colspan(): number {
    return this.span % SPAN_BOUND;
  }
  /** The same cell under another text (a footnote marker joined to it), its marks kept. */
  withText(text: string): HCell {
    const out = new HCell(text, this.col, this.colspan, this.line, this.raw);
    if (this.indent !== undefined) out.indent = this.indent;
    if (this.top !== undefined) out.top = this.top;
    if (this.bottom !== undefined) out.bottom = this.bottom;
    if (this.hr) out.hr = true;
    if (this.note !== undefined) out.note = this.note;
    return out;
  }
}
/** More than any colspan (MAX_COLSPAN): a cell's column and colspan in one number. */
const SPAN_BOUND = MAX_COLSPAN + 1;

/** A cell's text as written, piece by piece. */
const piecesOf = (c: HCell): Piece[] =>
  typeof c.raw === "string"
    ? [{ text: c.raw, line: c.line }]
    : typeof c.raw === "number"
      ? [{ text: " ".repeat(c.raw) + c.text, line: c.line }]
      : c.raw;
const cellText = (pieces: Piece[]) => pieces.map((p) => p.text).join(" ");
const NO_PIECES: Piece[] = [];

interface HRow {
  line: number;
  kind: "row" | "gap" | "rule";
  double: boolean;
  /** The non-empty cells, left to right. */
  cells: HCell[];
  /** Every cell as the row was written, empty ones too (what a table read as text narrates). */
  written: HCell[];
  label: Cell | null;
  values: ValueCell[];
  /** Leftmost column of the values (their "$" cells included). */
  valueCol: number;
  numeric: number;
  yearsOnly: boolean;
  /** Rules a border draws above and below the row's figures (0 none, 1 single, 2 double). */
  above: number;
  below: number;
}

const spanOf = (col: number, colspan: number) => ({
  start: col * CELL_WIDTH,
  end: (col + colspan) * CELL_WIDTH - CELL_GAP,
});

function finishCell(c: CellBuf): HCell {
  const joined = c.parts
    .map((p) => p.text)
    .join(" ")
    .replace(rules.htmlSpace, " ");
  const lead = rules.htmlLeadingSpace.exec(joined)![0];
  let nbsp = 0;
  for (const ch of lead)
    if (ch === "\u00a0" || ch === "\u2002") nbsp++;
    else if (ch === "\u2003") nbsp += 2;
  const text = normalizeLine(joined).replace(rules.whiteRun, " ").trim();
  const line =
    c.digitLine ??
    c.parts.find((p) => firstNonSpace(p.text) >= 0)?.line ??
    c.line;
  const one = c.parts.length === 1 ? c.parts[0] : null;
  const cell = new HCell(
    text,
    c.col,
    c.colspan,
    line,
    // One piece on the cell's own line, written as its text reads or as it after spaces: the same string, held once.
    one === null
      ? c.parts.length
        ? c.parts.slice()
        : NO_PIECES
      : one.line !== line
        ? [one]
        : one.text === text
          ? text
          : (spacesBefore(one.text, text) ?? one.text),
  );
  // Set only where true: most cells have none of these, and a table's cells are held until it ends.
  if (c.indent + nbsp) cell.indent = c.indent + nbsp;
  if (c.top) cell.top = c.top;
  if (c.bottom) cell.bottom = c.bottom;
  if (c.hr) cell.hr = true;
  if (!c.plain && text !== "" && rules.supMarker.test(text)) cell.note = true;
  return cell;
}

/** How many spaces `written` is `text` after, if it is: null otherwise. */
function spacesBefore(written: string, text: string): number | null {
  const n = written.length - text.length;
  if (n <= 0 || !written.endsWith(text)) return null;
  for (let i = 0; i < n; i++) if (written.charCodeAt(i) !== 32) return null;
  return n;
}

/**
 * A figure of an HTML row. Its span and line are its number's <td>'s, read from that cell (held by the row anyway)
 * when asked for, not held twice: a table's rows are all held until it ends. So is its text, where it is the cell's
 * (most are: not "$ 1,234" written over two cells).
 */
class HtmlValueCell extends FigureCell {
  private readonly source: HCell | { readonly text: string; cell: HCell };
  constructor(text: string, cell: HCell, value: string | null) {
    super(text, value);
    this.source = text === cell.text ? cell : { text, cell };
  }
  private get cell(): HCell {
    return "cell" in this.source ? this.source.cell : this.source;
  }
  get text(): string {
    return this.source.text;
  }
  get start(): number {
    return spanOf(this.cell.col, this.cell.colspan).start;
  }
  get end(): number {
    return spanOf(this.cell.col, this.cell.colspan).end;
  }
  get line(): number {
    return this.cell.line;
  }
}

interface Item {
  text: string;
  firstCol: number;
  /** The cell holding the number itself. */
  cell: HCell;
  cells: HCell[];
}

function analyzeRow(r: RowBuf): HRow {
  const all = r.cells;
  // The row's own list where no cell is empty and none a note: a table's rows are all held until it ends.
  const cells = all.every((c) => c.text !== "" && !c.note)
    ? all
    : foldNotes(all.filter((c) => c.text !== "")).slice();
  const base: HRow = {
    line: r.line,
    kind: "row",
    double: false,
    cells,
    written: all,
    label: null,
    values: [],
    valueCol: Infinity,
    numeric: 0,
    yearsOnly: false,
    above: 0,
    below: 0,
  };
  const lined = all.filter((c) => c.hr || c.top || c.bottom);
  if (cells.length === 0)
    return lined.length
      ? {
          ...base,
          kind: "rule",
          double: lined.some((c) => c.top === 2 || c.bottom === 2),
        }
      : { ...base, kind: "gap" };
  if (cells.every((c) => rules.rule.test(c.text)))
    return {
      ...base,
      kind: "rule",
      double: cells.some((c) => rules.doubleRule.test(c.text)),
    };
  // Numbers written over several cells: "$" | "1,234" and "(1,234" | ")" or "12.5" | "%".
  const items: Item[] = [];
  let currency: HCell | null = null;
  for (const c of cells) {
    if (rules.currency.test(c.text)) {
      currency = c;
      continue;
    }
    const last = items[items.length - 1];
    if (
      last &&
      !currency &&
      rules.htmlClosingCell.test(c.text) &&
      parseValue(last.text + c.text)
    ) {
      last.text += c.text;
      last.cells.push(c);
      continue;
    }
    items.push({
      text: currency ? `$ ${c.text}` : c.text,
      firstCol: currency ? currency.col : c.col,
      cell: c,
      cells: currency ? [currency, c] : [c],
    });
    currency = null;
  }
  const values: { item: Item; cell: ValueCell }[] = [];
  const allYears = items.every((it) => isYear(it.text));
  let cut = items.length;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    const p = parseValue(it.text);
    // The first cell of the row is its label, even when it reads as a number ("2004" in a table of years), unless
    // the row is nothing but years (a header).
    if (!p || (i === 0 && it.cell.col === 0 && items.length > 1 && !allYears))
      break;
    const cell = marked(new HtmlValueCell(it.text, it.cell, p.value), p);
    values.unshift({ item: it, cell });
    cut = i;
  }
  const labelItems = items.slice(0, cut);
  const label: Cell | null = labelItems.length
    ? {
        ...labelOf(labelItems.flatMap((it) => it.cells)),
        text: labelItems.map((it) => it.text).join(" "),
      }
    : null;
  const vcells = values.map((v) => v.cell);
  const valueCells = values.flatMap((v) => v.item.cells);
  return {
    ...base,
    label,
    values: vcells,
    valueCol: values.length
      ? least(values.map((v) => v.item.firstCol))
      : Infinity,
    numeric: countFigures(vcells),
    yearsOnly: vcells.length > 0 && vcells.every(isHeaderYear),
    above: Math.max(0, greatest(valueCells.map((c) => c.top ?? 0))),
    below: Math.max(0, greatest(valueCells.map((c) => c.bottom ?? 0))),
  };
}

/** A cell holding only a superscript marker joins the cell before it: "Net sales" + "(1)" is one label. */
function foldNotes(cells: HCell[]): HCell[] {
  const out: HCell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    // A marker after a lone "$" would read as a figure ("$ (2)"), one after a figure's closing cell ("%", ")") would
    // hide that cell ("% (1)"), and one first in the row marks nothing: dropped.
    if (
      c.note &&
      (!prev ||
        rules.currency.test(prev.text) ||
        rules.htmlClosingCell.test(prev.text))
    )
      continue;
    if (c.note && prev)
      out[out.length - 1] = prev.withText(`${prev.text} ${c.text}`);
    else out.push(c);
  }
  return out;
}

/**
 * A footnote marker in a cell of its own ("(1)", "*", "2" after a label or a figure) in a column where no row of
 * the table has a figure is no figure: it joins the label or the figure before it. A "(2)" in a column of figures
 * stays a figure. A year in the cell after a label it completes ("Balance at December 31," | "2003") is the label's.
 */
function settleStrays(rows: HRow[]): HRow[] {
  // A marker stands in the cell right after its label or figure, or one empty cell further on.
  const close = (r: HRow, k: number) => {
    const before = k > 0 ? r.values[k - 1].end : r.label?.end;
    return (
      before !== undefined &&
      r.values[k].start - before <= CELL_WIDTH + CELL_GAP
    );
  };
  const labelYear = (r: HRow, k: number) =>
    k === 0 &&
    r.values.length >= 2 &&
    isYear(r.values[0].text) &&
    rules.labelAwaitsYear.test(r.label?.text ?? "") &&
    close(r, k);
  // A year first in a row without a label, in a column where no figures stand: the row's label ("2004" | figures).
  const rowYear = (r: HRow, k: number) =>
    k === 0 &&
    r.label === null &&
    r.values.length >= 2 &&
    isYear(r.values[0].text);
  const marker = (r: HRow, k: number) =>
    labelYear(r, k) ||
    rowYear(r, k) ||
    (close(r, k) && rules.markerLike.test(r.values[k].text));
  const figureCols = new Set<number>();
  for (const r of rows)
    if (isValueRow(r))
      r.values.forEach((v, k) => {
        if (!marker(r, k))
          for (let c = v.start; c < v.end; c += CELL_WIDTH)
            figureCols.add(Math.floor(c / CELL_WIDTH));
      });
  if (figureCols.size === 0) return rows;
  // (A label's year is moved whatever the columns; a marker only where no figure stands in its column.)
  const inFigures = (v: ValueCell) => {
    for (let c = v.start; c < v.end; c += CELL_WIDTH)
      if (figureCols.has(Math.floor(c / CELL_WIDTH))) return true;
    return false;
  };
  const stray = (r: HRow, k: number) =>
    labelYear(r, k) || (marker(r, k) && !inFigures(r.values[k]));
  return rows.map((r) => {
    if (!isValueRow(r) || !r.values.some((_, k) => stray(r, k))) return r;
    let label = r.label;
    const values: ValueCell[] = [];
    r.values.forEach((v, k) => {
      if (!stray(r, k)) values.push(v);
      else if (values.length)
        values[values.length - 1] = withText(
          values[values.length - 1],
          `${values[values.length - 1].text} ${v.text}`,
        );
      else if (label) label = { ...label, text: `${label.text} ${v.text}` };
      else label = { text: v.text, start: v.start, end: v.end };
    });
    // Where the figures begin now that a marker before them left ("$" written in the cell before a figure).
    const first = values[0];
    const valueCol =
      first && first !== r.values[0]
        ? Math.floor(first.start / CELL_WIDTH) -
          (first.text.startsWith("$ ") ? 1 : 0)
        : r.valueCol;
    return {
      ...r,
      label,
      values,
      valueCol: values.length ? valueCol : Infinity,
      numeric: countFigures(values),
    };
  });
}

/** As blocks.ts: a row of figures, not a row of years or of footnote markers under the dates. */
function isValueRow(r: HRow): boolean {
  return (
    r.kind === "row" &&
    r.values.length > 0 &&
    !r.yearsOnly &&
    (r.numeric > 0 || r.label !== null) &&
    !(
      r.values.every((v) => rules.footnoteMarker.test(v.text)) &&
      (r.label === null || rules.headerAnnotation.test(r.label.text))
    )
  );
}

/** The cells of a row standing over the value columns (not in the label column). */
function overValues(r: HRow, valueCol: number): HCell[] {
  return r.cells.filter(
    (c) =>
      c.col >= valueCol || (c.col > 0 && c.col + c.colspan - 1 >= valueCol),
  );
}

/** A title inside the table: one cell naming the statement, its scale or its dates. */
function isTitleRow(r: HRow): boolean {
  if (r.kind !== "row" || r.cells.length !== 1) return false;
  // "Cash flows from operating activities:" over the first rows is a heading; a title ends in no colon.
  return namesTable(r.cells[0].text) && !rules.headingEnd.test(r.cells[0].text);
}

/** One cell across the whole table, from the label column on, naming no period: a company name over the header. */
function spansTable(r: HRow, valueCol: number, width: number): boolean {
  if (r.cells.length !== 1) return false;
  const c = r.cells[0];
  return (
    c.col < valueCol &&
    c.col + c.colspan >= width &&
    !rules.periodWord.test(c.text) &&
    !rules.headerAnnotation.test(c.text)
  );
}

/** A row in a table's body that starts another table's header: dates or years over the value columns. */
function isHeaderLike(r: HRow, valueCol: number): boolean {
  if (r.kind !== "row" || isValueRow(r)) return false;
  if (r.yearsOnly) return true;
  const over = overValues(r, valueCol);
  return (
    over.length > 0 &&
    over.length === r.cells.length - (r.cells[0]?.col === 0 ? 1 : 0) &&
    over.some((c) => rules.periodWord.test(c.text))
  );
}

const rowText = (r: HRow) => r.cells.map((c) => c.text).join(" ");

/** Label-area text of a header row that names no table: a heading of the rows below ("ASSETS"). */
function isHeading(t: string): boolean {
  return !(
    rules.headerAnnotation.test(t) ||
    namesScale(t) ||
    namesStatement(t) ||
    rules.periodWord.test(t)
  );
}

/** The rows' analyses, each row let go (its place in `rows` emptied) once it is analyzed. */
function analyzeRows(rows: (RowBuf | null)[]): HRow[] {
  const out: HRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    out.push(analyzeRow(rows[i]!));
    rows[i] = null;
  }
  return out;
}

/** Stray markers settled in the rows' own list: one list holds the rows, so each goes once it is a grid row. */
function settleInPlace(rows: HRow[]): HRow[] {
  settleStrays(rows).forEach((r, i) => (rows[i] = r));
  return rows;
}

/**
 * The grids of a table's analyzed rows. The rows of each grid made are let go from `rows` as it is made; where no
 * grid is made, `rows` is left whole (the table is then narrated from it).
 */
function tableGrids(analyzed: HRow[]): HtmlGrid[] {
  const rows = settleInPlace(analyzed);
  const width = rows.reduce(
    (w, r) => r.cells.reduce((x, c) => Math.max(x, c.col + c.colspan), w),
    0,
  );
  const figures = (r: HRow) => isValueRow(r) && r.numeric > 0;
  if (rows.filter(figures).length < 2) return [];
  const grids: HtmlGrid[] = [];
  let pos = 0;
  while (pos < rows.length) {
    let first = -1;
    for (let i = pos; i < rows.length && first < 0; i++)
      if (figures(rows[i])) first = i;
    if (first < 0) break;
    // The body runs to the last row of figures before another header.
    let valueCol = rows[first].valueCol;
    let last = first;
    for (let i = first + 1; i < rows.length; i++) {
      const r = rows[i];
      if (isValueRow(r)) {
        last = i;
        valueCol = Math.min(valueCol, r.valueCol);
      } else if (isHeaderLike(r, valueCol)) break;
    }
    let valueRows = 0;
    for (let i = first; i <= last; i++) if (isValueRow(rows[i])) valueRows++;
    const grid = segmentGrid(
      rows,
      pos,
      first,
      last,
      valueCol,
      width,
      valueRows,
    );
    if (grid) grids.push(grid);
    pos = last + 1;
  }
  return inheritPeriodHeaders(grids);
}

/**
 * A later band of one <table> whose own header names no period ("Units k | Rev $m" under "Sequential Change", a
 * data sheet's second block) stands under the period cells of the band above, over the same columns: it takes those
 * cells ("Q3'04 Actual") above its own header, and nothing else of that header.
 */
function inheritPeriodHeaders(grids: HtmlGrid[]): HtmlGrid[] {
  const names = (h: Grid["header"][number]) =>
    h.cells.some((c) => rules.datedHeader.test(c.text));
  return grids.map((grid, g) => {
    if (g === 0 || grid.header.length === 0 || grid.header.some(names))
      return grid;
    const above = grids[g - 1].header
      .map((h) => ({
        line: h.line,
        cells: h.cells.filter((c) => rules.datedHeader.test(c.text)),
      }))
      .filter((h) => h.cells.length > 0);
    return above.length
      ? { ...grid, header: [...above, ...grid.header] }
      : grid;
  });
}

function segmentGrid(
  rows: HRow[],
  from: number,
  first: number,
  last: number,
  valueCol: number,
  width: number,
  valueRows: number,
): HtmlGrid | null {
  // Walk up from the first row of figures: headings without figures, then the header rows, then the titles.
  const header: number[] = [];
  const leading: number[] = [];
  for (let j = first - 1; j >= from; j--) {
    const r = rows[j];
    if (r.kind !== "row") continue;
    if (isTitleRow(r) || (header.length > 0 && spansTable(r, valueCol, width)))
      break;
    if (overValues(r, valueCol).length > 0 && !isValueRow(r)) header.unshift(j);
    else if (header.length === 0) leading.unshift(j);
    else break;
  }
  // Too little to be a table: two rows of figures, or one under a header.
  if (!(valueRows >= 2 || (header.length > 0 && valueRows >= 1))) return null;
  // No header: only the rows standing directly on the figures are its headings.
  if (header.length === 0 && leading.length > 3)
    leading.splice(0, leading.length - 3);
  const top = Math.min(header[0] ?? first, leading[0] ?? first);
  const context: { line: number; text: string }[] = [];
  for (let j = from; j < top; j++)
    if (rows[j].kind === "row")
      context.push({ line: rows[j].line, text: rowText(rows[j]) });
  const between: SourceLine[] = context.map((c) => ({
    no: c.line,
    text: c.text,
    kind: "text",
  }));
  const valueCols = new Set<number>();
  for (let i = first; i <= last; i++)
    for (const v of rows[i].values)
      for (let k = v.start / CELL_WIDTH; k * CELL_WIDTH < v.end; k++)
        valueCols.add(k);
  const body: GridRow[] = [];
  const bottom = header[header.length - 1];
  const headerRows = header.map((j) => {
    const r = rows[j];
    const over = overValues(r, valueCol);
    const labelCells = r.cells.filter((c) => !over.includes(c));
    const labelText = labelCells.map((c) => c.text).join(" ");
    if (labelText) {
      // "ASSETS" beside the dates heads the rows below; "(In thousands)" beside them names the table.
      if (j === bottom && isHeading(labelText))
        body.push({
          kind: "row",
          line: r.line,
          label: labelOf(labelCells),
          values: [],
        });
      else context.push({ line: r.line, text: labelText });
    }
    return {
      line: r.line,
      cells: over.map((c, k) => ({
        text: c.text,
        ...spanOf(c.col, reach(c, over[k + 1], valueCols)),
      })),
    };
  });
  const firstLine = least(
    [...header, ...leading, first].map((j) => rows[j].line),
  );
  const lastLine = rows[last].line;
  for (let i = leading[0] ?? first; i <= last; i++) {
    const r = rows[i];
    // Let go once it is a grid row (this grid is kept, so the table is not narrated from its rows), and no band
    // reads the rows above its own: a long table's rows and its grid are not both held.
    (rows as (HRow | null)[])[i] = null;
    const prev = body[body.length - 1];
    if (r.kind === "gap") {
      if (prev && prev.kind !== "gap") body.push({ kind: "gap", line: r.line });
    } else if (r.kind === "rule")
      body.push({ kind: "rule", line: r.line, double: r.double });
    else if (isValueRow(r)) {
      // A border over the figures is the rule a total stands under (not above the first row: the header's).
      if (r.above && body.some((b) => b.kind === "row" && b.values.length))
        body.push({ kind: "rule", line: r.line, double: r.above === 2 });
      body.push({
        kind: "row",
        line: r.line,
        label: r.label,
        values: r.values,
        whole: true,
      });
      if (r.below)
        body.push({ kind: "rule", line: r.line, double: r.below === 2 });
    } else {
      // Text without figures in a <tr> of its own: a heading (separate <tr>s are never one wrapped label).
      const cells = r.cells.filter((c) => c.col < valueCol);
      body.push({
        kind: "row",
        line: r.line,
        label: labelOf(cells.length ? cells : r.cells),
        values: [],
        whole: true,
      });
    }
  }
  return {
    context,
    header: headerRows,
    body,
    firstLine,
    lastLine,
    between,
    cellsGiven: true,
  };
}

/**
 * The columns a header cell heads: its own, or, when none of them holds figures (a year written over the "$"
 * column), also the empty cells after it up to the first column of figures.
 */
function reach(
  c: HCell,
  next: HCell | undefined,
  valueCols: Set<number>,
): number {
  for (let k = c.col; k < c.col + c.colspan; k++)
    if (valueCols.has(k)) return c.colspan;
  const limit = next ? next.col : Infinity;
  for (let k = c.col + c.colspan; k < limit && k < c.col + MAX_COLSPAN; k++)
    if (valueCols.has(k)) return k - c.col + 1;
  return c.colspan;
}

/** A label made of cells: their text, starting at the first cell's column plus its indentation. */
function labelOf(cells: HCell[]): Cell {
  const first = cells[0];
  const last = cells[cells.length - 1];
  const start = first.col * CELL_WIDTH + (first.indent ?? 0);
  return {
    text: cells.map((c) => c.text).join(" "),
    start,
    end: Math.max(start + 1, spanOf(last.col, last.colspan).end),
  };
}
