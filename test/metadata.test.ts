// Release metadata: company and ticker with its exchange, and the release date.
import { readMetadata } from "../src/metadata";

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
