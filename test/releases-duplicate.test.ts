// The pane's insert (taskpane/releases.ts) of a text the workbook already holds: nothing is written again, the
// result names the release holding it (the pane offers its Refresh), and the kept texts and store stay one copy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getStore, resetLiveStore } from "../src/live-store";
import { MemoryHost } from "../taskpane/memory-host";
import { Releases } from "../taskpane/releases";

const ACME = readFileSync(
  join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);

afterEach(() => resetLiveStore());

test("inserting the same release twice keeps one copy and says which release holds it", async () => {
  resetLiveStore();
  const host = new MemoryHost();
  const releases = new Releases(host);
  const first = await releases.insert(ACME, "acme.txt");
  expect(first.duplicate).toBeUndefined();
  const writes = JSON.stringify(await host.readSavedTexts());
  const again = await releases.insert(
    ACME.replace(/\n/g, "\r\n"),
    "pasted text",
  );
  expect(again).toEqual({
    id: first.id,
    changed: [],
    warnings: [],
    fails: [],
    duplicate: true,
  });
  expect(getStore().releases).toHaveLength(1);
  expect(releases.kept).toHaveLength(1);
  expect(JSON.stringify(await host.readSavedTexts())).toBe(writes);
  // The Refresh the pane offers works on the release named.
  const r = await releases.refresh(again.id);
  expect(r.id).toBe(first.id);
  expect(getStore().releases).toHaveLength(1);
});

test("a different text of the same company is inserted as a release of its own", async () => {
  resetLiveStore();
  const releases = new Releases(new MemoryHost());
  await releases.insert(ACME, "acme.txt");
  const other = await releases.insert(
    ACME.replace("$ 48,215", "$ 48,300"),
    "restated.txt",
  );
  expect(other.duplicate).toBeUndefined();
  expect(getStore().releases).toHaveLength(2);
  expect(releases.kept).toHaveLength(2);
});
