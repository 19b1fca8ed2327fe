// The recalculation mechanism: a store change requests one full recalculation (debounced), and the functions
// wait for a load in progress instead of answering #N/A early.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { figure } from "../src/answers";
import {
  beginLoad,
  getStore,
  resetLiveStore,
  setStore,
  whenReady,
} from "../src/live-store";
import { emptyStore, removeRelease } from "../src/store";
import { installRecalc } from "../functions/recalc";
import { addText } from "../src/text-store";

const EXAMPLE = readFileSync(
  join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);

beforeEach(() => resetLiveStore());

it("requests one full recalculation after a burst of store changes", async () => {
  const calls: number[] = [];
  const uninstall = installRecalc(async () => void calls.push(Date.now()), 5);
  const { store, id } = addText(emptyStore(), EXAMPLE, "a");
  setStore(store);
  setStore(removeRelease(store, id));
  setStore(store);
  await new Promise((r) => setTimeout(r, 30));
  expect(calls).toHaveLength(1);
  setStore(removeRelease(store, id));
  await new Promise((r) => setTimeout(r, 30));
  expect(calls).toHaveLength(2);
  uninstall();
});

it("does not recalculate when nothing changed", async () => {
  let n = 0;
  const uninstall = installRecalc(async () => void n++, 5);
  setStore(getStore());
  await new Promise((r) => setTimeout(r, 20));
  expect(n).toBe(0);
  uninstall();
});

it("functions wait while the store loads from the workbook", async () => {
  let finish: (v: ReturnType<typeof emptyStore>) => void = () => undefined;
  beginLoad(new Promise((r) => (finish = r)));
  const answer = whenReady().then((s) => figure(s, "REVENUE", "Q3-2024"));
  finish(addText(emptyStore(), EXAMPLE, "a").store);
  expect(await answer).toEqual({ ok: true, value: 48215000 });
});

it("an announced load (functions bundle first) makes functions wait for the pane's load", async () => {
  const { expectLoad } = await import("../src/live-store");
  expectLoad(10_000);
  let answered = false;
  const answer = whenReady().then((s) => {
    answered = true;
    return figure(s, "REVENUE", "Q3-2024");
  });
  await new Promise((r) => setTimeout(r, 10));
  expect(answered).toBe(false);
  beginLoad(Promise.resolve(addText(emptyStore(), EXAMPLE, "a").store));
  expect(await answer).toEqual({ ok: true, value: 48215000 });
});

it("an announced load that never comes stops waiting after its timeout", async () => {
  const { expectLoad } = await import("../src/live-store");
  expectLoad(20);
  const s = await whenReady();
  expect(s.releases).toHaveLength(0);
  expect(figure(s, "REVENUE", "Q3-2024")).toMatchObject({
    ok: false,
    code: "notAvailable",
  });
});
