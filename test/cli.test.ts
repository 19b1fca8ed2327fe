// The `hema` command as a user meets it: figures, checks, readable tables, and one clear line on stderr with a
// non-zero exit for each kind of bad input (never a stack trace); the good files are still answered.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../cli/hema";
import { corpusAvailable, CORPUS } from "./corpus-files";

const EXAMPLE = join(__dirname, "..", "examples", "acme-q3-2024.txt");
const dir = mkdtempSync(join(tmpdir(), "hema-cli-"));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(
    args,
    (s) => void out.push(s),
    (s) => void err.push(s),
  );
  return { status, out: out.join("\n"), err: err.join("\n"), errLines: err };
}

describe("hema get", () => {
  it("prints one figure in full units", () => {
    expect(run("get", "NETINCOME", "Q3-2024", EXAMPLE)).toMatchObject({
      status: 0,
      out: "3088000",
    });
    expect(
      run("get", "EPS", "9M-2024", EXAMPLE, "--basis", "diluted"),
    ).toMatchObject({ status: 0, out: "0.53" });
    expect(run("get", "TOTALASSETS", "2023-12-31", EXAMPLE)).toMatchObject({
      status: 0,
      out: "84692000",
    });
  });
  it("an unknown period lists the periods that exist", () => {
    const r = run("get", "REVENUE", "Q1-2024", EXAMPLE);
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      `hema: ${EXAMPLE}: #N/A No revenue for Q1-2024 — periods available: Q3-2024, Q3-2023, 9M-2024, 9M-2023`,
    );
  });
  it("a malformed period names the accepted forms", () => {
    const r = run("get", "REVENUE", "third quarter", EXAMPLE);
    expect(r.status).not.toBe(0);
    expect(r.errLines).toHaveLength(1);
    expect(r.err).toMatch(
      /#VALUE! "third quarter" is not a period — use Q2-2003/,
    );
  });
});

describe("hema check", () => {
  it("passes a balanced release", () => {
    const r = run("check", EXAMPLE);
    expect(r.status).toBe(0);
    expect(r.out.match(/PASS\s+balance\.identity/g)).toHaveLength(2);
  });
  it("exits 0 where checks only skip (a skip is no failure), counting each status first", () => {
    const r = run("check", EXAMPLE);
    expect(r.out).toMatch(/SKIP\s+eps\.ratio/);
    expect(r.out.split("\n")[0]).toMatch(
      /: \d+ pass · 0 fail · [1-9]\d* skip$/,
    );
    expect(r.status).toBe(0);
  });
  it("fails the column whose total assets are off, and exits 1", () => {
    const broken = file(
      "broken.txt",
      readFileSync(EXAMPLE, "utf8").replace(
        "$ 85,679         $ 84,692\n                                            ========",
        "$ 85,680         $ 84,692\n                                            ========",
      ),
    );
    const r = run("check", broken);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(
      /FAIL\s+balance\.identity\s+2024-09-30\s+Total assets 85,680 ≠ .* 85,679 \(difference 1\)/,
    );
    expect(r.out).toMatch(/PASS\s+balance\.identity\s+2023-12-31/);
    // the failure is listed first, under the count
    expect(r.out.split("\n")[1]).toMatch(/^\s+FAIL\s+balance\.identity/);
    expect(r.out.split("\n")[0]).toMatch(/ 1 fail · /);
  });
});

describe("hema parse", () => {
  it("prints tables as a person reads them", () => {
    const r = run("parse", EXAMPLE);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(
      /Table 1: CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS — income statement, in thousands/,
    );
    expect(r.out).toMatch(/Q3-2024\s+Q3-2023\s+9M-2024\s+9M-2023/);
    expect(r.out).toMatch(/Net sales\s+48,215\s+45,312\s+139,870\s+131,044/);
    expect(r.out).toMatch(/Interest expense, net\s+\(901\)\s+\(1,012\)/);
  });
  it("--json follows the contract", () => {
    const r = run("parse", "--json", EXAMPLE);
    const [rel] = JSON.parse(r.out);
    expect(Object.keys(rel)).toEqual([
      "source",
      "company",
      "ticker",
      "releaseDate",
      "tables",
      "facts",
      "checks",
      "warnings",
      "error",
      "exchange", // grown by the metadata reader (after the fields the contract started with)
    ]);
    expect(rel.tables[0].columns[0]).toMatchObject({
      column: "Three Months Ended | September 30, | 2024",
      period: "Q3-2024",
    });
  });
});

describe("bad input: one line naming the file and what was expected, non-zero exit, good files still answered", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(dir, "nope.txt"), /nope\.txt: no such file/],
    [
      "an empty file",
      () => file("empty.txt", ""),
      /empty\.txt: the file is empty \(expected the text of an earnings release\)/,
    ],
    [
      "a release with no table",
      () =>
        file(
          "prose.txt",
          "Acme Corp. (NYSE: ACM) said today that results were good.\nNothing else.\n",
        ),
      /prose\.txt: no financial table found \(expected rows of figures/,
    ],
    [
      "a binary file",
      () => file("bin.dat", Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9])),
      /bin\.dat: this is not a text file/,
    ],
    ["a directory", () => dir, /is a directory, expected a text file/],
  ];
  it.each(cases)("%s", (_name, make, message) => {
    const bad = make();
    for (const cmd of [
      ["parse"],
      ["parse", "--json"],
      ["check"],
      ["get", "REVENUE", "Q3-2024"],
    ]) {
      const r = run(...cmd, bad, EXAMPLE);
      expect(r.status).toBe(1);
      expect(r.errLines).toHaveLength(1);
      expect(r.err).toMatch(new RegExp(`^hema: .*${message.source}`));
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toMatch(cmd[0] === "get" ? /^48215000$/ : /acme-q3-2024/); // the good file is still answered
    }
  });
  it("a usage error exits 2", () => {
    expect(run("get", "REVENUE").status).toBe(2);
    expect(run("frobnicate").status).toBe(2);
  });
});

describe("the installed command (bin/hema.js)", () => {
  it("runs end to end, as npm run hema does", () => {
    const r = spawnSync(
      process.execPath,
      [
        join(__dirname, "..", "bin", "hema.js"),
        "get",
        "NETINCOME",
        "Q3-2024",
        EXAMPLE,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("3088000");
    expect(r.status).toBe(0);
  });
  const has = corpusAvailable();
  (has ? it : it.skip)("answers the HemaCare acceptance figures", () => {
    const hema = join(CORPUS, "raw", "000_hemacare-q2-2003.txt");
    expect(run("get", "NETLOSS", "Q2-2003", hema).out).toBe("-272000");
    expect(run("get", "TOTALASSETS", "2003-06-30", hema).out).toBe("12484000");
    const r = run("check", hema);
    expect(r.status).toBe(0);
    expect(r.out.match(/PASS\s+balance\.identity/g)).toHaveLength(2);
    expect(r.out).not.toMatch(/FAIL/);
  });
});

it("prints nothing on stdout for parse when no file could be read", () => {
  const r = run("parse", join(dir, "missing.txt"));
  expect(r.status).toBe(1);
  expect(r.out).toBe("");
});
