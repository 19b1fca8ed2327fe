// Pasting a release copied from a web page, in a real browser (Debian's Chromium through playwright-core), standalone
// preview mode: a real `paste` event whose clipboardData carries text/html and text/plain parses the page's HTML
// (and keeps it as the release's text); a paste carrying only the text/plain Chromium makes of the page gets the
// same figures. The page is invented (test/fixtures/copied/wexford-q2-2024.htm). Fails (never skips) without
// /usr/bin/chromium.
import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { ROOT, loadPane, servePane, Served } from "./harness";
import { Release } from "../../src/model";
import { formatNumber } from "../../src/numbers";
import { parseRelease } from "../../src/parse";

jest.setTimeout(180_000);

const PAGE = path.join(
  ROOT,
  "test",
  "fixtures",
  "copied",
  "wexford-q2-2024.htm",
);
let served: Served;
let base = "";
let browser: Browser;

beforeAll(async () => {
  served = await servePane();
  ({ base, browser } = served);
});

afterAll(async () => {
  await served?.close();
});

async function openPane(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 1400 },
  });
  const page = await context.newPage();
  return loadPane(page, base);
}

/** The text/plain Chromium makes of the whole page (select all): what a copy puts on the clipboard as text. */
async function copiedText(html: string): Promise<string> {
  const page = await browser.newPage();
  await page.setContent(html);
  const text = await page.evaluate(() => {
    const sel = document.getSelection()!;
    sel.selectAllChildren(document.body);
    return sel.toString();
  });
  await page.close();
  return text;
}

/** Dispatches a real `paste` event on the release box, its clipboardData a DataTransfer holding these types. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.getByTestId("release-text").evaluate((box, d) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(d)) dt.setData(type, value);
    (box as HTMLTextAreaElement).focus();
    (box as HTMLTextAreaElement).select();
    box.dispatchEvent(
      new ClipboardEvent("paste", {
        clipboardData: dt,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, data);
}

/** Every figure the preview's tables show, in order. */
const shownFigures = (page: Page) =>
  page
    .locator("[data-testid=preview-table] table.grid td.num")
    .allTextContents();

/** The figures of a release as the preview prints them, table by table, row by row. */
const printed = (r: Release) =>
  r.tables.flatMap((t) =>
    t.rows.flatMap((row) => row.values.map(formatNumber)),
  );

const factKey = (r: Release) =>
  r.facts
    .map((f) =>
      [f.statement, f.label, f.period, f.value, f.unit, f.scale].join(" | "),
    )
    .sort();

async function parseInPane(page: Page, company: string): Promise<void> {
  await page.getByRole("button", { name: "Parse" }).click();
  await page.getByTestId("company").getByText(company).waitFor();
}

test("a paste with text/html parses the page; a paste of only its text/plain gets the same figures", async () => {
  const html = fs.readFileSync(PAGE, "utf8");
  const saved = parseRelease(html, "wexford-q2-2024.htm");
  expect(saved.error).toBeNull();
  expect(saved.tables.length).toBe(2);
  const plain = await copiedText(html);
  // The copied text really is TAB rows: the reader's work is needed.
  expect(plain).toMatch(/\t/);

  const page = await openPane();
  await paste(page, { "text/html": html, "text/plain": plain });
  const message = page.getByTestId("message");
  await message.getByText(/pasted from a web page/).waitFor();
  expect(await message.textContent()).toContain(
    "pasted from a web page: its HTML is kept as the release's text",
  );
  // The page's HTML is the release's text: what a refresh will read again.
  const kept = await page.getByTestId("release-text").inputValue();
  expect(kept).toBe(html);
  await parseInPane(page, saved.company!);
  // The same tables as parsing the saved page.
  expect(parseRelease(kept, "pasted web page").tables).toEqual(saved.tables);
  expect(
    await page
      .locator("[data-testid=preview-table] .table-title")
      .allTextContents(),
  ).toEqual(saved.tables.map((t) => t.title ?? t.statement));
  expect(await shownFigures(page)).toEqual(printed(saved));

  // Only text/plain: the copied text's figures are the page's.
  await paste(page, { "text/plain": plain });
  await page.waitForFunction(
    (want) =>
      (
        document.querySelector(
          "[data-testid=release-text]",
        ) as HTMLTextAreaElement
      )?.value === want,
    plain,
  );
  await parseInPane(page, saved.company!);
  const fromText = parseRelease(plain, "pasted text");
  expect(fromText.error).toBeNull();
  expect(factKey(fromText)).toEqual(factKey(saved));
  expect(fromText.tables.map((t) => t.columns.map((c) => c.period))).toEqual(
    saved.tables.map((t) => t.columns.map((c) => c.period)),
  );
  await page.waitForFunction(
    (n) => document.querySelectorAll("table.grid td.num").length === n,
    printed(fromText).length,
  );
  expect((await shownFigures(page)).filter((x) => x !== "")).toEqual(
    printed(saved).filter((x) => x !== ""),
  );
});
