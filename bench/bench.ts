// npm run bench: parse throughput over the shared corpus (MB/s, median ms per release), the 1.8 MB Oracle page of
// ../shared/corpus-web (median ms, bar 250 ms), lookups on a store of 100 releases, the production bundles against
// their budgets and the pane's first render (bench/pane.ts), and the linear-time table (bench/linear.ts).
// Figures are printed, never asserted.
import { execSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { figure } from "../src/answers";
import { parseRelease } from "../src/parse";
import { emptyStore, Store } from "../src/store";
import { linearTable } from "./linear";
import { paneFirstRender, paneWeight } from "./pane";
import { addText } from "../src/text-store";

const ROOT = resolve(__dirname, "..");
const CORPUS = resolve(ROOT, "..", "shared", "corpus", "raw");
const WEB = resolve(ROOT, "..", "shared", "corpus-web", "raw");
/** The largest saved page we hold (every cell its own <p>): what parsing a modern release in the pane costs. */
const BIG_PAGE = "102_";
const BIG_PAGE_BAR_MS = 250;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function inputs(): { name: string; text: string }[] {
  const own = [
    {
      name: "examples/acme-q3-2024.txt",
      text: readFileSync(join(ROOT, "examples", "acme-q3-2024.txt"), "utf8"),
    },
  ];
  if (!existsSync(CORPUS)) {
    console.log(`(no ../shared/corpus: measuring the example release only)`);
    return own;
  }
  return [
    ...own,
    ...readdirSync(CORPUS)
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), "utf8") })),
  ];
}

function parseThroughput(docs: { name: string; text: string }[]): void {
  const t0 = process.hrtime.bigint();
  for (const d of docs) parseRelease(d.text, d.name);
  const cold = Number(process.hrtime.bigint() - t0) / 1e6;
  for (let i = 0; i < 20; i++)
    for (const d of docs) parseRelease(d.text, d.name); // JIT warm-up
  const rounds = 100;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const per: Record<string, number[]> = {};
  const roundMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const r0 = process.hrtime.bigint();
    for (const d of docs) {
      const t = process.hrtime.bigint();
      parseRelease(d.text, d.name);
      (per[d.name] ??= []).push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    roundMs.push(Number(process.hrtime.bigint() - r0) / 1e6);
  }
  const total = roundMs.reduce((a, b) => a + b, 0);
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `parse: ${docs.length} releases (${(bytes / 1024).toFixed(0)} KB) × ${rounds} rounds after a warm-up; cold first pass ${cold.toFixed(1)} ms`,
  );
  console.log(
    `parse throughput: ${mbps(median(roundMs))} MB/s (median round; mean ${mbps(total / rounds)}, best ${mbps(Math.min(...roundMs))}); median ${median(Object.values(per).flat()).toFixed(3)} ms per release`,
  );
  for (const d of docs)
    console.log(
      `  ${d.name.padEnd(48)} ${(Buffer.byteLength(d.text) / 1024).toFixed(1).padStart(6)} KB  median ${median(per[d.name]).toFixed(3)} ms`,
    );
}

/** Parses the 1.8 MB saved page several times (after two warm-up passes) and prints the median. */
function bigPage(): void {
  const name = existsSync(WEB)
    ? readdirSync(WEB).find((f) => f.startsWith(BIG_PAGE) && f.endsWith(".htm"))
    : undefined;
  if (!name) {
    console.log(
      `(no ../shared/corpus-web page ${BIG_PAGE}*.htm: not measured)`,
    );
    return;
  }
  const text = readFileSync(join(WEB, name), "utf8");
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 13; i++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    parseRelease(text, name);
    const used = process.cpuUsage(c);
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  // The processor time beside the wall time: on a machine shared with other work the wall time counts the waits.
  const runs = ms.slice(2);
  console.log(
    `saved page ${name} (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB): median ${median(runs).toFixed(0)} ms over ${runs.length} runs (best ${Math.min(...runs).toFixed(0)}, cold first ${ms[0].toFixed(0)}; processor time median ${median(cpu.slice(2)).toFixed(0)} ms; bar ${BIG_PAGE_BAR_MS} ms)`,
  );
}

function lookups(docs: { name: string; text: string }[]): void {
  // 100 releases: the inputs repeated, each copy a different company so the store must pick by company.
  let store: Store = emptyStore();
  const tickers: string[] = [];
  // A copy the ticker rewrite leaves unchanged (a release that prints none) is refused as a duplicate: the loop
  // ends all the same, with fewer releases if it must.
  for (let i = 0; store.releases.length < 100 && i < 100 * docs.length; i++) {
    const d = docs[i % docs.length];
    const t = `T${String(i).padStart(3, "0")}`;
    const added = addText(
      store,
      d.text.replace(
        /\((?:NYSE|Nasdaq|NASDAQ|OTC Bulletin Board)\s*:\s*[A-Z.]+\)/g,
        `(NYSE: ${t})`,
      ),
      `${d.name}#${i}`,
    );
    if (added.duplicateOf) continue;
    store = added.store;
    tickers.push(
      store.releases[store.releases.length - 1].release.ticker ?? "",
    );
  }
  const asks = store.releases.flatMap((x) =>
    x.release.facts
      .filter((f) => f.concept && f.period)
      .map((f) => ({
        co: x.release.ticker ?? x.release.company ?? "",
        c: f.concept!,
        p: f.period!,
      })),
  );
  const named = asks.filter((a) => a.co);
  const item: Record<string, string> = {
    net_income: "NETINCOME",
    revenue: "REVENUE",
    total_assets: "TOTALASSETS",
    equity: "EQUITY",
  };
  const pool = named.filter((a) => item[a.c]);
  const n = 10_000;
  const t1 = process.hrtime.bigint();
  figure(store, "REVENUE", pool[0].p, pool[0].co); // builds the store's lookup index once
  console.log(
    `store of ${store.releases.length} releases: index built in ${(Number(process.hrtime.bigint() - t1) / 1e6).toFixed(1)} ms`,
  );
  // Three passes over the same questions: the first also fills the store's answer memo (as a workbook's first
  // calculation does); the later ones are what every recalculation after it costs.
  const passes: string[] = [];
  let ok = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.hrtime.bigint();
    ok = 0;
    for (let i = 0; i < n; i++) {
      const a = pool[i % pool.length];
      if (figure(store, item[a.c], a.p, a.co).ok) ok++;
    }
    passes.push((Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1));
  }
  console.log(
    `lookups: ${n} on a store of ${store.releases.length} releases (${pool.length} distinct questions): ${passes.join(" ms, ")} ms in three passes (${ok} answered)`,
  );
}

/**
 * Builds the production bundles into a temporary folder: each bundle's size against its budget (bench/pane.ts),
 * then the pane's first usable render in Chromium.
 */
async function bundleSize(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "hema-bench-"));
  try {
    execSync("npx webpack --mode production", {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, HEMA_DIST: dir },
    });
    paneWeight(dir);
    await paneFirstRender(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const docs = inputs();
parseThroughput(docs);
bigPage();
lookups(docs);
bundleSize().then(() => linearTable());
