// What a paste or a dropped file gives the pane: the clipboard's HTML where it carries one (a release copied from a
// web page keeps its tables there), else its plain text; a .htm/.html file as the page it is. The HTML is kept as
// the release's text, so a refresh reads exactly what the first parse read.
import { isHtml } from "../src/html";
import { rules } from "../src/rules";

export interface Pasted {
  /** The text to keep and parse: the page's HTML, or the plain text. */
  text: string;
  /** Where it came from, for the releases list. */
  source: string;
  /** What to tell the user ("pasted from a web page: …"), where there is something to tell. */
  message: string | null;
}

/** The part of a DataTransfer the pane reads (the `paste` event's clipboardData, a drop's dataTransfer). */
export interface ClipboardLike {
  readonly types: readonly string[];
  getData(format: string): string;
}

/** An HTML fragment from the clipboard as a page the reader recognises, line for line as it came. */
function asPage(html: string): string {
  return isHtml(html) ? html : `<html><body>${html}</body></html>`;
}

/** What the message says of a page; its tables are counted by the parse (in the worker), not here. */
const kept = "its HTML is kept as the release's text; Parse reads its tables";

/** The clipboard's content as a release: its text/html where present and not empty, else its text/plain. */
export function fromClipboard(data: ClipboardLike | null): Pasted | null {
  if (!data) return null;
  const html = data.types.includes("text/html")
    ? data.getData("text/html")
    : "";
  if (html.trim() !== "") {
    const page = asPage(html);
    return {
      text: page,
      source: "pasted web page",
      message: `pasted from a web page: ${kept}`,
    };
  }
  const plain = data.types.includes("text/plain")
    ? data.getData("text/plain")
    : "";
  if (plain === "") return null;
  return { text: plain, source: "pasted text", message: null };
}

/** A file opened or dropped: a .htm/.html page (or any file whose content is HTML) as a page, else as text. */
export function fromFile(name: string, content: string): Pasted {
  if (isHtml(content) || rules.htmlFileName.test(name)) {
    const page = asPage(content);
    return {
      text: page,
      source: name,
      message: `opened a web page: ${kept}`,
    };
  }
  return { text: content, source: name, message: null };
}

/** The paste event as the pane sees it (React's or the DOM's). */
export interface PasteEventLike {
  clipboardData: ClipboardLike | null;
  currentTarget: {
    value: string;
    selectionStart: number | null;
    selectionEnd: number | null;
  };
  preventDefault(): void;
}

/**
 * The release box's paste: a web page replaces the box's text with its HTML; plain text replaces it where the box is
 * empty or all selected, and is otherwise left to the browser (pasting into a part of the text being edited).
 */
export function handlePaste(
  e: PasteEventLike,
  apply: (p: Pasted) => void,
): void {
  const p = fromClipboard(e.clipboardData);
  if (!p) return;
  const box = e.currentTarget;
  const whole =
    box.value === "" ||
    (box.selectionStart === 0 && box.selectionEnd === box.value.length);
  if (p.message === null && !whole) return;
  e.preventDefault();
  apply(p);
}
