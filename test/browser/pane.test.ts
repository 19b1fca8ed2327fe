// The task pane in a real browser (Debian's Chromium through playwright-core), standalone preview mode: paste the
// HemaCare release, parse, check the preview and checks, insert, ask =HEMA.NETLOSS, edit a figure, refresh, see
// the answer change; screenshots under test-output/; an axe scan; the same flow from the keyboard only.
// Fails (never skips) without /usr/bin/chromium.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { AddressInfo } from "net";
import { chromium, Browser, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import * as answers from "../../src/answers";
import { formatNumber } from "../../src/numbers";
import { addRelease, emptyStore } from "../../src/store";
import { planRelease } from "../../src/sheet-plan";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";
const SAMPLE = path.resolve(
  ROOT,
  "..",
  "shared",
  "corpus",
  "raw",
  "000_hemacare-q2-2003.txt",
);
const OUT = path.join(ROOT, "test-output");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_LOCAL = path.join(
  ROOT,
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
);
const FORMULA = '=HEMA.NETLOSS("Q2-2003")';

let dist = "";
let server: http.Server;
let base = "";
let browser: Browser;

/** What the page must show, computed by the same code from the text (nothing hard-coded). */
function expected(text: string) {
  const { store, id } = addRelease(
    emptyStore(),
    text,
    "000_hemacare-q2-2003.txt",
  );
  const entry = store.releases.find((x) => x.id === id)!;
  const r = answers.figure(store, "NETLOSS", "Q2-2003");
  if (!r.ok) throw new Error(r.message);
  return { entry, netLoss: r.value, sheet: planRelease(entry).sheets[0].name };
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error("install Chromium: apt-get install -y chromium");
  if (!fs.existsSync(SAMPLE))
    throw new Error(`the sample release is missing: ${SAMPLE}`);
  fs.mkdirSync(OUT, { recursive: true });
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "hema-dist-"));
  const b = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, HEMA_DIST: dist },
    encoding: "utf8",
  });
  if (b.status !== 0)
    throw new Error(`webpack failed:\n${b.stdout}\n${b.stderr}`);
  server = http.createServer((req, res) => {
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
    const type = file.endsWith(".html")
      ? "text/html"
      : file.endsWith(".js")
        ? "application/javascript"
        : file.endsWith(".json")
          ? "application/json"
          : "application/octet-stream";
    res.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

/** Every request a page made and every Content Security Policy violation it reported, from its first load on. */
const traffic = new WeakMap<Page, { requests: string[]; blocked: string[] }>();

async function openPane(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 1400 },
  });
  const page = await context.newPage();
  const seen = { requests: [] as string[], blocked: [] as string[] };
  traffic.set(page, seen);
  context.on("request", (r) => void seen.requests.push(r.url()));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.blocked.push(m.text());
  });
  // Office.js from the local package instead of the CDN (the production HTML keeps the CDN tag).
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
  await page.goto(`${base}/taskpane.html`);
  await page
    .getByText("Standalone preview", { exact: true })
    .waitFor({ timeout: 20_000 });
  return page;
}

test("paste, parse, insert, ask, edit, refresh — in the standalone preview", async () => {
  const text = fs.readFileSync(SAMPLE, "utf8");
  const want = expected(text);
  const page = await openPane();
  const workerScripts: string[] = [];
  page.on("worker", (w) => workerScripts.push(w.url()));

  await page.getByTestId("release-text").fill(text);
  await page.getByRole("button", { name: "Parse" }).click();
  await page
    .getByTestId("company")
    .getByText(want.entry.release.company!)
    .waitFor();
  expect(await page.getByTestId("ticker").textContent()).toBe(
    want.entry.release.ticker,
  );
  // The parse ran in the parse worker, off the pane's thread.
  expect(workerScripts.some((u) => u.endsWith("/parse-worker.js"))).toBe(true);
  const checks = page.getByTestId("checks").locator("li");
  expect(await checks.count()).toBe(want.entry.release.checks.length);
  const passes = want.entry.release.checks.filter(
    (c) => c.status === "pass",
  ).length;
  expect(
    await page.getByTestId("checks").getByText("PASS", { exact: true }).count(),
  ).toBe(passes);
  await page.screenshot({
    path: path.join(OUT, "pane-1-preview.png"),
    fullPage: true,
  });

  await page.getByRole("button", { name: "Insert into workbook" }).click();
  await page.getByRole("tab", { name: want.sheet, exact: true }).waitFor();
  await page.getByRole("tab", { name: "HEMA_Facts", exact: true }).waitFor();
  await page.getByTestId("formula").fill(FORMULA);
  await page.getByTestId("formula").press("Enter");
  await expect(page.getByTestId("formula-result")).toHaveTextSoon(
    String(want.netLoss),
  );
  await page.screenshot({
    path: path.join(OUT, "pane-2-inserted.png"),
    fullPage: true,
  });

  // Edit the figure in the stored text: one thousand more loss on the Net loss line.
  const fact = want.entry.release.facts.find(
    (f) => f.concept === "net_income" && f.period === "Q2-2003",
  )!;
  const lines = text.split("\n");
  const printed = formatNumber(fact.value).replace(/^\(|\)$/g, "");
  const bumped = formatNumber(String(Math.abs(Number(fact.value)) + 1000));
  lines[fact.line - 1] = lines[fact.line - 1].replace(printed, bumped);
  const edited = lines.join("\n");
  const after = expected(edited);
  expect(after.netLoss).not.toBe(want.netLoss);
  await page.getByRole("button", { name: /^Edit text of/ }).click();
  await page.getByTestId("edit-text").fill(edited);
  await page.getByRole("button", { name: "Save and refresh" }).click();
  await expect(page.getByTestId("formula-result")).toHaveTextSoon(
    String(after.netLoss),
  );
  expect(await page.getByTestId("message").textContent()).toMatch(
    /1 figure\(s\) changed/,
  );
  await page.screenshot({
    path: path.join(OUT, "pane-3-refreshed.png"),
    fullPage: true,
  });

  // Fluent UI's focus manager (tabster) inserts aria-hidden focus sentinels (<i data-tabster-dummy>) that pass
  // focus straight on; axe cannot know that, so they are left out of the scan. Everything else is scanned.
  const scan = await new AxeBuilder({ page })
    .exclude("[data-tabster-dummy]")
    .analyze();
  const bad = scan.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    bad.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html.slice(0, 120)).join(" ; ")}`,
    ),
  ).toEqual([]);

  // Nothing remote but Office.js during the whole flow, and nothing the pane needs refused by its own policy.
  const { requests, blocked } = traffic.get(page)!;
  const origins = [...new Set(requests.map((u) => new URL(u).origin))];
  console.log(
    `requests during the flow: ${requests.length}, from ${origins.join(", ")}`,
  );
  expect(
    requests.filter((u) => !u.startsWith(base) && !u.startsWith(OFFICE_CDN)),
  ).toEqual([]);
  expect(requests.some((u) => u.startsWith(`${OFFICE_CDN}office.js`))).toBe(
    true,
  );
  expect(blocked).toEqual([]);
  await page.context().close();
});

test("the main flow works from the keyboard only", async () => {
  const text = fs.readFileSync(SAMPLE, "utf8");
  const want = expected(text);
  const page = await openPane();
  const tabTo = async (name: string) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const here = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return "";
        const label = el.id
          ? document.querySelector(`label[for="${el.id}"]`)?.textContent
          : "";
        return `${el.getAttribute("aria-label") ?? ""}|${label ?? ""}|${el.textContent ?? ""}|${el.getAttribute("data-testid") ?? ""}`;
      });
      if (here.includes(name)) return;
    }
    throw new Error(`Tab never reached "${name}"`);
  };
  await tabTo("release-text");
  await page.keyboard.insertText(text);
  await tabTo("Parse");
  await page.keyboard.press("Enter");
  await page
    .getByTestId("company")
    .getByText(want.entry.release.company!)
    .waitFor();
  await tabTo("Insert into workbook");
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name: want.sheet, exact: true }).waitFor();
  await tabTo("formula");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(FORMULA);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("formula-result")).toHaveTextSoon(
    String(want.netLoss),
  );
  await page.screenshot({
    path: path.join(OUT, "pane-4-keyboard.png"),
    fullPage: true,
  });
  await page.context().close();
});

// A small polling matcher: the page answers asynchronously.
expect.extend({
  async toHaveTextSoon(
    locator: { textContent: () => Promise<string | null> },
    want: string,
  ) {
    let got: string | null = null;
    for (let i = 0; i < 100; i++) {
      got = await locator.textContent();
      if (got?.trim() === want)
        return { pass: true, message: () => `text is ${want}` };
      await new Promise((r) => setTimeout(r, 100));
    }
    return {
      pass: false,
      message: () => `expected text "${want}", got "${got}"`,
    };
  },
});

declare global {
  namespace jest {
    interface Matchers<R> {
      toHaveTextSoon(want: string): Promise<R>;
    }
  }
}
