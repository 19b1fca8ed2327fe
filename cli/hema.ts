// The `hema` command: parse, get and check releases from files or standard input, per
// ../shared/docs/cli-contract.md. A thin shell: it reads files, calls the core, prints, and sets the exit code.
import { Command, CommanderError } from "commander";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { decodeBytes } from "../src/decode";
import { MAX_INPUT_BYTES, TOO_LARGE } from "../src/limits";
import { Release } from "../src/model";
import { parseRelease } from "../src/parse";
import { renderChecks, renderRelease } from "./render";
import { runExport } from "./export";
import { runGet } from "./get";
import { lineWriter } from "./terminal";

/**
 * Reads a file or standard input, stopping one byte past the size limit (so /dev/zero or a runaway pipe is refused
 * instead of filling memory); null when the input is larger than the limit. The bytes are decoded as a browser
 * decodes a saved page (src/decode.ts: UTF-8, else the declared or the default legacy encoding).
 */
function readBounded(file: string): string | null {
  const fd = file === "-" ? 0 : openSync(file, "r");
  try {
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 20);
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        // A non-blocking standard input with nothing ready yet: wait and read again.
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code === "EOF") break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) return null;
      parts.push(buf.subarray(0, n));
    }
    return decodeBytes(Buffer.concat(parts, total));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Reads one input's text, or why it cannot be read (a message for the user). */
export function readInput(file: string): { text: string } | { error: string } {
  let text: string | null;
  try {
    if (file !== "-" && statSync(file).isDirectory())
      throw Object.assign(new Error(), { code: "EISDIR" });
    text = readBounded(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory, expected a text file"
          : code === "EACCES"
            ? "permission denied"
            : "cannot be read";
    return { error: why };
  }
  return text === null ? { error: TOO_LARGE } : { text };
}

/** Reads one input; an unreadable file becomes a release carrying the error. */
export function readRelease(file: string): Release {
  const input = readInput(file);
  if ("error" in input)
    return { ...parseRelease("", file), error: { message: input.error } };
  return parseRelease(input.text, file);
}

export function errorLine(r: Release): string {
  return `hema: ${r.source}${r.error?.line ? `:${r.error.line}` : ""}: ${r.error?.message}`;
}

/** The exit status; a promise for `export` (writing the file is asynchronous). */
export function main(
  argv: string[],
  out: (s: string) => void = lineWriter(process.stdout),
  err: (s: string) => void = lineWriter(process.stderr),
): number | Promise<number> {
  let status = 0;
  let pending: Promise<number> | null = null;
  const program = new Command("hema")
    .description(
      "Parse earnings press releases into tables, periods and checked figures.",
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out(s.trimEnd()),
      writeErr: (s) => err(s.trimEnd()),
    })
    .showHelpAfterError("(run 'hema --help' for usage)");

  program
    .command("parse")
    .description(
      "print every table of each release (line items down, periods across); --json for the contract's JSON",
    )
    .option("--json", "print the JSON array described in docs/cli-contract.md")
    .argument(
      "<files...>",
      "release files, plain text or HTML ('-' reads standard input)",
    )
    .action((files: string[], opts: { json?: boolean }) => {
      const releases = files.map(readRelease);
      for (const r of releases) if (r.error) err(errorLine(r));
      if (releases.some((r) => r.error)) status = 1;
      const good = releases.filter((r) => !r.error);
      if (opts.json) out(JSON.stringify(releases, null, 2));
      else if (good.length) out(good.map(renderRelease).join("\n\n"));
    });

  program
    .command("get")
    .description(
      "one figure in full units, as the HEMA custom function returns it (e.g. hema get NETLOSS Q2-2003 release.txt)",
    )
    .argument(
      "<item>",
      'NETLOSS, REVENUE, EPS, TOTALASSETS …, or any row by concept id or label; "heading › label" names one of several (e.g. "Georgia Power › Net income")',
    )
    .argument(
      "<period>",
      "Q2-2003, 2Q03, 6M-2003, H1-2003, FY2003, 2003-06-30, June 30, 2003 …",
    )
    .argument("<files...>", "release files (plain text or HTML)")
    .option(
      "--company <company>",
      "ticker, name or a word of it (Kroger), or a file's path to answer from that file alone",
    )
    .option(
      "--basis <basis>",
      "basic or diluted, for EPS and SHARES (default: basic where both exist)",
    )
    .action(
      (
        item: string,
        period: string,
        files: string[],
        opts: { company?: string; basis?: string },
      ) => {
        status = runGet(item, period, files.map(readRelease), opts, out, err);
      },
    );

  program
    .command("check")
    .description(
      "run the checks (assets = liabilities + equity, totals foot, EPS, tax); exit 1 only when one fails (skips never)",
    )
    .argument("<files...>", "release files (plain text or HTML)")
    .action((files: string[]) => {
      for (const r of files.map(readRelease)) {
        if (r.error) {
          err(errorLine(r));
          status = 1;
          continue;
        }
        out(renderChecks(r.source, r.checks));
        // A skip says the check could not be sure: only a FAIL (printed figures that disagree) is an error.
        if (r.checks.some((c) => c.status === "fail")) status = 1;
      }
    });

  program
    .command("export")
    .description(
      "write the releases to one .xlsx workbook as the add-in's Insert lays them out (sheets, tables, live checks)",
    )
    .argument("<files...>", "release files (plain text or HTML)")
    .requiredOption("-o, --output <file>", "the .xlsx file to write")
    .option("--force", "overwrite the output file when it exists")
    .action((files: string[], opts: { output: string; force?: boolean }) => {
      pending = runExport(files, opts, readInput, out, err);
    });

  try {
    program.parse(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return pending ?? status;
}
