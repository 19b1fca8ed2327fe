// `hema export FILE... -o OUT.xlsx`: the releases in one workbook, laid out as the add-in's Insert lays them out
// (src/workbook-plan.ts), written by exceljs (src/xlsx.ts). A release that cannot be read is one line on stderr
// and the others are still written; an existing file is kept unless --force.
import { writeFileSync } from "node:fs";
import * as ExcelJS from "exceljs";
import { emptyStore, StoredRelease } from "../src/store";
import { planWorkbook } from "../src/workbook-plan";
import { workbookBytes } from "../src/xlsx";
import { addText } from "../src/text-store";

export interface ExportOptions {
  output: string;
  force?: boolean;
}

type Read = (file: string) => { text: string } | { error: string };

/**
 * Exit status: 0 every release written; 1 a release could not be read (the others are written) or the file could
 * not be written (it exists and --force was not given, or the folder refuses it).
 */
export async function runExport(
  files: string[],
  opts: ExportOptions,
  read: Read,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  let status = 0;
  let store = emptyStore();
  const entries: StoredRelease[] = [];
  for (const file of files) {
    const input = read(file);
    if ("error" in input) {
      err(`hema: ${file}: ${input.error}`);
      status = 1;
      continue;
    }
    const added = addText(store, input.text, file);
    const entry = added.store.releases.find((x) => x.id === added.id)!;
    const e = entry.release.error;
    if (e) {
      err(`hema: ${file}${e.line ? `:${e.line}` : ""}: ${e.message}`);
      status = 1;
      continue;
    }
    store = added.store;
    entries.push(entry);
  }
  if (!entries.length) {
    err(`hema: no release could be read: ${opts.output} was not written`);
    return 1;
  }
  const plan = planWorkbook(entries);
  let bytes: Uint8Array;
  try {
    bytes = await workbookBytes(ExcelJS, plan);
  } catch (e) {
    err(`hema: could not build ${opts.output}: ${(e as Error).message}`);
    return 1;
  }
  try {
    // "wx" fails when the file exists: no window between a check and the write.
    writeFileSync(opts.output, bytes, { flag: opts.force ? "w" : "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(
      code === "EEXIST"
        ? `hema: ${opts.output} exists: add --force to overwrite it`
        : `hema: could not write ${opts.output}: ${(e as Error).message}`,
    );
    return 1;
  }
  plan.plans.forEach((p, i) => {
    const entry = entries[i];
    const checks = entry.release.checks;
    const failed = checks.filter((c) => c.status === "fail").length;
    out(
      `${entry.source}: sheets "${p.sheets.map((s) => s.name).join('", "')}", ${p.facts.length} figures, ${checks.length} checks${failed ? ` (${failed} FAIL)` : ""}`,
    );
    for (const w of p.warnings)
      err(`hema: ${entry.source}:${w.line}: warning: ${w.message}`);
  });
  out(`wrote ${opts.output}`);
  return status;
}
