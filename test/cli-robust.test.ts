// The `hema` command against hostile surroundings: an endless input, a reader that closes the pipe early, and
// release text carrying terminal control sequences.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli/hema";
import { forTerminal } from "../cli/terminal";
import { MAX_INPUT_BYTES } from "../src/limits";
import { parseRelease } from "../src/parse";

const BIN = join(__dirname, "..", "bin", "hema.js");
const EXAMPLE = join(__dirname, "..", "examples", "acme-q3-2024.txt");

describe("hema's input limit", () => {
  it("stops reading a file past the limit and says so, the other files still answered", () => {
    const big = join(mkdtempSync(join(tmpdir(), "hema-big-")), "big.txt");
    const fd = openSync(big, "w");
    const line = Buffer.from("Revenues  1,000  2,000\n".padEnd(64, " "));
    const block = Buffer.concat(Array(16384).fill(line)); // 1 MiB
    for (let i = 0; i <= MAX_INPUT_BYTES / block.length; i++)
      writeSync(fd, block);
    closeSync(fd);
    const err: string[] = [];
    const out: string[] = [];
    const status = main(
      ["parse", "--json", big, EXAMPLE],
      (s) => void out.push(s),
      (s) => void err.push(s),
    );
    expect(status).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/big\.txt: .*larger than 32 MB/),
    ]);
    const results = JSON.parse(out.join("\n"));
    expect(results[0].error.message).toMatch(/larger than/);
    expect(results[1].error).toBeNull();
  });

  it("refuses a text over the limit in the core too, with a message", () => {
    const r = parseRelease("x".repeat(MAX_INPUT_BYTES + 1));
    expect(r.error?.message).toMatch(/larger than 32 MB/);
  });
});

describe("hema on a closed pipe", () => {
  it("ends quietly when the reader stops early (| head)", () => {
    // The shell pipeline a user types: head reads one line and closes the pipe while hema is still writing.
    const files = Array(60).fill(JSON.stringify(EXAMPLE)).join(" ");
    const r = spawnSync(
      "sh",
      [
        "-c",
        `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} parse --json ${files} | head -n 1 >/dev/null`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 60_000);
});

describe("text for a terminal", () => {
  it("loses escape sequences' control bytes, C1 controls and bidi overrides, keeps tabs and lines", () => {
    expect(
      forTerminal("Net \u001b[31mincome\u001b[0m\tA\nB\u009b2J\u202eX"),
    ).toBe("Net [31mincome[0m\tA\nB2JX");
  });
});
