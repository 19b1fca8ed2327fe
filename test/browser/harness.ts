// What the browser tests share: the production pane built once per file (or taken from HEMA_PANE_DIST), served
// from 127.0.0.1, Debian's Chromium, and Office.js answered from the local package instead of the CDN.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { AddressInfo } from "net";
import { chromium, Browser, Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_LOCAL = path.join(
  ROOT,
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
);

export interface Served {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

const TYPES: [string, string][] = [
  [".html", "text/html"],
  [".js", "application/javascript"],
  [".json", "application/json"],
];

/**
 * Builds the production pane (unless HEMA_PANE_DIST names a build), serves it, and launches Chromium. `extra`
 * answers a request itself where it returns true (a large text for the paste tests).
 */
export async function servePane(
  extra?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean,
): Promise<Served> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error("install Chromium: apt-get install -y chromium");
  const given = process.env.HEMA_PANE_DIST;
  const dist = given
    ? path.resolve(given)
    : fs.mkdtempSync(path.join(os.tmpdir(), "hema-dist-"));
  if (!given) {
    const b = spawnSync("npx", ["webpack", "--mode", "production"], {
      cwd: ROOT,
      env: { ...process.env, HEMA_DIST: dist },
      encoding: "utf8",
    });
    if (b.status !== 0)
      throw new Error(`webpack failed:\n${b.stdout}\n${b.stderr}`);
  }
  const server = http.createServer((req, res) => {
    if (extra?.(req, res)) return;
    const file = path.join(
      dist,
      decodeURIComponent((req.url ?? "/").split("?")[0]),
    );
    if (
      !file.startsWith(dist) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      res.writeHead(404).end();
      return;
    }
    const type =
      TYPES.find(([end]) => file.endsWith(end))?.[1] ??
      "application/octet-stream";
    res.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
      if (!given) fs.rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** Office.js from the local package instead of the CDN (the production HTML keeps the CDN tag); nothing else leaves. */
async function routeOffice(page: Page): Promise<void> {
  await page.route(`${OFFICE_CDN}**`, (route) => {
    const rel = route.request().url().slice(OFFICE_CDN.length).split("?")[0];
    const file = path.join(OFFICE_LOCAL, rel);
    if (file.startsWith(OFFICE_LOCAL) && fs.existsSync(file))
      return route.fulfill({
        body: fs.readFileSync(file),
        contentType: "application/javascript",
      });
    return route.fulfill({
      status: rel === "office.js" ? 200 : 404,
      body: "",
      contentType: "application/javascript",
    });
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}

/** Opens the standalone pane in `page` (Office.js routed as above) and waits until it is drawn. */
export async function loadPane(page: Page, base: string): Promise<Page> {
  await routeOffice(page);
  await page.goto(`${base}/taskpane.html`);
  await page
    .getByText("Standalone preview", { exact: true })
    .waitFor({ timeout: 20_000 });
  return page;
}
