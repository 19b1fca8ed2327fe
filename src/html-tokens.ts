// HTML source → its tags and runs of text in document order, read by htmlparser2's tokenizer (no DOM, no element
// stack): character references in text and attributes are decoded by it, as browsers decode them. The content of
// elements that are never text of the release (<head>, <script>, <style>, <title>, <xml>) is passed over.
import { Tokenizer } from "htmlparser2";
import { floorIndex } from "./extremes";
import { rules } from "./rules";

export interface HtmlTag {
  /** Lower-case name. */
  name: string;
  close: boolean;
  /** Attributes by lower-case name, values decoded (the first of a repeated name wins). */
  attrs: Map<string, string>;
  /** Offset of the tag's name in the source (its line is the tag's). */
  pos: number;
}

/** Text between two tags, references decoded; `at(i)` is the source offset of `text[i]`. */
export interface TextRun {
  text: string;
  at(i: number): number;
}

/** Elements whose content is never text of the release. */
const SKIPPED = new Set(["script", "style", "title", "xml", "head"]);
/** Of those, the ones the tokenizer does not read as raw text: passed over only where they are closed. */
const NEEDS_END = new Set(["xml", "head"]);
const NO_ATTRS: ReadonlyMap<string, string> = new Map();

/** Walks the page once: calls `onTag` and `onText` in document order. Tolerates unclosed and stray tags. */
export function walkHtml(
  html: string,
  onTag: (t: HtmlTag) => void,
  onText: (run: TextRun) => void,
): void {
  const run = textRuns(onText);
  const ends = closingSearch(html);
  /** The element whose content is being passed over, or null. */
  let skipping: string | null = null;
  let tag: HtmlTag | null = null;
  let attrName = "";
  let attrValue = "";
  /** Where the last token ended: where a character reference that follows it begins. */
  let mark = 0;

  const openTag = () => {
    const t = tag;
    tag = null;
    if (!t) return;
    if (skipping) {
      // <body> ends a <head> left open until then, as in browsers.
      if (skipping === "head" && t.name === "body") skipping = null;
      else return;
    }
    if (
      SKIPPED.has(t.name) &&
      (!NEEDS_END.has(t.name) || ends.closedAfter(t.name, t.pos))
    ) {
      skipping = t.name;
      return;
    }
    onTag(t);
  };

  const endRun = (_start: number, end: number) => {
    run.flush();
    mark = end + 1;
  };
  const cbs = {
    ontext(start: number, end: number) {
      mark = end;
      if (!skipping) run.add(html.slice(start, end), start, true);
    },
    ontextentity(cp: number, end: number) {
      if (!skipping) run.add(String.fromCodePoint(cp), mark, false);
      mark = end;
    },
    onopentagname(start: number, end: number) {
      run.flush();
      tag = {
        name: html.slice(start, end).toLowerCase(),
        close: false,
        attrs: NO_ATTRS as Map<string, string>,
        pos: start,
      };
    },
    onattribname(start: number, end: number) {
      attrName = html.slice(start, end).toLowerCase();
      attrValue = "";
    },
    onattribdata(start: number, end: number) {
      attrValue += html.slice(start, end);
    },
    onattribentity(cp: number) {
      attrValue += String.fromCodePoint(cp);
    },
    onattribend() {
      if (!tag) return;
      if (tag.attrs === NO_ATTRS) tag.attrs = new Map();
      if (!tag.attrs.has(attrName)) tag.attrs.set(attrName, attrValue);
      attrValue = "";
    },
    onopentagend(end: number) {
      mark = end + 1;
      openTag();
    },
    onselfclosingtag(end: number) {
      // HTML has no self-closing elements: "<br/>" opens a br, "<td/>" a cell.
      mark = end + 1;
      openTag();
    },
    onclosetag(start: number, end: number) {
      run.flush();
      mark = end + 1;
      const name = html.slice(start, end).toLowerCase();
      if (skipping) {
        if (name === skipping) skipping = null;
        return;
      }
      onTag({
        name,
        close: true,
        attrs: NO_ATTRS as Map<string, string>,
        pos: start,
      });
    },
    // Comments, CDATA, <!DOCTYPE> and <?xml?> are no text: they only end a run.
    oncomment: endRun,
    oncdata: endRun,
    ondeclaration: endRun,
    onprocessinginstruction: endRun,
    onend() {
      run.flush();
    },
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, cbs);
  tokenizer.write(html);
  tokenizer.end();
}

/**
 * Gathers the pieces of text the tokenizer gives between two tags (plain text, and each decoded reference on its
 * own) into one run, keeping where each piece stands in the source.
 */
function textRuns(onText: (run: TextRun) => void) {
  let texts: string[] = [];
  /** Per piece: its offset in the run's text, its source offset, and whether it is written as is (not a reference). */
  let starts: number[] = [];
  let sources: number[] = [];
  let verbatim: boolean[] = [];
  let length = 0;
  return {
    add(text: string, source: number, asIs: boolean) {
      texts.push(text);
      starts.push(length);
      sources.push(source);
      verbatim.push(asIs);
      length += text.length;
    },
    flush() {
      if (texts.length === 0) return;
      const s = starts;
      const src = sources;
      const v = verbatim;
      const text = texts.length === 1 ? texts[0] : texts.join("");
      texts = [];
      starts = [];
      sources = [];
      verbatim = [];
      length = 0;
      onText({
        text,
        at(i: number) {
          // The piece holding i (a run may hold many references).
          const k = floorIndex(s, i);
          return v[k] ? src[k] + (i - s[k]) : src[k];
        },
      });
    },
  };
}

/**
 * Whether an element opened at a position is closed later (`</head`, or <body> for a head): one search forward
 * per name, remembered, so that many unclosed tags cost one pass.
 */
function closingSearch(html: string) {
  const found = new Map<string, number>();
  return {
    closedAfter(name: string, pos: number): boolean {
      const known = found.get(name);
      if (known !== undefined && (known < 0 || known >= pos)) return known >= 0;
      const re = name === "head" ? rules.htmlHeadEnd : rules.htmlXmlEnd;
      re.lastIndex = pos;
      const m = re.exec(html);
      const at = m ? m.index : -1;
      found.set(name, at);
      return at >= 0;
    },
  };
}
