// The real releases the mutation test runs over (both shared corpora, saved pages and their copied-text twins) and
// the misprints they print themselves: each FAIL on an untouched release is one of these or a defect.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Misprint, mutationsOf, falseFails, Outcome } from "./mutation";
import { parseRelease } from "../src/parse";

const SHARED = resolve(__dirname, "..", "..", "shared");
export const CORPORA = ["corpus", "corpus-web"].map((c) =>
  join(SHARED, c, "raw"),
);

/**
 * Kroger's 1993 release prints fully diluted net earnings of $0.03 a share for the year beside a net loss of
 * $12.2 million ($1.50 − $0.19 − $1.28: the per-share parts add up, but a loss cannot be 3 cents a share earned; under
 * a loss fully diluted EPS is primary's ($0.11) loss). A real discrepancy of the release: the check's FAIL stays.
 */
export const MISPRINTS: Misprint[] = [
  {
    file: "011_kroger-1993q4.txt",
    id: "eps.ratio",
    column: "4 QUARTERS | 1993",
    expected: "0.03",
    actual: "-0.0983",
  },
];

export function corpusFiles(): { file: string; path: string }[] {
  return CORPORA.filter((d) => existsSync(d)).flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.(txt|html?)$/i.test(f))
      .sort()
      .map((file) => ({ file, path: join(d, file) })),
  );
}

export interface MutationReport {
  files: number;
  located: number;
  mutations: number;
  detected: number;
  falseFails: string[];
  missed: Outcome[];
}

/** The whole run: false fails on the untouched releases, then `most` mutations a release at most. */
export function runMutations(most: number): MutationReport {
  const report: MutationReport = {
    files: 0,
    located: 0,
    mutations: 0,
    detected: 0,
    falseFails: [],
    missed: [],
  };
  for (const { file, path } of corpusFiles()) {
    const text = readFileSync(path, "utf8");
    report.files++;
    for (const c of falseFails(file, parseRelease(text, file), MISPRINTS))
      report.falseFails.push(`${file} ${c.id} ${c.column}: ${c.message}`);
    const { outcomes, located } = mutationsOf(file, text, most);
    report.located += located;
    report.mutations += outcomes.length;
    for (const o of outcomes)
      if (o.detected) report.detected++;
      else report.missed.push(o);
  }
  return report;
}
