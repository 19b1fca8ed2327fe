// The task pane in a real browser (Debian's Chromium through playwright-core), standalone preview mode, at the
// 350 × 900 px Excel gives a pane: paste the HemaCare release, parse, check the preview (labels and figures side
// by side, the checks counted), insert, ask =HEMA.NETLOSS and a spill, edit a figure, refresh, see the answer
// change, remove and undo, refresh all; no sideways page scroll and no serious axe violation at any step; a
// release in millions shows its scale line and a refresh that breaks a check warns naming it; the flow from the
// keyboard with focus on each result; a 2 MB paste with no main-thread task over 100 ms. Screenshots under
// test-output/. Fails (never skips) without /usr/bin/chromium. HEMA_PANE_DIST=folder reuses a production build.
import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import * as answers from "../../src/answers";
import { formatNumber } from "../../src/numbers";
import { emptyStore } from "../../src/store";
import { planRelease } from "../../src/sheet-plan";
import { checksSummary, scaleLine } from "../../taskpane/summary";
import { OFFICE_CDN, ROOT, loadPane, servePane, Served } from "./harness";
import { addText } from "../../src/text-store";

jest.setTimeout(120_000);

const SAMPLE = path.resolve(
  ROOT,
  "..",
  "shared",
  "corpus",
  "raw",
  "000_hemacare-q2-2003.txt",
);
const OUT = path.join(ROOT, "test-output");
const FORMULA = '=HEMA.NETLOSS("Q2-2003")';
const MILLIONS = path.join(
  ROOT,
  "test",
  "fixtures",
  "pane",
  "tamarack-q3-2024-millions.txt",
);
const CORPUS_RAW = path.dirname(SAMPLE);
/** The width Excel gives an add-in pane, and a screen's height. */
const PANE = { width: 350, height: 900 };

/** The 2 MB paste, served at /__big.txt so the page fetches it (a 2 MB argument to evaluate is itself a long task). */
let bigText = "";
let served: Served;
let base = "";
let browser: Browser;

/** What the page must show, computed by the same code from the text (nothing hard-coded). */
function expected(text: string) {
  const { store, id } = addText(emptyStore(), text, "000_hemacare-q2-2003.txt");
  const entry = store.releases.find((x) => x.id === id)!;
  const r = answers.figure(store, "NETLOSS", "Q2-2003");
  if (!r.ok) throw new Error(r.message);
  return { entry, netLoss: r.value, sheet: planRelease(entry).sheets[0].name };
}

beforeAll(async () => {
  if (!fs.existsSync(SAMPLE))
    throw new Error(`the sample release is missing: ${SAMPLE}`);
  fs.mkdirSync(OUT, { recursive: true });
  served = await servePane((req, res) => {
    if (req.url !== "/__big.txt") return false;
    res.writeHead(200, { "Content-Type": "text/plain" }).end(bigText);
    return true;
  });
  ({ base, browser } = served);
});

afterAll(async () => {
  await served?.close();
});

/** Every request a page made and every Content Security Policy violation it reported, from its first load on. */
const traffic = new WeakMap<Page, { requests: string[]; blocked: string[] }>();

async function openPane(): Promise<Page> {
  const context = await browser.newContext({ viewport: PANE });
  const page = await context.newPage();
  // Every main-thread task over 50 ms, from the first load on (the 2 MB test reads those after the paste).
  await page.addInitScript(() => {
    const w = window as unknown as {
      longTasks: { start: number; duration: number }[];
    };
    w.longTasks = [];
    try {
      new PerformanceObserver((l) => {
        for (const e of l.getEntries())
          w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // no longtask timing in this browser: the 2 MB test then fails for want of the observer
    }
  });
  const seen = { requests: [] as string[], blocked: [] as string[] };
  traffic.set(page, seen);
  context.on("request", (r) => void seen.requests.push(r.url()));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.blocked.push(m.text());
  });
  return loadPane(page, base);
}

/** Milliseconds from the start of navigation to the pane's first usable drawing (the App's mark). */
const firstRender = (page: Page) =>
  page.evaluate(
    () => performance.getEntriesByName("hema-pane-usable")[0]?.startTime ?? NaN,
  );

/** The page must not scroll sideways: only a table's own figures may. */
/** Pastes a text and asks for its parse. */
async function paste(page: Page, text: string): Promise<void> {
  await page.getByTestId("release-text").fill(text);
  await page.getByRole("button", { name: "Parse" }).click();
}

/** Pastes a text and waits for its company in the preview. */
async function parse(page: Page, text: string, company: string): Promise<void> {
  await paste(page, text);
  await page.getByTestId("company").getByText(company).waitFor();
}

async function noSideScroll(page: Page, step: string): Promise<void> {
  const over = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
  expect(
    `${step}: page ${over > 0 ? `scrolls ${over} px sideways` : "fits"}`,
  ).toBe(`${step}: page fits`);
}

/** The axe scan in the page's present state: no serious or critical violation. */
async function axe(page: Page, step: string): Promise<void> {
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
        `${step}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.html.slice(0, 120)).join(" ; ")}`,
    ),
  ).toEqual([]);
}

/** Where focus is: the id of the focused element or of the nearest ancestor with a test id or id. */
const focusedIn = (page: Page, selector: string) =>
  page.evaluate((sel) => !!document.activeElement?.closest(sel), selector);

/** The action's message says `said`, and focus has moved to it. */
async function messageWithFocus(page: Page, said: RegExp): Promise<void> {
  await page.getByTestId("message").getByText(said).waitFor();
  expect(await focusedIn(page, "[data-testid=message]")).toBe(true);
}

/** An element lies wholly inside the pane's width (visible without scrolling sideways). */
async function withinPane(what: ReturnType<Page["locator"]>): Promise<boolean> {
  // Scrolled to vertically only: a table's own sideways scroll stays where the pane left it.
  await what.evaluate((el) =>
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200),
  );
  const r = await what.evaluate((el) => {
    const b = el.getBoundingClientRect();
    return {
      x: b.x,
      right: b.right,
      scrolled: el.closest(".scroll-x")?.scrollLeft ?? 0,
    };
  });
  return r.scrolled === 0 && r.x >= 0 && r.right <= PANE.width;
}

test("paste, parse, insert, ask, edit, refresh, remove, undo — at 350 px, in the standalone preview", async () => {
  const text = fs.readFileSync(SAMPLE, "utf8");
  const want = expected(text);
  const page = await openPane();
  const workerScripts: string[] = [];
  page.on("worker", (w) => workerScripts.push(w.url()));
  const fetched = traffic.get(page)!.requests;
  console.log(
    `first usable render of the pane: ${(await firstRender(page)).toFixed(0)} ms after navigation`,
  );
  await noSideScroll(page, "opened");
  await axe(page, "opened");

  await parse(page, text, want.entry.release.company!);
  expect(await page.getByTestId("ticker").textContent()).toBe(
    want.entry.release.ticker,
  );
  // Focus lands on the result: the preview's heading.
  expect(await focusedIn(page, "#preview-title")).toBe(true);
  // The parse ran in the parse worker, off the pane's thread.
  expect(workerScripts.some((u) => u.endsWith("/parse-worker.js"))).toBe(true);
  // …and the pane did not fetch a parser of its own (parser.js is for hosts without workers).
  expect(fetched.filter((u) => u.endsWith("/parser.js"))).toEqual([]);
  expect(await page.getByTestId("scale-line").textContent()).toBe(
    scaleLine(want.entry.release.facts) || "—",
  );
  // The checks: counted, FAILs first.
  const summary = checksSummary(want.entry.release.checks);
  expect(await page.getByTestId("checks-summary").textContent()).toBe(
    summary.text,
  );
  const listed = page.getByTestId("checks").locator(":scope > li");
  expect(await listed.count()).toBe(
    Math.min(summary.sorted.length, Math.max(25, summary.counts.fail)),
  );
  if (summary.counts.fail)
    expect(await listed.first().textContent()).toMatch(/^FAIL/);
  // "Net loss" and its figure side by side, both inside the pane's width without scrolling sideways.
  const netLossRow = page
    .locator("tr", { has: page.locator("th", { hasText: /^Net loss$/ }) })
    .first();
  expect(await withinPane(netLossRow.locator("th").first())).toBe(true);
  expect(
    await withinPane(
      netLossRow.locator("td", { hasText: "(272,000)" }).first(),
    ),
  ).toBe(true);
  await page.screenshot({ path: path.join(OUT, "pane-1-preview.png") });
  await noSideScroll(page, "preview");
  // A check opens on its source lines.
  await listed.first().locator("summary").click();
  await listed.first().locator("pre.source").waitFor();
  await page.locator("#checks-title").evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: path.join(OUT, "pane-2-checks.png") });
  await noSideScroll(page, "a check opened");
  await axe(page, "preview");

  await page.getByRole("button", { name: "Insert into workbook" }).click();
  await page.getByRole("tab", { name: want.sheet, exact: true }).waitFor();
  await page.getByRole("tab", { name: "HEMA_Facts", exact: true }).waitFor();
  await messageWithFocus(page, /^Inserted /);
  await noSideScroll(page, "inserted");
  await page.getByTestId("formula").fill(FORMULA);
  await page.getByTestId("formula").press("Enter");
  await expect(page.getByTestId("formula-result")).toHaveTextSoon(
    String(want.netLoss),
  );
  await page
    .getByText("Standalone preview", { exact: true })
    .evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: path.join(OUT, "pane-3-inserted.png") });
  await axe(page, "inserted");
  // A spill is a grid.
  await page.getByTestId("formula").fill("=HEMA.PERIODS()");
  await page.getByTestId("formula").press("Enter");
  await page
    .getByTestId("formula-result")
    .locator("table tr")
    .first()
    .waitFor();
  const spilled = answers.periods(addText(emptyStore(), text, "x").store, null);
  if (!spilled.ok) throw new Error(spilled.message);
  expect(
    await page.getByTestId("formula-result").locator("table tr").count(),
  ).toBe(spilled.value.length);
  await noSideScroll(page, "spill");

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
  await page.getByTestId("formula").fill(FORMULA);
  await page.getByTestId("formula").press("Enter");
  await page.getByRole("button", { name: /^Edit text of/ }).click();
  await page.getByTestId("edit-text").fill(edited);
  await noSideScroll(page, "editing");
  await page.getByRole("button", { name: "Save and refresh" }).click();
  await expect(page.getByTestId("formula-result")).toHaveTextSoon(
    String(after.netLoss),
  );
  expect(await page.getByTestId("message").textContent()).toMatch(
    /1 figure changed/,
  );
  expect(await focusedIn(page, "[data-testid=message]")).toBe(true);
  // The preview follows the stored text.
  await page
    .locator("td", { hasText: `(${bumped})` })
    .first()
    .waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-4-refreshed.png") });

  // Remove says what it did and can be undone.
  await page.getByRole("button", { name: /^Remove / }).click();
  await page
    .getByTestId("message")
    .getByText(/^Removed /)
    .waitFor();
  expect(
    await page.getByRole("tab", { name: want.sheet, exact: true }).count(),
  ).toBe(0);
  expect(await focusedIn(page, "[data-testid=message]")).toBe(true);
  await axe(page, "removed");
  await page
    .getByTestId("message")
    .getByRole("button", { name: "Undo" })
    .click();
  await page
    .getByTestId("message")
    .getByText(/^Put back /)
    .waitFor();
  await page.getByRole("tab", { name: want.sheet, exact: true }).waitFor();
  await expect(page.getByTestId("formula-result")).toHaveTextSoon(
    String(after.netLoss),
  );
  await page.getByRole("button", { name: "Refresh all" }).click();
  await page.getByTestId("message").getByText("Refreshed 1 release").waitFor();
  expect(await page.getByTestId("message").textContent()).toMatch(
    /No figure changed/,
  );
  await noSideScroll(page, "refreshed all");
  await axe(page, "refreshed all");

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

test("where no worker can run, the pane fetches its parser chunk (same origin, under the CSP) and parses the same", async () => {
  const text = fs.readFileSync(SAMPLE, "utf8");
  const want = expected(text);
  const page = await openPane();
  const fetched = traffic.get(page)!.requests;
  // A host without workers: the pane asks for one only at its first parse.
  await page.evaluate(() => {
    (window as unknown as { Worker: unknown }).Worker = undefined;
  });
  await parse(page, text, want.entry.release.company!);
  expect(fetched.filter((u) => u.endsWith("/parser.js"))).toHaveLength(1);
  expect(fetched.some((u) => u.endsWith("/parse-worker.js"))).toBe(false);
  expect(await page.getByTestId("checks-summary").textContent()).toBe(
    checksSummary(want.entry.release.checks).text,
  );
  expect(traffic.get(page)!.blocked).toEqual([]);
  await page.context().close();
});

test("a release in millions shows its scale; a refresh that breaks a check is a warning naming it", async () => {
  const text = fs.readFileSync(MILLIONS, "utf8");
  const page = await openPane();
  await paste(page, text);
  await expect(page.getByTestId("scale-line")).toHaveTextSoon(
    "USD millions, except per share",
  );
  expect(await page.getByTestId("checks-summary").textContent()).toBe(
    checksSummary(
      addText(emptyStore(), text, "t").store.releases[0].release.checks,
    ).text,
  );
  await page.getByRole("button", { name: "Insert into workbook" }).click();
  await page
    .getByTestId("message")
    .getByText(/^Inserted /)
    .waitFor();
  // Inventories 540.2 → 545.2: total current assets no longer foots.
  const broken = text.replace("540.2", "545.2");
  const fails = checksSummary(
    addText(emptyStore(), broken, "t").store.releases[0].release.checks,
  ).sorted.filter((c) => c.status === "fail");
  expect(fails.length).toBeGreaterThan(0);
  await page.getByRole("button", { name: /^Edit text of/ }).click();
  await page.getByTestId("edit-text").fill(broken);
  await page.getByRole("button", { name: "Save and refresh" }).click();
  const message = page.getByTestId("message");
  await message
    .getByText(/now fails?/)
    .first()
    .waitFor();
  expect(await message.getAttribute("data-intent")).toBe("warning");
  expect(await message.textContent()).toContain(
    `${fails[0].id} ${fails[0].period}`,
  );
  expect(await message.textContent()).not.toMatch(/^Refreshed$/);
  // and the preview now counts the failing check first
  expect(await page.getByTestId("checks-summary").textContent()).toMatch(
    new RegExp(`${fails.length} fail`),
  );
  await noSideScroll(page, "refresh with a failing check");
  await axe(page, "refresh with a failing check");
  await page.context().close();
});

test("the main flow works from the keyboard only, focus landing on each result", async () => {
  const text = fs.readFileSync(SAMPLE, "utf8");
  const want = expected(text);
  const page = await openPane();
  const tabTo = async (name: string, back = false) => {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
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
  expect(await focusedIn(page, "#preview-title")).toBe(true);
  // from the preview (below the buttons) back up to Insert
  await tabTo("Insert into workbook", true);
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name: want.sheet, exact: true }).waitFor();
  await messageWithFocus(page, /^Inserted /);
  await tabTo("formula");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(FORMULA);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("formula-result")).toHaveTextSoon(
    String(want.netLoss),
  );
  await tabTo(`Remove ${want.entry.id}`);
  await page.keyboard.press("Enter");
  await messageWithFocus(page, /^Removed /);
  await tabTo("Undo");
  await page.keyboard.press("Enter");
  await messageWithFocus(page, /^Put back /);
  await noSideScroll(page, "keyboard flow");
  await page.screenshot({
    path: path.join(OUT, "pane-5-keyboard.png"),
    fullPage: true,
  });
  await page.context().close();
});

/**
 * The longest main-thread task the 2 MB test accepts: issue 11's 100 ms. (HEMA_LONG_TASK_MS changes it for a machine
 * too slow or too busy for the measure to mean anything; the longest task is printed either way.)
 */
const LONG_TASK_MS = Number(process.env.HEMA_LONG_TASK_MS ?? 100);

test("a 2 MB paste: parsed, previewed and inserted with no long freeze of the main thread", async () => {
  const files = fs
    .readdirSync(CORPUS_RAW)
    .sort()
    .map((f) => fs.readFileSync(path.join(CORPUS_RAW, f), "utf8"));
  let big = "";
  for (let i = 0; big.length < 2_000_000; i++)
    big += files[i % files.length] + "\n\n";
  bigText = big;
  const page = await openPane();
  // The text is fetched into the page before the clock starts: reading 2 MB off the network is the test's own work.
  await page.evaluate(async () => {
    (window as unknown as { big: string }).big = await (
      await fetch("/__big.txt")
    ).text();
  });
  const since = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  // The paste: a paste event carrying the text, as the clipboard gives it.
  await page.getByTestId("release-text").evaluate(async (el) => {
    const s = (window as unknown as { big: string }).big;
    const data = new DataTransfer();
    data.setData("text/plain", s);
    el.dispatchEvent(
      new ClipboardEvent("paste", {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
      }),
    );
  });
  expect(
    await page.getByTestId("release-text").getAttribute("placeholder"),
  ).toMatch(/MB kept/);
  await page.getByRole("button", { name: "Parse" }).click();
  await page.getByTestId("company").waitFor({ timeout: 120_000 });
  const at: Record<string, number> = {};
  const now = () => page.evaluate(() => performance.now());
  at.previewed = (await now()) - since;
  // several copies of the same releases: the pane says so
  await page.getByTestId("copies-warning").waitFor();
  // draw the tables as a reader scrolls through them
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 2500);
    await page.waitForTimeout(50);
  }
  await noSideScroll(page, "2 MB preview");
  at.scrolled = (await now()) - since;
  await page.getByRole("button", { name: "Insert into workbook" }).click();
  await page
    .getByTestId("message")
    .getByText(/^Inserted /)
    .waitFor({ timeout: 120_000 });
  at.inserted = (await now()) - since;
  await page.waitForTimeout(300);
  await noSideScroll(page, "2 MB inserted");
  const tasks = await page.evaluate(
    (t) =>
      (
        window as unknown as {
          longTasks: { start: number; duration: number }[];
        }
      ).longTasks.filter((x) => x.start >= t),
    since,
  );
  const longest = tasks.reduce((m, x) => Math.max(m, x.duration), 0);
  console.log(
    `2 MB paste (${(big.length / 1e6).toFixed(1)} MB): paste → parse → preview → insert in ${Date.now() - t0} ms; ${tasks.length} main-thread task(s) over 50 ms, the longest ${longest.toFixed(0)} ms (phases end at ${Object.entries(
      at,
    )
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(", ")} ms)`,
  );
  const over100 = tasks.filter((x) => x.duration > 100);
  console.log(
    `tasks over 50 ms: ${tasks.map((x) => `${x.duration.toFixed(0)} ms at ${(x.start - since).toFixed(0)} ms`).join(", ") || "none"}; over 100 ms: ${over100.length || "none"}`,
  );
  expect(
    tasks
      .filter((x) => x.duration > LONG_TASK_MS)
      .map(
        (x) =>
          `${x.duration.toFixed(0)} ms at ${(x.start - since).toFixed(0)} ms`,
      ),
  ).toEqual([]);
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
