// Text copied from a web page (test/fixtures/copied, all invented): TAB rows with "$" cells apart, one cell a
// paragraph, a newswire's one-line rows. Rebuilt into the same tables as the page, each figure in its column or
// left out with a warning; the form told by content, whatever the file is called.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../cli/hema";
import { detectForm, readCopiedText } from "../src/copied-text";
import { Fact, Release } from "../src/model";
import { parseRelease } from "../src/parse";

const fixture = (name: string) =>
  readFileSync(join(__dirname, "fixtures", name), "utf8");
const parse = (name: string) => parseRelease(fixture(name), name);

/** The one fact with this label and period (and section words), or a failure naming what there is. */
function one(r: Release, label: string, period: string, section?: string) {
  const found = r.facts.filter(
    (f) =>
      f.label === label &&
      f.period === period &&
      (section === undefined || (f.section ?? "").includes(section)),
  );
  if (found.length !== 1)
    throw new Error(
      `${found.length} facts "${label}" ${period}: ${JSON.stringify(found)}`,
    );
  return found[0];
}
const full = (f: Fact) => ({ value: f.value, unit: f.unit, scale: f.scale });

describe("detectForm", () => {
  test.each([
    "copied/wexford-q2-2024-tabs.txt",
    "copied/calloway-q3-2023-paragraphs.txt",
    "copied/harrowfield-fy2023-newswire.txt",
  ])("%s is copied text", (name) => {
    expect(detectForm(fixture(name))).toBe("copied");
  });

  test.each([
    "zephyr-fy2004-tabs.txt", // fixed-width, aligned with TABs and spaces
    "bramble-8k-full-submission-2004.txt", // an EDGAR header's TABs
    "pellucid-q2-2003.txt",
  ])("%s is fixed-width text", (name) => {
    expect(detectForm(fixture(name))).toBe("fixed");
  });

  test("a space copied beside each TAB (a cell's own padding) is still copied text, read to the same figures", () => {
    const tabs = fixture("copied/wexford-q2-2024-tabs.txt");
    const padded = [" \t", "\t ", " \t "].map((pad) =>
      tabs.replace(/\t/g, pad),
    );
    const figures = (r: Release) =>
      r.facts.map((f) => [f.label, f.period, f.value, f.unit, f.scale]);
    const plain = parseRelease(tabs, "tabs.txt");
    expect(plain.facts.length).toBeGreaterThan(40);
    for (const text of padded) {
      expect(detectForm(text)).toBe("copied");
      expect(figures(parseRelease(text, "padded.txt"))).toEqual(figures(plain));
    }
    // Two spaces or more after a TAB, or inside a cell, align fixed-width text.
    expect(detectForm(tabs.replace(/\t/g, "\t   "))).toBe("fixed");
  });

  test("a figure written with a minus sign or an en dash (−415, –415) is read as the same figure as (415)", () => {
    const tabs = fixture("copied/wexford-q2-2024-tabs.txt");
    const figures = (r: Release) =>
      r.facts.map((f) => [f.label, f.period, f.value, f.unit, f.scale]);
    const plain = figures(parseRelease(tabs, "tabs.txt"));
    expect(plain).toContainEqual(
      expect.arrayContaining(["Other income (expense), net", "-415"]),
    );
    for (const minus of ["\u2212", "\u2013"]) {
      const signed = tabs.replace(/\t\((\d[\d,.]*)\)/g, `\t${minus}$1`);
      expect(signed).not.toBe(tabs);
      expect(figures(parseRelease(signed, "signed.txt"))).toEqual(plain);
    }
  });

  test("an HTML page is HTML whatever it is called; a few TABs of prose are not a table", () => {
    expect(detectForm(fixture("sorrel-q3-fy2004.htm"))).toBe("html");
    expect(
      detectForm("Note:\tsee below\nName:\tAcme\n\nNo figures here."),
    ).toBe("fixed");
  });

  test("a page saved as .txt is parsed as the page, and copied text saved as .htm as text", () => {
    const page = parseRelease(fixture("sorrel-q3-fy2004.htm"), "sorrel.txt");
    expect(page.facts.length).toBeGreaterThan(0);
    expect(page).toEqual(
      parseRelease(fixture("sorrel-q3-fy2004.htm"), "sorrel.txt"),
    );
    const copied = parseRelease(
      fixture("copied/wexford-q2-2024-tabs.txt"),
      "wexford.htm",
    );
    expect(copied.facts.length).toBeGreaterThan(40);
  });
});

describe("TAB rows (Workiva style): $ a cell of its own on some rows, a header cell split over lines", () => {
  const r = parse("copied/wexford-q2-2024-tabs.txt");

  test("no error; the three tables with their periods", () => {
    expect(r.error).toBeNull();
    expect(r.tables.map((t) => t.statement)).toEqual([
      "income",
      "balance",
      "other",
    ]);
    expect(r.tables[0].columns.map((c) => c.period)).toEqual([
      "Q2-2024",
      "Q2-2023",
      "6M-2024",
      "6M-2023",
    ]);
    expect(r.tables[1].columns.map((c) => c.period)).toEqual([
      "2024-06-30",
      "2023-12-31",
    ]);
    expect(r.company).toMatch(/Wexford Instruments/);
  });

  test("rows with and without $ cells land in the same columns", () => {
    expect(full(one(r, "Product", "6M-2023"))).toEqual({
      value: "74320",
      unit: "USD",
      scale: 1000,
    });
    expect(one(r, "Service", "6M-2023").value).toBe("23400");
    expect(one(r, "Service", "Q2-2024").value).toBe("12480");
  });

  test("a label on its own line takes the figures of the next line", () => {
    expect(one(r, "Total net revenues", "Q2-2023").value).toBe("50005");
    expect(one(r, "Net income", "6M-2024").value).toBe("13322");
    expect(one(r, "Diluted", "Q2-2024", "Earnings per share").value).toBe(
      "0.51",
    );
    expect(one(r, "Diluted", "Q2-2024", "Earnings per share").unit).toBe(
      "USD/share",
    );
    expect(one(r, "Other income (expense), net", "Q2-2023").value).toBe("-220");
  });

  test("the balance sheet balances and the checks pass", () => {
    expect(one(r, "Total assets", "2023-12-31").value).toBe("72535");
    const identity = r.checks.filter((c) => c.id === "balance.identity");
    expect(identity.map((c) => c.status)).toEqual(["pass", "pass"]);
    expect(r.checks.filter((c) => c.status === "fail")).toEqual([]);
  });

  test("a negative percent whose closing parenthesis is the next cell", () => {
    const t = r.tables[2];
    const medical = t.rows.find((x) => x.label === "Medical")!;
    expect(medical.values).toEqual(["18450", "18640", "-1"]);
    expect(t.columns[2].percent).toBe(true);
  });

  test("every fact cites a line that shows its figure", () => {
    const lines = fixture("copied/wexford-q2-2024-tabs.txt").split("\n");
    for (const f of r.facts) {
      const digits = f.value.replace("-", "").replace(/^0\./, ".");
      expect(lines[f.line - 1].replace(/,/g, "")).toContain(digits);
    }
  });
});

describe("one cell a paragraph (spacer cells, $ and % paragraphs of their own)", () => {
  const r = parse("copied/calloway-q3-2023-paragraphs.txt");

  test("the header's split cells are rejoined and the periods found", () => {
    expect(r.error).toBeNull();
    expect(r.tables[0].columns.map((c) => c.period)).toEqual([
      "Q3-2023",
      "Q3-2022",
      null,
    ]);
    expect(r.tables[1].columns.map((c) => c.column)).toEqual([
      "September 30, 2023",
      "December 31, 2022",
    ]);
  });

  test("figures in their columns, in the stated scale", () => {
    expect(full(one(r, "Total revenues", "Q3-2023"))).toEqual({
      value: "501.0",
      unit: "USD",
      scale: 1000000,
    });
    expect(one(r, "Hardware", "Q3-2022").value).toBe("95.2");
    expect(one(r, "Interest expense, net", "Q3-2023").value).toBe("-12.4");
    expect(one(r, "NET INCOME", "Q3-2022").value).toBe("127.6");
    expect(one(r, "TOTAL ASSETS", "2023-09-30").value).toBe("1430.8");
    const identity = r.checks.filter((c) => c.id === "balance.identity");
    expect(identity.map((c) => c.status)).toEqual(["pass", "pass"]);
  });

  test("a percent sign in a paragraph of its own joins its figure", () => {
    const total = r.tables[0].rows.find((x) => x.label === "Total revenues")!;
    expect(total.values).toEqual(["501.0", "467.1", "7"]);
  });

  test("a row with fewer figures: each by its place, or left out with a warning", () => {
    const restructuring = r.facts.filter(
      (f) => f.label === "Restructuring charges (included above)",
    );
    expect(restructuring.map((f) => [f.period, f.value])).toEqual([
      ["Q3-2022", "6.3"],
    ]);
    expect(r.facts.some((f) => f.label === "Other charges")).toBe(false);
    expect(
      r.warnings.some(
        (w) =>
          w.message.includes('"Other charges"') &&
          w.message.includes("cannot be told"),
      ),
    ).toBe(true);
  });
});

describe("a newswire's rows on one line, NBSP padding, the header's empty corner cell", () => {
  const r = parse("copied/harrowfield-fy2023-newswire.txt");

  test("four columns under two period phrases", () => {
    expect(r.tables[0].columns.map((c) => c.period)).toEqual([
      "Q4-2023",
      "Q4-2022",
      "FY2023",
      "FY2022",
    ]);
    expect(one(r, "Net sales", "FY2022").value).toBe("710250");
    expect(one(r, "Net income", "Q4-2023").value).toBe("16750");
    expect(full(one(r, "Gross margin", "FY2023"))).toEqual({
      value: "33.4",
      unit: "percent",
      scale: 1,
    });
    expect(r.checks.filter((c) => c.status === "fail")).toEqual([]);
  });
});

describe("readCopiedText", () => {
  test("keeps each copied line's number: narrative and table lines", () => {
    const text = fixture("copied/wexford-q2-2024-tabs.txt");
    const doc = readCopiedText(text);
    const dateline = text
      .split("\n")
      .findIndex((l) => l.startsWith("PORTLAND"));
    expect(doc.lines.find((l) => l.text.startsWith("PORTLAND"))?.no).toBe(
      dateline + 1,
    );
  });

  test("a header that cannot be laid over the columns leaves the table's figures out, with a warning", () => {
    const text = [
      "Quarterly results",
      "",
      "Alpha\tBeta\tGamma",
      "Widgets\t10\t20\t30\t40\t50",
      "Gadgets\t11\t21\t31\t41\t51",
      "",
    ].join("\n");
    const doc = readCopiedText(text);
    expect(doc.grids).toEqual([]);
    expect(parseRelease(text).facts).toEqual([]);
    expect(doc.warnings.map((w) => w.message).join(" ")).toMatch(
      /header shows \d+ cells/,
    );
  });

  test("a note among the header cells does not shift the periods: the table is left out, with a warning", () => {
    const text = [
      "Three Months Ended",
      "March 31,",
      "2024\t\tMarch 31,",
      "2023\t\tUnaudited",
      "Revenue\t$\t1,000 \t\t\t$\t900 \t",
      "Net income\t100 \t\t\t90 \t",
      "",
    ].join("\n");
    const r = parseRelease(text);
    expect(r.facts).toEqual([]);
    expect(r.warnings.map((w) => w.message).join(" ")).toMatch(
      /cannot be told/,
    );
  });

  test("markup in copied text stays text", () => {
    const text = [
      "Results <b>& more</b>",
      "Three Months Ended",
      "March 31,",
      "2024\t\tMarch 31,",
      "2023",
      "Revenue <net>\t$\t1,000 \t\t\t$\t900 \t",
      "Net income\t100 \t\t\t90 \t",
      "",
    ].join("\n");
    const r = parseRelease(text);
    expect(r.facts.map((f) => f.label)).toContain("Revenue <net>");
    expect(one(r, "Net income", "Q1-2023").value).toBe("90");
  });

  test("linear in the size of the text", () => {
    const row = "Revenue\t$\t1,234 \t\t\t$\t1,100 \t\n";
    const text =
      "Three Months Ended\nJune 30,\n2024\t\tJune 30,\n2023\n" +
      row.repeat(5000);
    const t0 = Date.now();
    const r = parseRelease(text);
    expect(r.error).toBeNull();
    expect(Date.now() - t0).toBeLessThan(20000);
  });
});

describe("hema chooses the form by content, whatever the extension", () => {
  const dir = mkdtempSync(join(tmpdir(), "hema-forms-"));
  const saveAs = (fixtureName: string, name: string) => {
    const p = join(dir, name);
    writeFileSync(p, fixture(fixtureName));
    return p;
  };
  const get = (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const status = main(
      ["get", ...args],
      (s) => void out.push(s),
      (s) => void err.push(s),
    );
    return { status, out: out.join("\n"), err: err.join("\n") };
  };

  test("copied text named .htm, a web page named .txt, and the same figures from both", () => {
    const copied = saveAs("copied/wexford-q2-2024-tabs.txt", "wexford.htm");
    const page = saveAs("copied/wexford-q2-2024.htm", "wexford-page.txt");
    for (const f of [copied, page]) {
      expect(get("NETINCOME", "Q2-2024", f)).toMatchObject({
        status: 0,
        out: "6942000",
      });
      expect(get("TOTALASSETS", "2023-12-31", f)).toMatchObject({
        status: 0,
        out: "72535000",
      });
      expect(get("EPS", "6M-2023", f, "--basis", "diluted")).toMatchObject({
        status: 0,
        out: "0.77",
      });
    }
  });
});

describe("a reconciliation copied one cell a paragraph (invented Brindlemoor): percents, a lead-in sentence", () => {
  const name = "copied/brindlemoor-q2-2024-paragraphs.txt";
  const r = parse(name);
  /** The one fact with this label, period and group (GAAP, Adj., Non-GAAP). */
  const valueOf = (
    rel: Release,
    label: string,
    period: string,
    group: string,
  ) => {
    const found = rel.facts.filter(
      (f) => f.label === label && f.period === period && f.group === group,
    );
    expect(found.length).toBe(1);
    return found[0].value;
  };
  const margin = (rel: Release) =>
    rel.facts
      .filter((f) => f.label === "OPERATING MARGIN %")
      .map((f) => [f.period, f.group, f.value]);

  test("a percent row without $ cells: each percent under its column, the Adj. columns empty", () => {
    expect(r.error).toBeNull();
    expect(margin(r)).toEqual([
      ["Q2-2024", "GAAP", "29"],
      ["Q2-2024", "Non-GAAP", "40"],
      ["Q2-2023", "GAAP", "27"],
      ["Q2-2023", "Non-GAAP", "38"],
      [null, "GAAP", "190"],
      [null, "Non-GAAP", "185"],
    ]);
  });

  test("rows whose $ cells are empty and rows with $ cells share the columns", () => {
    expect(valueOf(r, "Restructuring", "Q2-2023", "GAAP")).toBe("90");
    expect(valueOf(r, "OPERATING INCOME", "Q2-2023", "GAAP")).toBe("600");
    const income = r.facts.filter(
      (f) => f.label === "OPERATING INCOME" && f.group === "Non-GAAP",
    );
    expect(income.map((f) => [f.period, f.value, f.unit])).toEqual([
      ["Q2-2024", "950", "USD"],
      ["Q2-2023", "830", "USD"],
      [null, "14", "percent"],
    ]);
  });

  test("where an empty cell may span two, the row's percents are left out with a warning, never shifted", () => {
    // The first Adj. column's four empty cells copied as three: the row is one piece short, so no place is certain.
    const text = fixture(name).replace(
      "29%\n\n \n\n \n\n \n\n \n\n \n\n \n\n40%",
      "29%\n\n \n\n \n\n \n\n \n\n \n\n40%".replace("\n\n \n\n", "\n\n"),
    );
    expect(text).not.toBe(fixture(name));
    const s = parseRelease(text, name);
    const right = new Set(margin(r).map((m) => JSON.stringify(m)));
    for (const m of margin(s)) expect(right.has(JSON.stringify(m))).toBe(true);
    expect(margin(s).length).toBeLessThan(margin(r).length);
    expect(
      s.warnings.some(
        (w) =>
          w.message.includes('"OPERATING MARGIN %"') &&
          w.message.includes("cannot be told"),
      ),
    ).toBe(true);
  });

  test("a sentence leading into a schedule ends the table above: the schedule takes no period of it", () => {
    expect(
      valueOf(r, "Total stock-based compensation", "Q2-2023", "GAAP"),
    ).toBe("140");
    for (const label of ["Fiscal 2025", "Fiscal 2026", "Thereafter"])
      expect(r.facts.filter((f) => f.label === label)).toEqual([]);
    expect(
      r.facts.filter((f) => f.label === "Total intangible assets, net"),
    ).toEqual([]);
    const lead = fixture(name)
      .split("\n")
      .findIndex((l) => l.startsWith("Estimated future annual"));
    expect(
      r.warnings.some(
        (w) => w.line > lead + 1 && w.message.includes("left out"),
      ),
    ).toBe(true);
  });

  test("a long heading over rows ending in a colon still opens rows, not prose", () => {
    const text = fixture(name).replace(
      "Stock-based compensation\n",
      "Adjustments to reconcile operating income to non-GAAP operating income:\n\n \n\n \n\nStock-based compensation\n",
    );
    const s = parseRelease(text, name);
    expect(valueOf(s, "Restructuring", "Q2-2024", "GAAP")).toBe("100");
    expect(
      s.facts.filter((f) => f.label === "Stock-based compensation").length,
    ).toBeGreaterThan(0);
  });
});
