// How the pasted texts are laid out in the hidden HEMA_Store sheet: one row per chunk of at most 30,000
// characters (below Excel's 32,767-character cell limit): id, source, chunk no, text, owned sheets.
import { KeptRelease } from "./host";

export const CHUNK = 30000;
export const STORE_HEADER = ["Release", "Source", "Chunk", "Text", "Sheets"];

export function keptToRows(kept: KeptRelease[]): string[][] {
  const rows: string[][] = [STORE_HEADER];
  for (const k of kept) {
    const n = Math.max(1, Math.ceil(k.text.length / CHUNK));
    for (let i = 0; i < n; i++)
      rows.push([
        k.id,
        k.source,
        String(i),
        k.text.slice(i * CHUNK, (i + 1) * CHUNK),
        i === 0 ? k.sheets.join("|") : "",
      ]);
  }
  return rows;
}

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
