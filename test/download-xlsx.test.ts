// The pane's "Download .xlsx": the live store's releases as one workbook file (the same writer as `hema export`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { setStore } from "../src/live-store";
import { emptyStore } from "../src/store";
import { workbookFile } from "../taskpane/download-xlsx";
import { addText } from "../src/text-store";

const text = readFileSync(
  join(__dirname, "fixtures", "corvane-q1-2005-export.txt"),
  "utf8",
);

describe("Download .xlsx", () => {
  it("says there is nothing to download before a release is inserted", async () => {
    setStore(emptyStore());
    await expect(workbookFile(async () => ExcelJS)).rejects.toThrow(
      /No release to download/,
    );
  });

  it("writes the loaded releases, named after the release", async () => {
    const { store } = addText(emptyStore(), text, "corvane.txt");
    setStore(store);
    const file = await workbookFile(async () => ExcelJS);
    expect(file.name).toBe(`${store.releases[0].id}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "CRVN Q1-2005",
      "CRVN Q1-2005 src",
      "HEMA_Facts",
      "HEMA_Store",
    ]);
  });
});
