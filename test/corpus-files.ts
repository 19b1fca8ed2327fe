// Access to ../shared/corpus for tests: a missing corpus fails under CI and skips (with a reason) elsewhere.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const CORPUS = resolve(__dirname, "..", "..", "shared", "corpus");

export function corpusAvailable(): boolean {
  const ok = existsSync(join(CORPUS, "raw"));
  if (!ok && process.env.CI === "true")
    throw new Error(
      `../shared/corpus is missing at ${CORPUS}: CI needs it beside the project`,
    );
  return ok;
}

export function corpusText(name: string): string {
  return readFileSync(join(CORPUS, "raw", name), "utf8");
}
