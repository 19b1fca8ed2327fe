// The task pane's weight and speed for npm run bench: the production bundles against their budgets (minified and
// gzipped), and the time from opening the pane to its first usable drawing in Chromium at 350 × 900 px (the
// App's "hema-pane-usable" mark), over a few loads. Printed; test/browser/pane.test.ts measures it too.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The budgets, minified bytes (issue 11; the functions bundle's own limit is older). taskpane.js is what the pane
 * runs before its first drawing: React, the Fluent UI components it uses, the store and the sheet writer — not the
 * parser, which runs in parse-worker.js, fetched in the background when the first text is parsed. The worker holds
 * the whole parser and htmlparser2's table of HTML's 2,231 named references (37 KB of its 218): 240 KB (it was
 * 200 KB before the HTML reader). parser.js is the same parser as a chunk of the pane, fetched only where no worker
 * can run.
 */
export const BUDGETS: Record<string, number> = {
  "taskpane.js": 600 * 1024,
  "parse-worker.js": 240 * 1024,
  "parser.js": 240 * 1024,
  "functions.js": 150 * 1024,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Each bundle's size, gzipped size and budget; returns whether all are within. */
export function paneWeight(dist: string): boolean {
  let ok = true;
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const p = join(dist, file);
    if (!existsSync(p)) continue;
    const size = statSync(p).size;
    const within = size <= budget;
    ok &&= within;
    console.log(
      `${file.padEnd(16)} (production, minified): ${kb(size).padStart(9)}, gzipped ${kb(gzipSync(readFileSync(p)).length).padStart(8)}; budget ${kb(budget)} ${within ? "— within" : "— OVER BUDGET"}`,
    );
  }
  return ok;
}

/** Opens the built pane in Debian's Chromium a few times and prints the time to its first usable drawing. */
export async function paneFirstRender(dist: string, loads = 5): Promise<void> {
  const CHROMIUM = "/usr/bin/chromium";
  if (!existsSync(CHROMIUM)) {
    console.log("pane first render: not measured (no /usr/bin/chromium)");
    return;
  }
  const { chromium } = await import("playwright-core");
  const server = createServer((req, res) => {
    const file = join(dist, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (
      !file.startsWith(dist) ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        "Content-Type": file.endsWith(".html")
          ? "text/html"
          : "application/javascript",
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const page = await browser.newPage({
        viewport: { width: 350, height: 900 },
      });
      // Office.js stands in empty: the measure is the pane's own script, not the CDN.
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
        route.fulfill({ body: "", contentType: "application/javascript" }),
      );
      await page.goto(`${base}/taskpane.html`);
      await page.waitForFunction(
        () => performance.getEntriesByName("hema-pane-usable").length > 0,
        undefined,
        { timeout: 30_000 },
      );
      times.push(
        await page.evaluate(
          () => performance.getEntriesByName("hema-pane-usable")[0].startTime,
        ),
      );
      await page.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `pane first usable render (Chromium, 350 × 900, ${loads} loads): median ${sorted[Math.floor(loads / 2)].toFixed(0)} ms, best ${sorted[0].toFixed(0)} ms, worst ${sorted[loads - 1].toFixed(0)} ms after navigation`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
