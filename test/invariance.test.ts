// What must not change a single figure: the same release with other line ends, a byte-order mark, trailing spaces,
// its alignment written with TABs at 8-column stops (as `unexpand -a` writes it), every line indented alike, or (copied
// text) a space beside every TAB.
// Every release we hold, each way.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { detectForm } from "../src/copied-text";
import { Fact } from "../src/model";
import { parseRelease } from "../src/parse";
import { corpusAvailable } from "./corpus-files";

const SHARED = resolve(__dirname, "..", "..", "shared");
const DIRS = [
  join(SHARED, "corpus", "raw"),
  join(SHARED, "corpus-web", "raw"),
  join(__dirname, "fixtures", "corpus", "raw"),
];

/** Runs of spaces written as TABs where they reach an 8-column stop, the alignment kept (text only). */
function unexpand(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let out = "";
      let col = 0;
      let spaces = 0;
      for (const ch of line) {
        if (ch === " ") {
          spaces++;
          col++;
          if (col % 8 === 0) {
            out += spaces > 1 ? "\t" : " ";
            spaces = 0;
          }
          continue;
        }
        out += " ".repeat(spaces) + ch;
        spaces = 0;
        col = ch === "\t" ? col + 8 - (col % 8) : col + 1;
      }
      return out + " ".repeat(spaces);
    })
    .join("\n");
}

const VARIANTS: [string, (t: string) => string, (t: string) => boolean][] = [
  ["CRLF line ends", (t) => t.replace(/\r?\n/g, "\r\n"), () => true],
  ["CR line ends", (t) => t.replace(/\r?\n/g, "\r"), () => true],
  ["a byte-order mark", (t) => "\ufeff" + t, () => true],
  ["trailing spaces", (t) => t.replace(/(\S)\r?\n/g, "$1  \n"), () => true],
  // Fixed-width text only (a TAB in copied text or HTML means something else), where it has columns to align.
  [
    "TABs at 8-column stops",
    unexpand,
    (t) => !t.includes("\t") && !/^\s*</.test(t) && unexpand(t) !== t,
  ],
  // Copied text only (TAB cells): a space a browser copies beside each TAB is a cell's padding.
  [
    "a space either side of every TAB",
    (t) => t.replace(/\t/g, " \t "),
    (t) => detectForm(t) === "copied" && t.includes("\t"),
  ],
  // EDGAR escapes a dash that starts a line ("- -"), which an indented line no longer does: read as the reader does.
  [
    "every line indented by four spaces",
    (t) => t.replace(/^- (?=-)/gm, "  ").replace(/^(?=[^\S\r\n]*\S)/gm, "    "),
    (t) => !t.includes("\t") && detectForm(t) === "fixed",
  ],
];

const key = (f: Fact) =>
  [
    f.section,
    f.label,
    f.column,
    f.period,
    f.group,
    f.value,
    f.scale,
    f.unit,
  ].join("|");

const files = corpusAvailable()
  ? DIRS.filter(existsSync).flatMap((d) =>
      readdirSync(d)
        .sort()
        .map((f) => join(d, f)),
    )
  : [];

describe.each(files.map((f) => [f.split("/").slice(-1)[0], f]))(
  "%s",
  (_, file) => {
    const text = readFileSync(file, "utf8");
    const facts = parseRelease(text, "x").facts.map(key).sort();
    it.each(
      VARIANTS.filter(([, , applies]) => applies(text)).map(([n, f]) => [n, f]),
    )("reads the same figures with %s", (_n, change) => {
      const changed = (change as (t: string) => string)(text);
      expect(changed).not.toBe(text);
      expect(parseRelease(changed, "x").facts.map(key).sort()).toEqual(facts);
    });
  },
);

/** TABs back to spaces at 8-column stops. */
const expand = (text: string) =>
  text
    .split("\n")
    .map((line) => {
      let out = "";
      for (const ch of line)
        out += ch === "\t" ? " ".repeat(8 - (out.length % 8)) : ch;
      return out;
    })
    .join("\n");

it("writes TABs that a reader sees as the same columns", () => {
  const text =
    "Revenues          $  1,204   $   988\n    Net income        201        150  \n";
  const tabbed = unexpand(text);
  expect(tabbed).toContain("\t");
  expect(expand(tabbed)).toBe(text);
});

describe("a table indented as a whole", () => {
  // Figures on a line of their own under a label wrapped over two lines, after the rows of the table above: read the
  // same wherever the text starts (a label margin taken as column 0 made the wrapped line a column header once the
  // text was indented past it).
  const release = (indent: number) =>
    [
      "Acme Widgets Inc. (NYSE: ACW) reported its results today.",
      "",
      "                                   Year Ended December 31,",
      "                                    2004          2003",
      "Net sales                      $ 12,204      $  9,988",
      "Net income                        2,201         1,150",
      "",
      "",
      "",
      "Average number of common shares used",
      "in the calculation of diluted per share",
      "                             124,293,314    91,451,650",
    ]
      .map((l, i) => (i < 2 || l === "" ? l : " ".repeat(indent) + l))
      .join("\n");
  const figures = (indent: number) =>
    parseRelease(release(indent), "x").facts.map(
      (f) => `${f.label} | ${f.period} | ${f.value}`,
    );

  it.each([4, 8, 12])("reads the same figures indented by %i", (indent) => {
    expect(figures(0)).toContain(
      "Average number of common shares used in the calculation of diluted per share | FY2004 | 124293314",
    );
    expect(figures(indent)).toEqual(figures(0));
  });
});
