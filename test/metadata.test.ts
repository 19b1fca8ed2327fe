// Release metadata: company and ticker with its exchange, and the release date.
import { readFileSync } from "fs";
import { join } from "path";
import { readMetadata } from "../src/metadata";
import { parseRelease } from "../src/parse";

const fixture = (name: string) =>
  readFileSync(join(__dirname, "fixtures", name), "utf8");

describe("ticker and company", () => {
  it.each([
    [
      "Pellucid Instruments Corporation (OTC Bulletin Board: PLCD.OB) today announced",
      "Pellucid Instruments Corporation",
      "PLCD.OB",
    ],
    ["Sprocket Holdings (NYSE: S) reported", "Sprocket Holdings", "S"],
    [
      "Tamarind Software Corp. (Nasdaq: TMSW) today reported",
      "Tamarind Software Corp.",
      "TMSW",
    ],
    [
      "Tamarind Software Corp. (NASDAQ:TMSW) today reported",
      "Tamarind Software Corp.",
      "TMSW",
    ],
    ["Lumen Bay Company (AMEX: LBY) said", "Lumen Bay Company", "LBY"],
    ["Gadget Corp. (NYSE Arca: GDG) said", "Gadget Corp.", "GDG"],
    [
      "Heron Bancorp (Nasdaq Global Market: HRNB) said",
      "Heron Bancorp",
      "HRNB",
    ],
    ["Quux Systems (ticker symbol: QUUX) said", "Quux Systems", "QUUX"],
    ["The Zed Company (NYSE: ZED) announced", "The Zed Company", "ZED"],
  ])("%j → %j, %j", (text, company, ticker) => {
    expect(readMetadata(text)).toMatchObject({ company, ticker });
  });

  it("reads a ticker whose parenthesis wraps onto the next line", () => {
    const text =
      "       SPRINGFIELD - - - - Pellucid Instruments Corporation (OTC Bulletin Board:\nPLCD.OB) today announced second quarter results.";
    expect(readMetadata(text)).toMatchObject({
      company: "Pellucid Instruments Corporation",
      ticker: "PLCD.OB",
    });
  });

  it("keeps ', Inc.' and its comma in the name", () => {
    expect(
      readMetadata("Marrowbrook Stores, Inc. (NYSE: MBK) today reported")
        .company,
    ).toBe("Marrowbrook Stores, Inc.");
    expect(
      readMetadata("Larkspur Outfitters, Inc. (Nasdaq: LRKS) reported").company,
    ).toBe("Larkspur Outfitters, Inc.");
  });

  it("keeps a name word written in capitals", () => {
    expect(
      readMetadata("ACME Widgets Corporation (Nasdaq: ACMW) reported").company,
    ).toBe("ACME Widgets Corporation");
  });

  it("drops a dateline city in capitals before the name", () => {
    expect(
      readMetadata(
        "LOS ANGELES Pellucid Instruments Corporation (NYSE: PLC) today",
      ).company,
    ).toBe("Pellucid Instruments Corporation");
  });

  it("does not run the name back into a headline in another paragraph", () => {
    const text =
      "GADGET CORP REPORTS RECORD SECOND QUARTER\n\nGadget Corp. (NYSE: GDG) today reported record results.";
    expect(readMetadata(text).company).toBe("Gadget Corp.");
  });

  it("drops a lower-case 'the' before the name", () => {
    expect(
      readMetadata("Results announced by the Zed Company (NYSE: ZED) today.")
        .company,
    ).toBe("Zed Company");
  });

  it("finds the company by its corporate suffix when there is no ticker", () => {
    expect(
      readMetadata(
        "FOR IMMEDIATE RELEASE\n\nOsprey Marine Supply Co. announced results for its first quarter.",
      ),
    ).toMatchObject({
      company: "Osprey Marine Supply Co.",
      ticker: null,
    });
  });

  it("gives null when neither is stated", () => {
    expect(readMetadata("quarterly results were announced today.")).toEqual({
      company: null,
      ticker: null,
      exchange: null,
      releaseDate: null,
    });
  });

  it("reads only the head of the release", () => {
    const text = "x\n".repeat(100) + "Gadget Corp. (NYSE: GDG)";
    expect(readMetadata(text).ticker).toBeNull();
  });
});

describe("release date", () => {
  it("reads a labelled release date", () => {
    expect(
      readMetadata("FOR IMMEDIATE RELEASE\n\nRELEASE DATE:  August 12, 2003\n")
        .releaseDate,
    ).toBe("2003-08-12");
    expect(readMetadata("Date: March 9, 2005").releaseDate).toBe("2005-03-09");
  });

  it.each([
    [
      "HARTFORD, Conn., August 5, 2004 -- Marrowbrook Stores, Inc. today reported",
      "2004-08-05",
    ],
    [
      "DENVER, Colo., March 9, 2005 -- Larkspur Outfitters, Inc. (Nasdaq: LRKS) today",
      "2005-03-09",
    ],
    [
      "NEW YORK, Aug. 5, 2004 /PRNewswire/ -- Gadget Corp. (NYSE: GDG) today",
      "2004-08-05",
    ],
    [
      "ALBANY, N.Y.--(BUSINESS WIRE)--March 3, 2005--Lumen Bay Company (AMEX: LBY) said",
      "2005-03-03",
    ],
    [
      "     SPRINGFIELD (February 14, 1995) -- Quux Systems reported",
      "1995-02-14",
    ],
    ["SPRINGFIELD, Ill., Sept. 2, 2004 -- Quux Systems reported", "2004-09-02"],
  ])("reads the dateline of %j", (text, date) => {
    expect(readMetadata(text).releaseDate).toBe(date);
  });

  it("skips the end of a period named in the headline", () => {
    const text =
      "GADGET CORP REPORTS RESULTS FOR THE QUARTER ENDED JUNE 30, 2004\n\nNEW YORK, August 5, 2004 -- Gadget Corp. (NYSE: GDG) today";
    expect(readMetadata(text).releaseDate).toBe("2004-08-05");
  });

  // This test used to expect the first date of the prose that is not a period's end ("Released July 20, 2004.")
  // as the release date: a guess. Only a label or a dateline gives the release date now.
  it("takes no date from the prose: neither an 'as of' date nor a later one", () => {
    expect(
      readMetadata(
        "Cash as of June 30, 2004 was strong. Released July 20, 2004.",
      ).releaseDate,
    ).toBeNull();
  });

  it("does not take a date from a table's header for the release date", () => {
    const text = [
      "Widget Co. (Nasdaq: WDGT) reported results.",
      "",
      "                          Three Months Ended",
      "                      June 30, 2004     June 30, 2003",
      "Revenue                 1,000            900",
    ].join("\n");
    expect(readMetadata(text).releaseDate).toBeNull();
  });

  it("does not take a tab-laid header's date or a title's dates for the release date", () => {
    const text = [
      "Zephyr Labs Corp. (NYSE: ZL) reported today.",
      "",
      "\t\t\tCONDENSED BALANCE SHEETS",
      "\t\t\tDecember 31, 2004 and 2003",
      "\t\t\t\tJune 30, 2004\t\tJune 30, 2003",
    ].join("\n");
    expect(readMetadata(text).releaseDate).toBeNull();
  });

  it("rejects a date that does not exist", () => {
    expect(
      readMetadata("RELEASE DATE: February 30, 2004").releaseDate,
    ).toBeNull();
  });

  it("reads CRLF text the same as LF text", () => {
    const lf =
      "FOR IMMEDIATE RELEASE\n\nHARTFORD, Conn., August 5, 2004 -- Marrowbrook Stores, Inc. (NYSE: MBK) today";
    expect(readMetadata(lf.replace(/\n/g, "\r\n"))).toEqual(readMetadata(lf));
    expect(readMetadata(lf)).toEqual({
      company: "Marrowbrook Stores, Inc.",
      ticker: "MBK",
      exchange: "NYSE",
      releaseDate: "2004-08-05",
    });
  });
});

describe("names the release gives itself", () => {
  it("keeps a partnership's comma: 'Sears, Roebuck and Co.' form", () => {
    expect(
      readMetadata(
        "HOFFMAN HILLS, Ill., Jan. 20, 2004 -- Hollis, Pratt and Co. (NYSE: HP) today reported",
      ).company,
    ).toBe("Hollis, Pratt and Co.");
  });

  it.each([
    [
      "SAN JOSE, Calif., January 21, 2004 – zTrek Inc. (Nasdaq: ZTRK) today",
      "zTrek Inc.",
    ],
    [
      "BEDFORD, Mass., April 20, 2005 -- iWidget Corporation (NASDAQ: IWGT) today",
      "iWidget Corporation",
    ],
    [
      "SAN FRANCISCO, Feb. 2, 2006 -- shopfront.com, inc. (NYSE: SHPF) today",
      "shopfront.com, inc.",
    ],
  ])("reads a name that starts in lower case: %j", (text, company) => {
    expect(readMetadata(text).company).toBe(company);
  });

  it("takes the dateline's subject when there is no ticker", () => {
    expect(
      readMetadata(
        "CINCINNATI, Ohio, February 8, 1994 --- The Grocer Co. said today that sales rose.",
      ).company,
    ).toBe("The Grocer Co.");
  });

  it("makes a short subject whole from the name the release spells out, never 'The Company'", () => {
    const text = [
      "Orchard reports first quarter results",
      "",
      "CUPERTINO, CALIFORNIA — Orchard® today announced results. The Company posted revenue of $9.1 billion.",
      "",
      "© 2024 Orchard Inc. All rights reserved.",
    ].join("\n");
    expect(readMetadata(text).company).toBe("Orchard Inc.");
  });

  it("takes a subject followed by an apposition", () => {
    expect(
      readMetadata(
        "DENVER, Colo., March 9, 2005 -- Larkspur, a maker of tents, said today",
      ).company,
    ).toBe("Larkspur");
    expect(
      readMetadata(
        "DENVER, Colo., March 9, 2005 -- Larkspur Outfitters, Inc., the tent maker, said today",
      ).company,
    ).toBe("Larkspur Outfitters, Inc.");
  });

  it("reads EDGAR's conformed name as the filer's own ('AMAZON COM INC' form)", () => {
    const t = fixture("northwind-8k-own-1999.txt").replace(
      /^.*NORTHWIND SYSTEMS, INC\.\n.*\n.*Exact Name of Registrant.*$/m,
      "COMPANY CONFORMED NAME:\t\tNORTHWIND SYSTEMS INC /OR/",
    );
    expect(t).toContain("COMPANY CONFORMED NAME");
    const m = readMetadata(t);
    expect(m.filer).toBeUndefined();
    expect(m.company).toBe("Northwind Systems, Inc.");
  });

  it("ends a title-case headline's words at a verb or preposition before the name", () => {
    expect(
      readMetadata("Results Announced By Acme Corp. (NYSE: ACM) today").company,
    ).toBe("Acme Corp.");
  });

  it("gives a name in capitals as the release spells it in mixed case", () => {
    expect(
      readMetadata(
        "ACME CORP. (NYSE: ACM) REPORTS RECORD EARNINGS\n\nDALLAS -- Acme Corp. said today that",
      ).company,
    ).toBe("Acme Corp.");
    expect(
      readMetadata("ACME CORP. (NYSE: ACM) REPORTS RECORD EARNINGS").company,
    ).toBe("ACME CORP.");
  });

  it("keeps a subject the release never spells out whole as it is", () => {
    expect(
      readMetadata("PORTLAND, OREGON — Orchard today announced results.")
        .company,
    ).toBe("Orchard");
  });

  it("does not take 'The Company' for a name", () => {
    expect(
      readMetadata("The Company posted revenue of $9.1 billion.").company,
    ).toBeNull();
  });

  it("takes a name in a title paragraph when the release has no dateline or ticker", () => {
    expect(
      readMetadata(
        "Exhibit 99.2\n\nOrchard Computer, Inc.\n\nQ3 Unaudited Summary Data",
      ).company,
    ).toBe("Orchard Computer, Inc.");
  });
});

describe("a web page's text: one line a paragraph, no blank lines between", () => {
  const prose =
    " The Company posted quarterly revenue of $9.1 billion, up 2 percent year over year, and quarterly earnings per diluted share of $2.18, up 16 percent year over year.";
  const page = [
    "Exhibit 99.1",
    "Orchard Reports Record First Quarter Results",
    "CUPERTINO, CALIFORNIA — Orchard® today announced financial results." +
      prose,
    "Orchard will provide live streaming of its call on February 1, 2024." +
      prose,
    "Orchard Inc.",
    "CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)",
  ].join("\n");

  it("reads the dateline's subject at its line's start, made whole from the statement heading", () => {
    expect(readMetadata(page)).toMatchObject({
      company: "Orchard Inc.",
      releaseDate: null, // the call's date is not the release's
    });
  });

  it("does not run a name back into the title-case headline on the line above", () => {
    const text = [
      "Exhibit 99.1",
      "Acme Reports Record Fourth Quarter Results",
      "Acme Corp. (NYSE: ACM) today reported results." + prose,
    ].join("\n");
    expect(readMetadata(text).company).toBe("Acme Corp.");
  });
});

describe("wrapped text with a wide table row or rule in its head", () => {
  it("still joins a name wrapped over two lines", () => {
    const text = [
      "=".repeat(230),
      "",
      "Third quarter revenue at Brightwater Instruments,",
      "Inc. (Nasdaq: BWIN) rose 14 percent.",
      "",
      "Revenue" + " ".repeat(20) + "48,215" + " ".repeat(200) + "45,312",
    ].join("\n");
    expect(readMetadata(text)).toMatchObject({
      company: "Brightwater Instruments, Inc.",
      ticker: "BWIN",
    });
  });
});

describe("exchange", () => {
  it.each([
    ["(NYSE: AX)", "NYSE"],
    ["(New York Stock Exchange: AX)", "NYSE"],
    ["(NASDAQ/NMS: AX)", "Nasdaq"],
    ["(Nasdaq Global Select Market: AX)", "Nasdaq"],
    ["(AMEX: AX)", "AMEX"],
    ["(American Stock Exchange: AX)", "AMEX"],
    ["(NYSE MKT: AX)", "NYSE American"],
    ["(NYSE Arca: AX)", "NYSE Arca"],
    ["(OTCBB: AX.OB)", "OTC BB"],
    ["(OTC Bulletin Board: AX.OB)", "OTC BB"],
    ["(TSX: AX)", "TSX"],
    ["(ASE: AX)", "AMEX"],
    ["(OTC Pink: AX)", "OTC Pink"],
  ])("names the exchange of %j %j", (paren, exchange) => {
    const m = readMetadata(`Acme Holdings Inc. ${paren} said today`);
    expect(m.exchange).toBe(exchange);
    expect(m.company).toBe("Acme Holdings Inc.");
  });

  it("keeps the symbol as printed and the first of several classes", () => {
    expect(readMetadata("Acme Corp. (NYSE: ACM.A, ACM.B) said")).toMatchObject({
      ticker: "ACM.A",
      exchange: "NYSE",
    });
  });

  it("gives no exchange for a bare symbol, and no ticker for a word in lower case", () => {
    expect(
      readMetadata("Quux Systems (ticker symbol: QUUX) said"),
    ).toMatchObject({ ticker: "QUUX", exchange: null });
    expect(readMetadata("Acme Inc. (NYSE: the company) said")).toMatchObject({
      ticker: null,
      exchange: null,
    });
  });

  it("reaches the release JSON", () => {
    const r = parseRelease(fixture("bramble-8k-full-submission-2004.txt"));
    expect(r).toMatchObject({ ticker: "BRF", exchange: "NYSE" });
    expect(r.filer).toBeUndefined();
  });
});

describe("dateline forms", () => {
  it.each([
    [
      "CUPERTINO, California—February 1, 2024—Orchard today announced",
      "2024-02-01",
    ],
    [
      "NEW YORK, Jan. 20, 2004 /PRNewswire/ -- Gadget Corp. (NYSE: GDG) today",
      "2004-01-20",
    ],
    [
      "SAN JOSE, Calif., January 21, 2004 – zTrek Inc. (Nasdaq: ZTRK) today",
      "2004-01-21",
    ],
    [
      "CHICAGO, IL - April 15, 1999 - Lakeview Foods Corp. announced",
      "1999-04-15",
    ],
    ["February 8, 1994 -- The Grocer Co. said today", "1994-02-08"],
    [
      "SANTA CLARA, Calif., Feb. 21, 2024 (GLOBE NEWSWIRE) -- Gridline (NASDAQ: GRDL) today",
      "2024-02-21",
    ],
    [
      "NEW YORK & LONDON--(BUSINESS WIRE)--March 3, 2005--Lumen Bay Company said",
      "2005-03-03",
    ],
    ["DALLAS, Texas, January 20th, 2004 -- Acme Inc. said", "2004-01-20"],
    ["NEW YORK, Tuesday, January 20, 2004 -- Acme Inc. said", "2004-01-20"],
    [
      "SAN DIEGO, California, January 20, 2004, Acme Corp. today announced",
      "2004-01-20",
    ],
    [
      "CINCINNATI, Ohio, February 8, 1994 The Grocer Co. said today",
      "1994-02-08",
    ],
    [
      "HOUSTON (January 20, 2004) Acme Energy Inc. today reported",
      "2004-01-20",
    ],
  ])("reads %j", (text, date) => {
    expect(readMetadata(text).releaseDate).toBe(date);
  });

  it("gives a wire dateline without a year none, unless the filing dates it", () => {
    const line =
      "     CHICAGO, Jan. 21 /PRNewswire/ -- Acme Widgets Inc. (NYSE: AWI) today reported";
    expect(readMetadata(line).releaseDate).toBeNull();
    const filed = (date: string) =>
      `<SEC-HEADER>\nFILED AS OF DATE:\t\t${date}\n</SEC-HEADER>\n\n${line}`;
    expect(readMetadata(filed("19970123")).releaseDate).toBe("1997-01-21");
    // filed in the new year for a late-December release
    expect(
      readMetadata(filed("19970103").replace("Jan. 21", "Dec. 30")).releaseDate,
    ).toBe("1996-12-30");
    // a filing months away does not date it, nor does it stand in for the day the dateline gives
    expect(readMetadata(filed("19970601")).releaseDate).toBeNull();
  });

  it("takes a date after a comma only where a name and its verb follow a place", () => {
    expect(
      readMetadata("Effective January 1, 2004, Acme Corp. will report monthly.")
        .releaseDate,
    ).toBeNull();
    expect(
      readMetadata("SAN DIEGO, California, January 20, 2004, revenue rose.")
        .releaseDate,
    ).toBeNull();
  });

  it("does not take a later date of the prose when the dateline has none", () => {
    expect(
      readMetadata(
        "CUPERTINO, CALIFORNIA — Orchard® today announced results. The dividend is payable on February 15, 2024 to holders of record as of February 12, 2024.",
      ).releaseDate,
    ).toBeNull();
  });

  it("does not take a rule under a date for a dateline's dash", () => {
    const text =
      "                AUGUST 12, 1998\n       ----------------------------------\n                Date of Report";
    expect(readMetadata(text)).toMatchObject({
      company: null,
      releaseDate: "1998-08-12", // the cover's date of report: the last resort, not a dateline
    });
  });
});

describe("other release-date forms", () => {
  it("reads a 'For Release' label with its time", () => {
    expect(
      readMetadata(
        "For Release: 4:05 p.m. EST, March 9, 2005\n\nAcme Inc. reported",
      ).releaseDate,
    ).toBe("2005-03-09");
  });

  it("reads a date alone under FOR IMMEDIATE RELEASE, weekday and all", () => {
    const text =
      "FOR IMMEDIATE RELEASE\n\nTuesday, March 8, 2005\n\nACME REPORTS RECORD SALES\n\nAcme Widgets Inc. reported results today.";
    expect(readMetadata(text).releaseDate).toBe("2005-03-08");
  });

  it("does not take a lone date without a release's heading above it (a table's date)", () => {
    const text =
      "ACME CORP.\n\nSELECTED FINANCIAL DATA\n\nDecember 31, 2004\n\nAcme had a good year.";
    expect(readMetadata(text).releaseDate).toBeNull();
  });

  it("does not take a lone date that comes after the first sentence", () => {
    const text =
      "Acme Widgets Inc. reported results today.\n\nMarch 8, 2005\n\nMore text.";
    expect(readMetadata(text).releaseDate).toBeNull();
  });

  it("does not take a Date label that is not at a line's start ('Record Date:')", () => {
    expect(
      readMetadata("The dividend's Record Date: March 1, 2005 was set.")
        .releaseDate,
    ).toBeNull();
  });
});

describe("an 8-K: the release's date before the filing's", () => {
  const full = fixture("bramble-8k-full-submission-2004.txt");

  it("reads the exhibit's dateline, not the header's, cover's or signature's dates", () => {
    expect(readMetadata(full)).toEqual({
      company: "Bramble Foods, Inc.",
      ticker: "BRF",
      exchange: "NYSE",
      releaseDate: "2004-07-21",
    });
  });

  const noDateline = full.replace(
    "BOISE, Idaho, July 21, 2004 --",
    "BOISE, Idaho --",
  );

  it("falls back on the signature's date when the release gives none", () => {
    expect(readMetadata(noDateline).releaseDate).toBe("2004-07-22");
  });

  it("then on EDGAR's filing date", () => {
    const t = noDateline.replace("Date: July 22, 2004", "");
    expect(readMetadata(t).releaseDate).toBe("2004-07-23");
  });

  it("then on the cover's date of report, then the conformed period", () => {
    const t = noDateline
      .replace("Date: July 22, 2004", "")
      .replace("FILED AS OF DATE:", "FILED:");
    expect(readMetadata(t).releaseDate).toBe("2004-07-21");
    const u = t.replace(
      "Date of Report (Date of earliest event reported): July 21, 2004",
      "",
    );
    expect(readMetadata(u).releaseDate).toBe("2004-07-21");
    expect(
      readMetadata(u.replace("CONFORMED PERIOD OF REPORT:", "PERIOD:"))
        .releaseDate,
    ).toBeNull();
  });

  it("takes a date just above the cover's 'Date of Report' label", () => {
    expect(
      readMetadata(
        fixture("northwind-8k-tessel-1999.txt").replace(/Dated:.*\n/, ""),
      ).releaseDate,
    ).toBe("1999-03-04");
  });

  it("does not date a release by a 'Date:' line far from any signature", () => {
    const text = "x\n".repeat(200) + "Date: March 1, 2005\n" + "y\n".repeat(20);
    expect(readMetadata(text).releaseDate).toBeNull();
  });
});

describe("statements of another company than the filer", () => {
  it("names the company the statement titles name, and the filer", () => {
    const m = readMetadata(fixture("northwind-8k-tessel-1999.txt"));
    expect(m).toEqual({
      company: "Tessel Labs Corp.",
      ticker: null,
      exchange: null,
      releaseDate: "1999-03-18",
      filer: "Northwind Systems, Inc.",
    });
    const r = parseRelease(fixture("northwind-8k-tessel-1999.txt"));
    expect(r).toMatchObject({
      company: "Tessel Labs Corp.",
      filer: "Northwind Systems, Inc.",
    });
  });

  it("takes a ticker in the 8-K's own text for the filer's, and gives it no target", () => {
    const t = fixture("northwind-8k-tessel-1999.txt").replace(
      "Northwind Systems, Inc., an Oregon",
      "Northwind Systems, Inc. (NYSE: NWS), an Oregon",
    );
    expect(t).toContain("(NYSE: NWS)");
    expect(readMetadata(t)).toMatchObject({
      company: "Tessel Labs Corp.",
      filer: "Northwind Systems, Inc.",
      ticker: null,
      exchange: null,
    });
    const own = fixture("northwind-8k-own-1999.txt").replace(
      "Northwind Systems, Inc., an Oregon",
      "Northwind Systems, Inc. (NYSE: NWS), an Oregon",
    );
    expect(readMetadata(own)).toMatchObject({
      company: "Northwind Systems, Inc.",
      ticker: "NWS",
      exchange: "NYSE",
    });
  });

  it("names the filer alone when the titles name the filer ('… AND SUBSIDIARIES')", () => {
    const m = readMetadata(fixture("northwind-8k-own-1999.txt"));
    expect(m.company).toBe("Northwind Systems, Inc.");
    expect(m.filer).toBeUndefined();
  });

  it("keeps the release's own company when it has a dateline", () => {
    const text = [
      "DENVER, Colo., March 9, 2005 -- Larkspur Outfitters, Inc. (Nasdaq: LRKS) today",
      "",
      "TESSEL LABS CORP.",
      "BALANCE SHEETS",
    ].join("\n");
    expect(readMetadata(text)).toMatchObject({
      company: "Larkspur Outfitters, Inc.",
    });
    expect(readMetadata(text).filer).toBeUndefined();
  });

  it("names no target when the titles name several companies (a parent's subsidiaries)", () => {
    const text = [
      "ALPHA POWER COMPANY",
      "STATEMENTS OF INCOME",
      "",
      "BETA ENERGY COMPANY",
      "STATEMENTS OF INCOME",
    ].join("\n");
    expect(readMetadata(text).filer).toBeUndefined();
  });
});

describe("time on hostile input stays linear", () => {
  const n = 200000;
  it.each([
    ["a name followed by many '!'", "Acme Widgets Corporation" + "!".repeat(n)],
    ["dots after a suffix", "Acme Inc" + ".".repeat(n)],
    [
      "a dateline full of dates",
      "NEW YORK, " + "January 1, 2004, ".repeat(n / 17),
    ],
    ["one long word before a ticker", "A".repeat(n) + " (NYSE: X)"],
    ["many suffixes", "Acme Inc. ".repeat(n / 10)],
    ["many signature lines", "/s/ x\nDate: May 1, 2004\n".repeat(n / 25)],
    ["many statement titles", "ACME CORP.\nBALANCE SHEETS\n".repeat(n / 26)],
    [
      "long lines of one lower-case word",
      ("FOR IMMEDIATE RELEASE " + "x".repeat(1900) + "\n").repeat(n / 1920),
    ],
    ["long rules", ("-".repeat(1990) + "x\n").repeat(n / 1990)],
  ])("%s", (_, text) => {
    const start = Date.now();
    readMetadata(text);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
