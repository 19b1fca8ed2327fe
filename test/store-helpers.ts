// A stored release and what the workbook keeps of it, for the tests of the sheet plan and the workbook hosts.
import { emptyStore, StoredRelease } from "../src/store";
import { KeptRelease } from "../taskpane/host";
import { WritePlan } from "../src/sheet-plan";
import { addText } from "../src/text-store";

/** The release as the store holds it after parsing `text`. */
export function entryOf(text: string, source = "release.txt"): StoredRelease {
  const { store, id } = addText(emptyStore(), text, source);
  return store.releases.find((x) => x.id === id)!;
}

/** What the workbook keeps for one release written by `plan`. */
export const keptOf = (e: StoredRelease, plan: WritePlan): KeptRelease[] => [
  {
    id: e.id,
    source: e.source,
    text: e.text,
    sheets: plan.sheets.map((s) => s.name),
  },
];
