// Periods: a column's header (plus the table's title and the release's fiscal calendar) → a canonical id.
import { canonicalId, isoDate, lastDayOfMonth } from "../src/dates";
import {
  durationOf,
  learnCalendar,
  PeriodContext,
  readHeader,
  readTitle,
  resolvePeriod,
} from "../src/periods";

const noCalendar = learnCalendar([], "");
const ctx = (over: Partial<PeriodContext> = {}): PeriodContext => ({
  title: "",
  balance: false,
  calendar: noCalendar,
  ...over,
});
const period = (header: string, over: Partial<PeriodContext> = {}) =>
  resolvePeriod(header, ctx(over)).period;

describe("canonicalId: the date 45 days before the end names the period", () => {
  it.each([
    [3, { y: 2003, m: 6, d: 30 }, "Q2-2003"],
    [3, { y: 2003, m: 3, d: 31 }, "Q1-2003"],
    [3, { y: 2003, m: 9, d: 30 }, "Q3-2003"],
    [3, { y: 2003, m: 12, d: 31 }, "Q4-2003"],
    [3, { y: 2014, m: 5, d: 31 }, "Q2-2014"],
    [3, { y: 2004, m: 7, d: 3 }, "Q2-2004"],
    [3, { y: 2004, m: 1, d: 31 }, "Q4-2003"],
    [3, { y: 2005, m: 1, d: 1 }, "Q4-2004"],
    [6, { y: 2003, m: 6, d: 30 }, "6M-2003"],
    [9, { y: 2003, m: 9, d: 30 }, "9M-2003"],
    [12, { y: 2003, m: 12, d: 31 }, "FY2003"],
    [12, { y: 2014, m: 5, d: 31 }, "FY2014"],
    [12, { y: 1994, m: 1, d: 1 }, "FY1993"],
    [12, { y: 2005, m: 1, d: 29 }, "FY2004"],
  ] as const)("%i months ending %o → %s", (months, end, id) => {
    expect(canonicalId(months, end)).toBe(id);
  });
});

describe("date helpers", () => {
  it("knows the last day of each month, leap years included", () => {
    expect(lastDayOfMonth(2004, 2)).toBe(29);
    expect(lastDayOfMonth(2003, 2)).toBe(28);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2003, 6)).toBe(30);
    expect(lastDayOfMonth(2003, 12)).toBe(31);
  });

  it("writes ISO dates with zero padding", () => {
    expect(isoDate({ y: 2003, m: 6, d: 3 })).toBe("2003-06-03");
  });
});

describe("durationOf", () => {
  it.each([
    ["Three Months Ended", 3],
    ["3 Months Ended December", 3],
    ["THREE-MONTH PERIOD", 3],
    ["Six Months Ended", 6],
    ["Nine Months Ended", 9],
    ["Twelve Months Ended", 12],
    ["12 Months Ended December", 12],
    ["13 Weeks Ended", 3],
    ["Thirteen Weeks Ended", 3],
    ["Fourteen Weeks", 3],
    ["26 Weeks Ended", 6],
    ["Twenty-six weeks", 6],
    ["39 Weeks Ended", 9],
    ["52 Weeks Ended", 12],
    ["Fifty-three weeks", 12],
    ["Quarter Ended", 3],
    ["Quarters Ended", 3],
    ["Qtr.", 3],
    ["Fourth Quarter", 3],
    ["2nd Quarter", 3],
    ["Q2", 3],
    ["2Q", 3],
    ["First Half", 6],
    ["Year Ended", 12],
    ["Years Ended", 12],
    ["YEARS ENDED", 12],
    ["Fiscal Year", 12],
    ["Fiscal", 12],
    ["FY", 12],
    ["4 QUARTERS", 12],
    ["Annual", 12],
    ["Full-Year", 12],
  ])("%j lasts %i months", (text, months) => {
    expect(durationOf(text).months).toBe(months);
  });

  it.each([
    ["Fourth Quarter", 4],
    ["first quarter", 1],
    ["2nd Quarter", 2],
    ["3rd Qtr", 3],
    ["Q2", 2],
    ["3Q", 3],
    ["Second Fiscal Quarter", 2],
  ])("%j is fiscal quarter %i", (text, q) => {
    expect(durationOf(text).fiscalQuarter).toBe(q);
  });

  it.each([
    "Year-to-Date",
    "YTD",
    "Year to date",
    "June 30,",
    "2003",
    "(Unaudited)",
    "Reported",
    "",
  ])("%j names no length", (text) => {
    expect(durationOf(text).months).toBeUndefined();
  });
});

describe("readHeader", () => {
  it("reads a duration, an end date and a year", () => {
    expect(readHeader("Three Months Ended June 30, 2003")).toMatchObject({
      months: 3,
      end: { y: 2003, m: 6, d: 30 },
      year: 2003,
    });
  });

  it("completes a date split over rows: 'June 30,' then '2003'", () => {
    expect(readHeader("June 30, 2003").end).toEqual({ y: 2003, m: 6, d: 30 });
  });

  it("takes the month's last day when the header names only the month", () => {
    expect(readHeader("3 Months Ended December 2004")).toMatchObject({
      months: 3,
      end: { y: 2004, m: 12, d: 31 },
      monthOnly: true,
    });
    expect(readHeader("Feb 2004").end).toEqual({ y: 2004, m: 2, d: 29 });
  });

  it.each([
    ["Sept. 30, 2003", { y: 2003, m: 9, d: 30 }],
    ["Jun. 30, 2003", { y: 2003, m: 6, d: 30 }],
    ["30 June 2003", { y: 2003, m: 6, d: 30 }],
    ["6/30/03", { y: 2003, m: 6, d: 30 }],
    ["1/1/94", { y: 1994, m: 1, d: 1 }],
    ["12/31/2003", { y: 2003, m: 12, d: 31 }],
    ["2003-06-30", { y: 2003, m: 6, d: 30 }],
  ])("reads the date in %j", (text, end) => {
    expect(readHeader(text).end).toEqual(end);
  });

  it.each([
    "% Change",
    "Percent Change",
    "PERCENT CHANGE",
    "% Chg.",
    "Increase (Decrease)",
    "Variance",
  ])("reads %j as a change column", (text) => {
    expect(readHeader(text).change).toBe(true);
  });

  it("marks a percent change column as percent, a dollar change column not", () => {
    expect(readHeader("% Change").percent).toBe(true);
    expect(readHeader("$ Change").percent).toBe(false);
  });

  it("marks 'As of' and 'At' headers as instants", () => {
    expect(readHeader("As of June 30, 2003").instant).toBe(true);
    expect(readHeader("At December 31, 2002").instant).toBe(true);
  });

  it.each(["FY04", "FY '04", "FY2004", "FY 2004", "Fiscal 04", "Fiscal 2004"])(
    "reads the fiscal year label %j",
    (text) => {
      expect(readHeader(text)).toMatchObject({
        year: 2004,
        months: 12,
        fiscalYear: true,
      });
    },
  );

  it("reads a fiscal quarter with a short fiscal year: 'Q2 FY04'", () => {
    expect(readHeader("Q2 FY04")).toMatchObject({
      year: 2004,
      months: 3,
      fiscalQuarter: 2,
    });
  });
});

describe("readTitle", () => {
  it("reads 'YEARS ENDED DECEMBER 31, 2003 AND 2002' as twelve months ending on that day of both years", () => {
    expect(
      readTitle(
        "STATEMENTS OF OPERATIONS FOR THE YEARS ENDED DECEMBER 31, 2003 AND 2002",
      ),
    ).toEqual([
      { months: 12, instant: false, month: 12, day: 31, years: [2003, 2002] },
    ]);
  });

  it("reads six-month periods", () => {
    expect(
      readTitle("FOR THE SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997")[0],
    ).toMatchObject({ months: 6, month: 6, day: 30, years: [1998, 1997] });
  });

  it("reads balance-sheet dates without a duration as instants", () => {
    expect(readTitle("BALANCE SHEETS DECEMBER 31, 2003 AND 2002")).toEqual([
      { instant: true, month: 12, day: 31, years: [2003, 2002] },
    ]);
  });

  it("reads an ended phrase without years as applying to any year", () => {
    expect(readTitle("Three Months Ended March 31,")[0]).toMatchObject({
      months: 3,
      month: 3,
      day: 31,
      years: [],
    });
  });

  it("finds nothing in a title without dates", () => {
    expect(
      readTitle(
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (in thousands)",
      ),
    ).toEqual([]);
  });
});

describe("resolvePeriod: headers as releases print them", () => {
  it.each([
    ["Three Months Ended June 30, | 2003", "Q2-2003"],
    ["Three Months Ended June 30, 2002", "Q2-2002"],
    ["Six Months Ended June 30, | 2003", "6M-2003"],
    ["Nine Months Ended September 30, | 2003", "9M-2003"],
    ["Year Ended December 31, | 2003", "FY2003"],
    ["Years Ended December 31, | 2002", "FY2002"],
    ["Twelve Months Ended | December 31, | 2003", "FY2003"],
    ["Three Months Ended | June 30, | (Unaudited) | 2003", "Q2-2003"],
    ["3 Months Ended December | 2004", "Q4-2004"],
    ["12 Months Ended December | 2003", "FY2003"],
    ["Quarter Ended | January 31, | 2004", "Q4-2003"],
    ["Quarter Ended May 31, 2014", "Q2-2014"],
    ["Year Ended May 31, 2014", "FY2014"],
    ["13 Weeks Ended | July 3, | 2004", "Q2-2004"],
    ["Thirteen Weeks Ended July 5, 2003", "Q2-2003"],
    ["26 Weeks Ended | July 3, | 2004", "6M-2004"],
    ["39 Weeks Ended October 2, 2004", "9M-2004"],
    ["52 Weeks Ended January 1, 1994", "FY1993"],
    ["4TH QUARTER | 1993 | 1/1/94", "Q4-1993"],
  ])("%j → %s", (header, id) => {
    expect(period(header)).toBe(id);
  });

  it.each([
    ["June 30, 2003", "2003-06-30"],
    ["December 31, | 2002", "2002-12-31"],
    ["March 31, | 2005", "2005-03-31"],
    ["Sept. 30, 2003", "2003-09-30"],
    ["6/30/03", "2003-06-30"],
  ])("a balance sheet's %j is the instant %s", (header, id) => {
    expect(period(header, { balance: true })).toBe(id);
  });

  it("keeps a balance sheet's date an instant when its title states a length (a sentence read above it)", () => {
    const title =
      "FOR THE QUARTER ENDED SEPTEMBER 30, 2004. CONSOLIDATED BALANCE SHEETS";
    expect(period("SEPT. 30, | 2004", { title, balance: true })).toBe(
      "2004-09-30",
    );
    // The same date in a table of results takes the length.
    expect(period("SEPT. 30, | 2004", { title })).toBe("Q3-2004");
  });

  it("makes 'As of' a date an instant in any table", () => {
    expect(period("As of June 30, 2003")).toBe("2003-06-30");
  });

  it("takes the end date for a bare year column from the title", () => {
    expect(
      period("2003", {
        title:
          "STATEMENTS OF INCOME FOR THE THREE MONTHS ENDED MARCH 31, 2003 AND 2002",
      }),
    ).toBe("Q1-2003");
    expect(
      period("2002", {
        title:
          "STATEMENTS OF OPERATIONS FOR THE YEARS ENDED DECEMBER 31, 2003 AND 2002",
      }),
    ).toBe("FY2002");
    expect(
      period("2002", {
        title: "BALANCE SHEETS DECEMBER 31, 2003 AND 2002",
        balance: true,
      }),
    ).toBe("2002-12-31");
  });

  it("takes the length for a dated column from the title", () => {
    expect(period("June 30, 2003", { title: "Six Months Ended" })).toBe(
      "6M-2003",
    );
  });

  it("resolves fiscal labels through the release's own statement of its calendar", () => {
    const calendar = learnCalendar(
      [],
      "results for the fourth quarter of fiscal 2004 ended January 29, 2005.",
    );
    expect(
      resolvePeriod("Fourth Quarter | 2004", ctx({ calendar })),
    ).toMatchObject({ period: "Q4-2004", fiscalPeriod: "FQ4-2004" });
    expect(period("Fiscal Year | 2004", { calendar })).toBe("FY2004");
    expect(period("Fiscal 2003", { calendar })).toBe("FY2003");
    expect(period("Q2 2004", { calendar })).toBe("Q2-2004");
    expect(period("2nd Quarter 2004", { calendar })).toBe("Q2-2004");
  });

  it("places 'FY2004' and 'Q2 FY04' in a September fiscal year", () => {
    const calendar = learnCalendar(
      [],
      "for the fiscal year ended September 30, 2004, revenue rose.",
    );
    expect(period("FY2004", { calendar })).toBe("FY2004");
    expect(period("Q2 FY04", { calendar })).toBe("Q1-2004");
    expect(period("Q4 FY04", { calendar })).toBe("Q3-2004");
  });

  it("names a fiscal year ending in January by its own label, whatever the calendar year", () => {
    const calendar = learnCalendar(
      [],
      "net income for fiscal 2003, which ended January 31, 2004, rose 5%.",
    );
    expect(period("Fiscal 2003", { calendar })).toBe("FY2003");
    expect(period("Fourth Quarter 2003", { calendar })).toBe("Q4-2003");
  });

  it("keeps the calendar id and gives the fiscal numbering apart", () => {
    const calendar = learnCalendar(
      [],
      "the first quarter of fiscal 2024 ended December 30, 2023",
    );
    expect(
      resolvePeriod("First Quarter 2024", ctx({ calendar })),
    ).toMatchObject({ period: "Q4-2023", fiscalPeriod: "FQ1-2024" });
  });
});

describe("resolvePeriod: null and a reason, never a guess", () => {
  it.each([
    ["Fourth Quarter 2004", /fiscal 2004/],
    ["Fiscal 2004", /fiscal 2004/],
    ["Q2 2004", /fiscal 2004/],
    ["2nd Quarter 2004", /fiscal 2004/],
    ["2003", /no end date for 2003/],
    ["Unaudited 2003", /no end date/],
    ["Quarter Ended 2004", /no end date/],
    ["Reported", /no date/],
    ["", /no date/],
    ["June 30, 2003", /no length/],
    ["Year-to-Date June 30, 2003", /no length/],
    ["YTD | June 30, | 2003", /no length/],
  ])("%j → null because %s", (header, reason) => {
    const r = resolvePeriod(header, ctx());
    expect(r.period).toBeNull();
    expect(r.reason).toMatch(reason);
  });

  it("keeps the fiscal numbering of a fiscal label it cannot place", () => {
    expect(resolvePeriod("Fourth Quarter 2004", ctx()).fiscalPeriod).toBe(
      "FQ4-2004",
    );
  });

  it("does not place a fiscal year ending before June from 'year ended' alone: the label is not stated", () => {
    const calendar = learnCalendar(
      [],
      "for the fiscal year ended May 31, 2014, revenue rose.",
    );
    expect(period("Fiscal 2014", { calendar })).toBeNull();
  });

  it("does not take a balance-sheet date that lacks its day", () => {
    const r = resolvePeriod("December 2004", ctx({ balance: true }));
    expect(r.period).toBeNull();
    expect(r.reason).toMatch(/no day of the month/);
  });

  it("gives a change column no period and no reason (it is not a period column)", () => {
    expect(resolvePeriod("% Change", ctx())).toEqual({
      period: null,
      percent: true,
    });
    expect(resolvePeriod("Increase (Decrease)", ctx()).reason).toBeUndefined();
  });

  it("does not read a title's bare length into a balance-sheet date", () => {
    expect(
      period("June 30, 2003", { title: "Three months", balance: true }),
    ).toBe("2003-06-30");
  });
});

describe("learnCalendar", () => {
  it("learns the fiscal year end from narrative stating a quarter's end", () => {
    const cal = learnCalendar(
      [],
      "For the second quarter ended June 30, 2003, revenue was flat.",
    );
    expect(cal.yearEnd(2003)).toEqual({ y: 2003, m: 12, d: 30 });
  });

  it("learns a labelled quarter of a fiscal year ending in another calendar year", () => {
    const cal = learnCalendar(
      [],
      "the fourth quarter of fiscal 2023 ended January 28, 2023",
    );
    expect(cal.yearEnd(2023)).toEqual({ y: 2023, m: 1, d: 28 });
    // Other years follow by the same offset and month-day.
    expect(cal.yearEnd(2024)).toEqual({ y: 2024, m: 1, d: 28 });
  });

  it("pairs the latest quarter label with the narrative's quarter of that number ended on a date, a January year either way", () => {
    // A retailer's fiscal 2004 ends in January 2005; another names that year FY2005. The label says which.
    const retail = learnCalendar(
      ["Q2 2004", "Q2 2003"],
      "results for the second quarter ended July 31, 2004",
      "2004-08-12",
    );
    expect(retail.yearEnd(2004)).toEqual({ y: 2005, m: 1, d: 31 });
    expect(period("Q2 2004", { calendar: retail })).toBe("Q2-2004");
    expect(resolvePeriod("Q2 2004", ctx({ calendar: retail })).end).toBe(
      "2004-07-31",
    );
    const named = learnCalendar(
      ["Q3 FY2005", "Q3 FY2004"],
      "for the third quarter ended October 30, 2004",
    );
    expect(named.yearEnd(2005)).toEqual({ y: 2005, m: 1, d: 30 });
    // A quarter to come ("ending"), or another quarter than the label's, says nothing of the label.
    for (const text of [
      "for the second quarter ending July 31, 2004",
      "for the first quarter ended April 30, 2004",
    ])
      expect(
        learnCalendar(["Q2 2004", "Q2 2003"], text).yearEnd(2004),
      ).toBeNull();
  });

  it("learns from a header that carries both a fiscal label and its own date", () => {
    const cal = learnCalendar(["4TH QUARTER 1993 1/1/94"], "");
    expect(cal.yearEnd(1993)).toEqual({ y: 1994, m: 1, d: 1 });
  });

  it("learns nothing from a plain calendar header", () => {
    expect(
      learnCalendar(["Year Ended December 31, 2003"], "").yearEnd(2003),
    ).toBeNull();
  });

  it("learns a year-end from June to December from 'year ended'", () => {
    expect(
      learnCalendar([], "for the fiscal year ended September 30, 2004").yearEnd(
        2004,
      ),
    ).toEqual({ y: 2004, m: 9, d: 30 });
  });

  it("knows nothing when the release says nothing", () => {
    expect(learnCalendar([], "Revenue rose 5%.").yearEnd(2004)).toBeNull();
  });
});

describe("quarters written with a two-digit year", () => {
  const calendar = learnCalendar(
    [],
    "results for the fourth quarter ended December 31, 2004",
  );
  it.each([
    ["4Q04", "Q4-2004"],
    ["4Q03", "Q4-2003"],
    ["Q4 '04", "Q4-2004"],
    ["Q2-04", "Q2-2004"],
  ])("%s → %s once the release states its calendar", (header, want) => {
    expect(
      resolvePeriod(header, { title: "", balance: false, calendar }),
    ).toMatchObject({ period: want });
  });
  it("stays unknown without a stated calendar", () => {
    expect(
      resolvePeriod("4Q04", {
        title: "",
        balance: false,
        calendar: noCalendar,
      }),
    ).toMatchObject({ period: null });
  });
});

describe("header forms: abbreviations, dates listed per column, quarter labels, forecasts", () => {
  it.each([
    ["3 Mos. Ended | 12/31/00", "Q4-2000"],
    ["3 MOS. ENDED | 3/31/01", "Q1-2001"],
    ["12 Mos. Ended | 12/31/99", "FY1999"],
    ["Six Mos Ended | 6/30/01", "6M-2001"],
    ["9 Mths Ended | 9/30/01", "9M-2001"],
    ["3 Mo. Ended | 12/31/00", "Q4-2000"],
  ])("reads the abbreviated length in %j → %s", (header, id) => {
    expect(period(header)).toBe(id);
  });

  it("does not read 'mos' inside a word as months", () => {
    expect(durationOf("3 Mosaic").months).toBeUndefined();
  });

  it("gives each year column its own date from a header listing one date per column", () => {
    const h = "For the 13 Weeks Ended | July 3, 2004 and June 28, 2003";
    expect(resolvePeriod(`${h} | 2004`, ctx())).toMatchObject({
      period: "Q2-2004",
      end: "2004-07-03",
    });
    expect(resolvePeriod(`${h} | 2003`, ctx())).toMatchObject({
      period: "Q2-2003",
      end: "2003-06-28",
    });
  });

  it("gives no period when a header lists several dates and no year of the column's own picks one", () => {
    const r = resolvePeriod(
      "For the 13 Weeks Ended | July 3, 2004 and June 28, 2003 | Actual",
      ctx(),
    );
    expect(r.period).toBeNull();
    expect(r.reason).toMatch(/several end dates/);
    expect(
      resolvePeriod(
        "Quarter Ended | July 3, 2004 and April 3, 2004 | 2004",
        ctx(),
      ).period,
    ).toBeNull();
  });

  it("reads every date of a title's ended phrase: 'ENDED JULY 3, 2004 AND JUNE 28, 2003'", () => {
    const title = "FOR THE 26 WEEKS ENDED JULY 3, 2004 AND JUNE 28, 2003";
    const listed = [2004, 2003];
    expect(readTitle(title)).toEqual([
      { months: 6, instant: false, month: 7, day: 3, years: [2004], listed },
      { months: 6, instant: false, month: 6, day: 28, years: [2003], listed },
    ]);
    expect(period("2003", { title })).toBe("6M-2003");
    expect(resolvePeriod("2003", ctx({ title })).end).toBe("2003-06-28");
  });

  it("places a quarter label under a title date in the quarter's calendar month: a December year-end", () => {
    const title = "FOR THE THREE MONTHS ENDED MARCH 31";
    expect(period("1ST QTR | 1994", { title })).toBe("Q1-1994");
    expect(period("1ST QTR | 1993", { title })).toBe("Q1-1993");
    expect(
      period("4TH QUARTER | 1993", { title: "THREE MONTHS ENDED JANUARY 1" }),
    ).toBe("Q4-1993");
    expect(
      period("Fiscal 1994", { title: "YEAR ENDED DECEMBER 31, 1994 AND 1993" }),
    ).toBe("FY1994");
  });

  it("does not place a quarter label under a title date in another month: the label's year is not stated", () => {
    const r = resolvePeriod(
      "3RD QTR | 2004",
      ctx({ title: "FOR THE THREE MONTHS ENDED JUNE 26" }),
    );
    expect(r.period).toBeNull();
    expect(r.reason).toMatch(/fiscal 2004/);
  });

  it("learns a December year-end when the latest quarter label ends on the latest date the tables print", () => {
    const calendar = learnCalendar(
      ["1ST QTR 1994", "1ST QTR 1993", "March 31, 1994", "December 31, 1993"],
      "",
    );
    expect(period("1ST QTR 1994", { calendar })).toBe("Q1-1994");
    expect(period("1ST QTR 1993", { calendar })).toBe("Q1-1993");
  });

  it("learns nothing when the latest date is not the labelled quarter's calendar end", () => {
    // A September year: its second quarter ends March 31; "Q1 1994" beside it says nothing about December.
    const calendar = learnCalendar(
      ["Q1 1994", "Q2 1994", "March 31, 1994", "September 30, 1993"],
      "",
    );
    expect(calendar.yearEnd(1994)).toBeNull();
    expect(period("Q1 1994", { calendar })).toBeNull();
  });

  it.each([
    ["Q3'04 Actual", 3, 2004],
    ["Q2 FY05", 2, 2005],
    ["Fiscal 2014 Q3", 3, 2014],
    ["3Q04", 3, 2004],
  ])("reads the fiscal label %j as quarter %i of %i", (header, q, y) => {
    expect(readHeader(header)).toMatchObject({ fiscalQuarter: q, year: y });
  });

  it("places 'Q3'04 Actual' only where the release states the fiscal calendar", () => {
    expect(resolvePeriod("Q3'04 Actual", ctx())).toMatchObject({
      period: null,
      fiscalPeriod: "FQ3-2004",
      reason: expect.stringMatching(/fiscal 2004/),
    });
    const calendar = learnCalendar(
      ["Q3'04 Actual"],
      "results for its fiscal 2004 third quarter ended June 26, 2004",
    );
    expect(period("Q3'04 Actual", { calendar })).toBe("Q2-2004");
    expect(period("Q3'03 Actual", { calendar })).toBe("Q2-2003");
    const unlabelled = learnCalendar(
      [],
      "for the fiscal third quarter ended June 26, 2004",
    );
    expect(period("Q3'04 Actual", { calendar: unlabelled })).toBe("Q2-2004");
  });

  it.each([
    "Outlook",
    "Q2 2023 | Guidance",
    "Second Quarter Fiscal 2023 | Outlook",
    "Fiscal 2005 | Forecast",
    "Year Ended December 31, 2005 | Estimated",
  ])("gives the forecast column %j no period, with a reason", (header) => {
    const r = resolvePeriod(header, ctx());
    expect(r.period).toBeNull();
    expect(r.reason).toMatch(/expectations/);
  });

  it("gives no period to the columns of a table titled as an outlook, even with a stated calendar", () => {
    const calendar = learnCalendar(
      [],
      "the first quarter of fiscal 2023, which ended March 31, 2023",
    );
    expect(period("Second Quarter | Fiscal 2023", { calendar })).toBe(
      "Q2-2023",
    );
    expect(
      period("Second Quarter | Fiscal 2023", {
        calendar,
        title: "BUSINESS OUTLOOK (In millions)",
      }),
    ).toBeNull();
  });
});

describe("year-to-date columns and curly apostrophes", () => {
  it("gives 'Year-to-Date' the length of the stated fiscal year's quarters up to its date", () => {
    const calendar = learnCalendar(
      [],
      "For the third quarter ended September 30, 2004, sales rose.",
    );
    expect(period("Year-to-Date | September 30, | 2004", { calendar })).toBe(
      "9M-2004",
    );
    expect(period("YTD | 6/30/04", { calendar })).toBe("6M-2004");
    const september = learnCalendar(
      [],
      "for the fiscal year ended September 25, 2004",
    );
    expect(period("YTD | June 26, 2004", { calendar: september })).toBe(
      "9M-2004",
    );
  });

  it("leaves 'Year-to-Date' without a length where the release states no calendar", () => {
    const r = resolvePeriod("YTD | 9/30/04", ctx());
    expect(r.period).toBeNull();
    expect(r.reason).toMatch(/no length/);
  });

  it("reads a curly apostrophe in 'Q3’04' and 'FY’05'", () => {
    expect(readHeader("Q3\u201904 Actual")).toMatchObject({
      fiscalQuarter: 3,
      year: 2004,
    });
    expect(readHeader("FY\u201905")).toMatchObject({ year: 2005 });
  });
});

describe("dates listed one per column must pair with the columns; two lengths in one title name neither", () => {
  const retail =
    "For the 52 Weeks Ended | January 29, 2005 and January 31, 2004";
  const siblings = [`${retail} | 2004`, `${retail} | 2003`];

  it("gives no period where a header's listed dates do not pair with the columns' years (fiscal labels)", () => {
    expect(
      resolvePeriod(`${retail} | 2004`, ctx({ siblings })).period,
    ).toBeNull();
    const own = "For the 13 Weeks Ended | July 3, 2004 and June 28, 2003";
    expect(
      period(`${own} | 2003`, {
        siblings: [`${own} | 2004`, `${own} | 2003`],
      }),
    ).toBe("Q2-2003");
  });

  it("gives no end date from a title's listed dates that do not pair with the year columns", () => {
    const title =
      "FOR THE 52 WEEKS ENDED JANUARY 29, 2005 AND JANUARY 31, 2004";
    const r = resolvePeriod("2004", ctx({ title, siblings: ["2004", "2003"] }));
    expect(r.period).toBeNull();
    expect(r.reason).toMatch(/no end date for 2004/);
    const calendarYears =
      "FOR THE 13 WEEKS ENDED JULY 3, 2004 AND JUNE 28, 2003";
    expect(
      period("2003", { title: calendarYears, siblings: ["2004", "2003"] }),
    ).toBe("Q2-2003");
  });

  it.each([
    "FOR THE THREE AND SIX MONTHS ENDED JUNE 30, 2004 AND 2003",
    "13 and 26 Weeks Ended July 3, 2004 and June 28, 2003",
    "QUARTER AND YEAR ENDED DECEMBER 31, 2004 AND 2003",
    "Three Months and Year Ended December 31,",
  ])("takes no length for a year column from the title %j", (title) => {
    const r = resolvePeriod("2004", ctx({ title }));
    expect(r.period).toBeNull();
    expect(r.reason).toMatch(/no length/);
  });
});

describe("more header forms of the 1990s", () => {
  it.each([
    ["Sixteen Weeks Ended | April 23, 1994", "Q1-1994"],
    ["Twenty-eight Weeks Ended | July 10, 1994", "6M-1994"],
    ["28 Weeks Ended | July 10, 1994", "6M-1994"],
    ["Forty Weeks Ended | October 1, 1994", "9M-1994"],
    ["Three Months | Ended 3/31 | 1996", "Q1-1996"],
    ["Twelve Months | Ended 12/31 | 1995", "FY1995"],
  ])("%j → %s", (header, id) => {
    expect(period(header)).toBe(id);
  });

  it("reads the length of a title's 'TWENTY-EIGHT WEEKS ENDED' for its year columns", () => {
    expect(
      period("1994", {
        title: "TWENTY-EIGHT WEEKS ENDED JULY 10, 1994 AND 1993",
      }),
    ).toBe("6M-1994");
  });

  it("takes no month and day from a figure like 13/40", () => {
    expect(readHeader("Ended 13/40 | 1996").end).toBeUndefined();
  });

  it("gives a budget column no period", () => {
    expect(
      resolvePeriod("Year Ended December 31, 2004 | Budget", ctx()).period,
    ).toBeNull();
  });
});

describe("learnCalendar: a bare quarter end pairs with the latest quarter label only", () => {
  it("places a September year's trend columns by the latest label, not an earlier one", () => {
    const calendar = learnCalendar(
      ["Q1 1994", "Q2 1994"],
      "results for the quarter ended March 31, 1994",
    );
    expect(calendar.yearEnd(1994)).toEqual({ y: 1994, m: 9, d: 30 });
    expect(period("Q2 1994", { calendar })).toBe("Q1-1994");
    expect(period("Q1 1994", { calendar })).toBe("Q4-1993");
  });
});

describe("forecast words in a title", () => {
  it("keeps the periods of a table whose title or heading says 'estimated' or 'projected'", () => {
    expect(
      period("Year Ended December 31, 2004", {
        title: "PROJECTED BENEFIT OBLIGATION ESTIMATED FAIR VALUE",
      }),
    ).toBe("FY2004");
  });
});

describe("comparison columns", () => {
  it.each(["Q3 2004 vs. Q3 2003", "2004 vs 2003", "2004 versus 2003"])(
    "reads %j as a change column, not a period",
    (header) => {
      const calendar = learnCalendar(
        [],
        "For the third quarter ended September 30, 2004, sales rose.",
      );
      const r = resolvePeriod(header, ctx({ calendar }));
      expect(r.period).toBeNull();
      expect(readHeader(header).change).toBe(true);
    },
  );
});
