// The stored texts' layout in HEMA_Store: chunks below Excel's cell limit that never split a character.
import { chunks, CHUNK, keptToRows, rowsToKept } from "../src/kept-texts";

const EXCEL_CELL_LIMIT = 32767;
const loneSurrogate =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("kept texts", () => {
  it("puts an emoji at every position around a chunk boundary back together unchanged", () => {
    const size = 8;
    for (let at = 0; at < 3 * size; at++) {
      const text = "a".repeat(at) + "\u{1F4C8}" + "b".repeat(2 * size);
      const parts = chunks(text, size);
      expect(parts.join("")).toBe(text);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(size);
        expect(p.length).toBeGreaterThan(0);
        expect(loneSurrogate.test(p)).toBe(false);
      }
    }
  });

  it("keeps a release across the store's rows: every cell within Excel's limit, no character split", () => {
    // Emoji straddling each real chunk boundary.
    const text = ("x".repeat(CHUNK - 1) + "\u{1F600}").repeat(3) + "tail";
    const rows = keptToRows([
      { id: "r1", source: "paste", text, sheets: ["HEMA Q2-2003"] },
    ]);
    for (const r of rows) {
      expect(r[3].length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
      expect(loneSurrogate.test(r[3])).toBe(false);
    }
    const [back] = rowsToKept(rows);
    expect(back.text).toBe(text);
    expect(back.sheets).toEqual(["HEMA Q2-2003"]);
  });

  it("stores an empty text as one empty chunk", () => {
    expect(chunks("")).toEqual([""]);
  });
});
