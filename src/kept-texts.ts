// How the pasted texts are laid out in the hidden HEMA_Store sheet: one row per chunk of at most 30,000
// characters (below Excel's 32,767-character cell limit): id, source, chunk no, text, owned sheets. A chunk never
// ends between the two halves of a surrogate pair, so a character outside the BMP (an emoji) survives the save.
import { SavedRelease } from "./store";

/** A saved release as kept in the workbook, with the sheets it owns. */
export interface KeptRelease extends SavedRelease {
  id: string;
  sheets: string[];
}

export const CHUNK = 30000;
export const STORE_HEADER = ["Release", "Source", "Chunk", "Text", "Sheets"];

export function keptToRows(kept: KeptRelease[]): string[][] {
  const rows: string[][] = [STORE_HEADER];
  for (const k of kept)
    chunks(k.text).forEach((text, i) =>
      rows.push([
        k.id,
        k.source,
        String(i),
        text,
        i === 0 ? k.sheets.join("|") : "",
      ]),
    );
  return rows;
}

/** The text in pieces of at most `size` UTF-16 units, each ending on a code-point boundary; one piece at least. */
export function chunks(text: string, size = CHUNK): string[] {
  const out: string[] = [];
  let at = 0;
  do {
    let end = Math.min(text.length, at + size);
    // A high surrogate as the last unit of a piece would be split from its low half: leave it for the next piece.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    out.push(text.slice(at, end));
    at = end;
  } while (at < text.length);
  return out;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

export function rowsToKept(rows: unknown[][]): KeptRelease[] {
  const out = new Map<string, KeptRelease & { parts: string[] }>();
  for (const r of rows.slice(1)) {
    const [id, source, chunk, text, sheets] = r.map((x) =>
      x === null || x === undefined ? "" : String(x),
    );
    if (!id) continue;
    const k = out.get(id) ?? { id, source, text: "", sheets: [], parts: [] };
    k.parts[Number(chunk) || 0] = text;
    if (sheets) k.sheets = sheets.split("|").filter(Boolean);
    out.set(id, k);
  }
  return [...out.values()].map(({ parts, ...k }) => ({
    ...k,
    text: parts.join(""),
  }));
}
