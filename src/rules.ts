// Every pattern the parser matches, in one place, named for what it recognises.
// Stages import what they need from here; no regular expression is written anywhere else in src/.

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

/** A number of months or weeks, in words or figures, and the units a title counts a length in. */
const LENGTH_WORD =
  "(?:three|six|nine|twelve|thirteen|fourteen|sixteen|twenty[\\s-]?(?:four|six|eight)|thirty[\\s-]?(?:six|nine)|forty|fifty[\\s-]?(?:two|three)|\\d{1,2})";
const LENGTH_UNIT = "(?:months?|weeks?|quarters?|years?|periods?)";

export const rules = {
  // ---- lines -------------------------------------------------------------------------------------------------
  lineBreak: /\r\n|\r|\n/,
  formFeed: /\f/g,
  /** Any run of white space. */
  whiteRun: /\s+/g,
  /** Two or more spaces (a label's inner gaps fold to one). */
  spaceRun: / {2,}/g,
  /** Printable ASCII only: nothing to fold. */
  plainAscii: /^[\x20-\x7e]*$/,
  /** Spaces that are not ASCII spaces: no-break, thin, figure, ideographic … */
  oddSpace: /[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g,
  /** Hyphens, en/em dashes and the minus sign. */
  dash: /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g,
  curlyApostrophe: /[\u2018\u2019\u02bc]/g,
  curlyQuote: /[\u201c\u201d]/g,
  /** EDGAR escapes a line starting with "-" as "- -…". */
  edgarEscapedDash: /^- (?=-)/,
  edgarTag:
    /^\s*<\/?(?:TABLE|CAPTION|S|C|FN|PAGE|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT|PRE)\b[^>]*>/i,
  edgarTableOpen: /^\s*<TABLE\b/i,
  /** An EDGAR submission's header block: filing data ("ACCESSION NUMBER:", "ZIP:"), not the release. */
  submissionHeaderOpen: /^\s*<(?:SEC|IMS)-HEADER>/i,
  submissionHeaderClose: /^\s*<\/(?:SEC|IMS)-HEADER>/i,
  edgarTableClose: /^\s*<\/TABLE>/i,
  edgarCaption: /^\s*<CAPTION>/i,
  edgarPage: /^\s*<PAGE>/i,
  /** A rule: dashes, equals signs or underscores only (at least three of them). */
  rule: /^[\s\-=_]*[-=_]{3}[\s\-=_]*$/,
  doubleRule: /=/,
  /** One underline within a rule line. */
  ruleSegment: /[-=_]{2,}/g,
  /** Page furniture that is never content. */
  noise:
    /^\s*(?:-+\s*more\s*-+|\(\s*more\s*\)|-?\s*(?:continued|cont'd)\s*-?|-\s*\d{1,3}\s*-|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|(?:#\s*){3,}|(?:\*\s*){3,}|\[\s*(?:logo|graphic|photo|picture)[^\]]*\])\s*$/i,
  /** A title line marking a table continued from the page before: "(Continued)", "STATEMENTS OF INCOME, CONTINUED". */
  continuedTitle: /\bcontinued\b|\bcont'd\b/i,
  /** A lone page number: a small integer alone on its line. */
  pageNumber: /^\s*\d{1,3}\s*$/,

  // ---- cells and numbers ---------------------------------------------------------------------------------------
  /** Dot leaders: "Revenues ........" or ". . . ." */
  dotLeader: /\.(?:\s?\.){2,}/g,
  /** One value token: $, (, -, digits with thousands separators, decimals, ), %, footnote marker; "(6.3%)" too. */
  number:
    /^(\$\s*)?(\()?\s*(-)?\s*(\$\s*)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(%)?\s*(\))?\s*(%)?(?:\s*(?:\([a-z]\)|\(\d{1,2}(?:,\d{1,2})*\)|\*{1,3}))?$/i,
  /** The commas between a figure's thousands: what its value leaves out of its text. */
  thousandsComma: /,/g,
  /** Cells that hold no number: dashes (zero or not meaningful) and the n.a. family. */
  dashCell: /^\$?\s*(?:-{1,3}|\u2014|\u2013|_{1,3})$/,
  notAvailableCell:
    /^\$?\s*(?:n\/?a|n\.a\.?|n\/?m|n\.m\.?|nmf|\*|none|not meaningful)$/i,
  nilCell: /^\$?\s*nil$/i,
  currency: /^\$$/,
  /** A word of four letters or more: no value cell has one (but "none" and "not meaningful"). */
  longWord: /[A-Za-z]{4}/,
  /** A footnote marker standing after a value, one space apart: "(a)", "*", "(1)". */
  footnoteMarker: /^(?:\([a-z]\)|\(\d\)|\*{1,3})$/i,
  /** A change in basis points or percentage points written after a figure: "(242) bp.", "35 bps", "1.2 pts". */
  pointsWord: /^(?:bps?|ppts?|pts?)\.?$/i,
  pointsSuffix: /\s*\b(?:bps?|ppts?|pts?)\.?$/i,
  /** A superscript marker as html.ts writes it: "(1)", "(12)", "(1,2)", "(a)", "*". */
  supMarker: /^(?:\((?:\d{1,2}(?:,\d{1,2})*|[a-z])\)|\*)$/i,
  /** A footnote marker written onto a number: "288,139(a)", "1.64*". */
  attachedFootnote:
    /(?<=[\d)%])\s?(?:\([a-z]\)|\(\d{1,2}(?:,\d{1,2})*\)|\*{1,3})$/i,
  year: /^(?:19|20)\d\d$/,
  /** A year with a footnote marker written onto it ("2003*", "2003(a)"): still a header's year. */
  yearWithMarker: /^(?:19|20)\d\d\s?(?:\*{1,3}|\([a-z]\)|\(\d{1,2}\))?$/i,
  /** A price in a range ("$10.50" in "$10.50 - $15.00"): a dollar sign or decimals, not in parentheses. */
  rangePrice: /^(?:\$\s*\d[\d,]*(?:\.\d+)?|\$?\d[\d,]*\.\d+)$/,
  /** What stands between the two ends of a range: a lone dash. */
  rangeDash: /^-{1,2}$/,
  /** Marker-like text in a value position: "(1)", "(a)", "*", or a bare digit 1-9 (a superscript in plain text). */
  markerLike: /^(?:\([a-z]\)|\(\d\)|\*{1,3}|[1-9])$/i,
  /** A lone small integer (a page number when it stands in no column). */
  smallInteger: /^\d{1,3}$/,

  /** A label that a year completes: "Balance at December 31,", "Fiscal", "FY", "Calendar year". */
  labelAwaitsYear: new RegExp(
    `(?:\\b${MONTH}(?:\\s+\\d{1,2})?,?|\\bfiscal(?:\\s+year)?|\\bFY|\\bcalendar(?:\\s+year)?)\\s*$`,
    "i",
  ),
  /** A label a year completes only when it stands close after it ("Third quarter  2004", not a column of figures). */
  labelAwaitsNearYear: /\b(?:years?|quarter|Q[1-4]|[1-4]Q|half)\s*$/i,
  /** A label that a day of the month completes: "Balance at December". */
  labelAwaitsDay: new RegExp(`\\b${MONTH}\\s*$`, "i"),
  /** A day of the month written alone: 1 to 31. */
  dayOfMonth: /^(?:[1-9]|[12]\d|3[01]),?$/,

  // ---- headers and periods -------------------------------------------------------------------------------------
  month: new RegExp(`^${MONTH}$`, "i"),
  monthDayYear: new RegExp(
    `\\b(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)?\\b`,
    "i",
  ),
  dayMonthYear: new RegExp(
    `\\b(\\d{1,2})\\s+(${MONTH})\\s*,?\\s*((?:19|20)\\d\\d)\\b`,
    "i",
  ),
  monthYear: new RegExp(`\\b(${MONTH})\\s*,?\\s+((?:19|20)\\d\\d)\\b`, "i"),
  monthOnly: new RegExp(`\\b(${MONTH})(?![a-z])`, "i"),
  numericDate: /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/,
  /** "3/31" with the year on another header line ("Ended 3/31" over "1996"). */
  numericMonthDay: /\b(\d{1,2})\/(\d{1,2})\b(?!\/)/,
  isoDate: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/,
  /** Every full date of a header ("July 3, 2004 and June 28, 2003"): a spanning header may list one per column. */
  fullDates: new RegExp(
    `\\b(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)\\b`,
    "gi",
  ),
  /** One more full date after a title's ended phrase (sticky): "… ended July 3, 2004 and June 28, 2003". */
  andFullDate: new RegExp(
    `\\s*(?:,|and|&)\\s*(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)\\b`,
    "iy",
  ),
  /** A table of expectations by its title: "BUSINESS OUTLOOK", "Guidance", "Forecast" (not "estimated", a word of results too). */
  forecastTitle: /\b(?:outlook|guidance|forecasts?)\b/i,
  /**
   * Figures summed over the twelve months up to each column's date rather than over its quarter: "TRAILING
   * 4-QUARTERS", "trailing twelve months", "TTM", "LTM", "last twelve months", "rolling four quarters".
   */
  trailingPeriod:
    /\b(?:[Tt]railing|TRAILING)\b|\b[TL]TM\b|\b(?:[Ll]ast|LAST)\s+(?:[Tt]welve|TWELVE|12)[\s-]+(?:[Mm]onths?|MONTHS?)\b|\b(?:[Rr]olling|ROLLING)\s+(?:[Ff]our|FOUR|4|[Tt]welve|TWELVE|12)\b/,
  /** A column of expectations rather than results: "Outlook", "Guidance", "Forecast", "Q2 2005 Estimate", "Budget". */
  forecastHeader:
    /\b(?:outlook|guidance|forecasts?|projected|projections?|estimated?|estimates|budget(?:ed)?)\b/i,
  yearToken: /\b((?:19|20)\d\d)\b/g,
  /** "FY04", "FY '04", "FY2004", "Fiscal 04": a fiscal year label whose digits may stand against the letters. */
  shortFiscalYear: /\bF(?:Y|iscal)\s*['\u2019]?((?:19|20)\d\d|\d\d)\b/i,
  /** A header cell that dates its column: a year, a month, a numeric date, or a quarter with its year ("Q3'04"). */
  datedHeader: new RegExp(
    `\\b(?:19|20)\\d\\d\\b|\\b${MONTH}(?![a-z])|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b(?:[1-4]Q|Q[1-4])\\s*[-'\u2019]?\\s*'?\\d\\d\\b|\\bFY\\s*'?\\d\\d`,
    "i",
  ),
  /** Words that make a header line a period header rather than a heading. */
  periodWord: new RegExp(
    `\\b(?:(?:19|20)\\d\\d|${MONTH}|quarters?|months?|weeks?|years?|ended|ending|fiscal|q[1-4]|[1-4]q|ytd|year-to-date|as of|at)\\b|\\d{1,2}/\\d{1,2}/\\d{2,4}`,
    "i",
  ),
  /** A header cell that annotates a column rather than naming its period: "(Unaudited)", "(Notes)", "(a)". */
  /** A note reference standing as a header cell: "(Notes)", "(See Note 2)", "(a)", "*" — not part of a column's name. */
  noteReference:
    /^\((?:see\s+)?notes?\b[^)]*\)$|^\((?:[a-z]|\d{1,2})\)$|^\*{1,3}$/i,
  /** An annotation line or cell: "(Unaudited)" or a note reference. */
  headerAnnotation:
    /^\(?\s*(?:un)?audited\s*\)?$|^\((?:see\s+)?notes?\b[^)]*\)$|^\((?:[a-z]|\d{1,2})\)$|^\*{1,3}$/i,
  /** A column of shares of a total beside a period's figures ("% of Sales", "Percent of revenues"): not a change. */
  shareOfHeader: /%\s*of\s+\w|\bpercent(?:age)?\s+of\s+\w|\bas\s+a\s+%\s+of\b/i,
  /** A column of changes, not a period: "% Change", "Increase (Decrease)", "Q3 2004 vs. Q3 2003", "2004 versus 2003". */
  percentHeader:
    /%|\bpercent|\bpct\b|\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|\binc\s*\(dec\)|\bvs\b\.?|\bversus\b/i,
  /**
   * A header cell naming a basis of figures ("GAAP", "Non-GAAP", "As Reported", "Adjusted", "Adj.", "Pro Forma",
   * "Restated"), also where it shares a cell with a year ("2022 Non-GAAP"): a column group.
   */
  basisHeader:
    /\bnon[\s-]?gaap\b|\bgaap\b|\b(?:as\s+)?reported\b|\b(?:as\s+)?adjusted\b|\badjustments?\b|\badj\.(?!\w)|\bpro[\s-]?forma\b|\b(?:as\s+)?restated\b/i,
  /**
   * A header cell naming a measure or unit of its column rather than a segment ("Amount", "Per Share", "Rev $m",
   * "Units k", "% of Sales", "(In thousands)"): never a column group.
   */
  measureHeader:
    /\$|\bamounts?\b|\bper[\s-]+share\b|\bunits?\b|\bk\b|\bmargins?\b|\bratios?\b|\bshares\b|\bdollars\b|\bthousands\b|\bmillions\b|\bbillions\b|\brev(?:enues?)?\b|\bsales\b|\bearnings\b|\bincome\b|\beps\b/i,
  /** A header cell that only says "Total" ("Q1 … Q4  Total"): a group only beside other named segments. */
  totalHeader: /^\s*(?:total|totals|combined)\s*:?\s*$/i,
  /** A heading naming the whole company among its segments ("Consolidated -", "Total Company"). */
  consolidatedHeading:
    /^\s*(?:consolidated|total\s+company|company[\s-]wide)\b/i,
  /**
   * Words of a period header broken over lines ("Thirteen" / "Weeks Ended", "Fourth" / "Quarter", "Period from
   * inception"), or of a comparison ("Better (Worse)", "Favorable"): never a segment's name.
   */
  periodOrComparisonHint:
    /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|twenty|thirty|forty|fifty|first|second|third|fourth|1st|2nd|3rd|4th|half|period|periods|cumulative|inception|trailing|through|since|current|prior|previous|last|this|next|to[\s-]date|better|worse|(?:un)?favou?rable|difference|vs|versus)\b|\d{1,2}\/\d{1,2}/i,
  /** A column group holding the company's reported figures: the consolidated total or the GAAP basis. */
  primaryGroup:
    /^\s*(?:consolidated|total(?:\s+company)?|gaap|(?:as\s+)?reported)\s*$/i,
  /** A cell with some word in it (two letters or more). */
  wordCell: /[A-Za-z]{2}/,
  /** "Three Months", "3-Month", and the abbreviations "3 Mos.", "12 Mo.", "6 Mths". */
  durationMonths:
    /\b(three|3|six|6|nine|9|twelve|12)[\s-]*(?:months?\b|mos?\b\.?|mths?\b\.?)/i,
  durationWeeks:
    /\b(twelve|thirteen|fourteen|sixteen|twenty[\s-]four|twenty[\s-]six|twenty[\s-]eight|thirty[\s-]six|thirty[\s-]nine|forty|fifty[\s-]two|fifty[\s-]three|12|13|14|16|24|26|28|36|39|40|52|53)[\s-]*weeks?\b/i,
  quarterWord: /\bquarters?\b|\bqtr\.?\b/i,
  /** "Fourth Quarter", "4TH QUARTER", "2nd Qtr", "Q2", "2Q". */
  quarterOrdinal:
    /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?(?:quarter|qtr)\b|\bq([1-4])(?![a-z])|\b([1-4])q(?![a-z])/i,
  /** A quarter with a two-digit year: "4Q04", "Q4 '04", "Q4-04". */
  quarterShortYear: /\b(?:[1-4]Q|Q[1-4])\s*[-'\u2019]?\s*['\u2019]?(\d\d)\b/i,
  fourQuarters: /\b(?:four|4)\s+quarters\b/i,
  /** "Year Ended", "YEARS ENDED", "Fiscal Year", "Annual" (but not "Year-to-Date", which names no length). */
  yearWord:
    /\b(?:fiscal\s+)?years?\b(?![\s-]+to[\s-]+date)|\bannual\b|\bfull[\s-]year\b/i,
  /** "Year-to-Date", "YTD": a period from the start of the fiscal year, whose length the header does not give. */
  yearToDate: /\byear[\s-]+to[\s-]+date\b|\bytd\b/i,
  fiscalWord: /\bfiscal\b|\bFY(?=\b|\s*'?\d)/i,
  halfWord: /\b(?:first|1st)\s+half\b|\bH1\b|\bhalf[\s-]year\b/i,
  ninePeriod: /\bnine\b|\b9\b/,
  asOf: /\b(?:as of|at)\b/i,
  /** Two or more years in one phrase ("2004 and 2003"): a title's dates, never one column's header. */
  multiYearPhrase: /\b(?:19|20)\d\d\s*(?:,|and|&)\s*(?:19|20)\d\d\b/i,
  /** "… ENDED DECEMBER 31, 1997 AND 1996" in a title: a phrase giving end dates to year columns. */
  endedPhrase: new RegExp(
    `\\b((?:three|six|nine|twelve|\\d{1,2})[\\s-]*(?:months?|mos\\b\\.?|mths?\\b\\.?)|(?:\\w+[\\s-]){0,2}weeks?|quarters?|years?|six[\\s-]month\\s+periods?|periods?)?\\s*(?:ended|ending)\\s+(${MONTH})\\s+(\\d{1,2}),?\\s*((?:(?:19|20)\\d\\d)(?:\\s*(?:,|and|&)\\s*(?:(?:19|20)\\d\\d))*)?`,
    "gi",
  ),
  /** A title naming two lengths ("Three and Six Months Ended", "13 and 26 Weeks", "Quarter and Year Ended"). */
  twoLengths: new RegExp(
    `\\b(?:${LENGTH_WORD}[\\s-]+(?:${LENGTH_UNIT})?|${LENGTH_UNIT})\\s*(?:and|&)\\s+(?:${LENGTH_WORD}[\\s-]+)?${LENGTH_UNIT}\\b`,
    "i",
  ),
  /** "DECEMBER 31, 1997 AND 1996" with no duration: balance-sheet dates. */
  datesPhrase: new RegExp(
    `\\b(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d(?:\\s*(?:,|and|&)\\s*(?:19|20)\\d\\d)+)`,
    "gi",
  ),
  /** Where a fiscal calendar may be stated. */
  endedWord: /\bend(?:ed|ing)\b/i,
  /** A period past ("ended"), not one to come ("ending"). */
  endedPast: /\bended\b/i,
  /**
   * "second quarter ended June 30, 2003", "fiscal 2004 third quarter ended June 26, 2004", "fiscal third quarter
   * ended …" in narrative: the fiscal calendar. Groups: label year (before the ordinal), ordinal, label year (after
   * "of"), month, day, year.
   */
  narrativeQuarterEnded: new RegExp(
    `\\b(?:fiscal\\s+(?:((?:19|20)\\d\\d)\\s+)?)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?:year\\s+)?((?:19|20)\\d\\d))?\\s*(?:,\\s*)?(?:(?:which|that)\\s+)?(?:ended|ending)\\s+(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)`,
    "gi",
  ),
  /**
   * "fiscal 2003 ended January 31, 2004", "fiscal year 2014, which ended May 31, 2014": a labelled fiscal year (not
   * "the first quarter of fiscal 2005, which ended September 30, 2004", which is the quarter's end).
   */
  narrativeFiscalYearEnded: new RegExp(
    `(?<!\\b(?:quarter|half|months?|weeks?|period)\\s+of\\s+)\\bfiscal\\s+(?:year\\s+)?((?:19|20)\\d\\d)\\s*,?\\s*(?:which\\s+)?(?:ended|ending)\\s+(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)`,
    "gi",
  ),
  /** "the quarter ended September 30, 2004": a quarter's end date without its number. */
  narrativeBareQuarterEnded: new RegExp(
    `\\bquarter\\s+(?:ended|ending)\\s+(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)`,
    "gi",
  ),
  // ---- the narrative's own figures (src/checks/narrative.ts) ----
  /**
   * A figure the narrative states: the measure, an optional "for the … " period, a linking word, the amount and its
   * scale word ("net loss for the second quarter of 2003 was $272,000", "revenues of $3.77 billion"). The linking
   * word keeps a table row ("Net income   $ 2,201") out.
   */
  narrativeFigure:
    /\b(revenues?|net sales|net revenues?|total revenues?|net (?:income|earnings|loss))((?: (?:for|in|during)(?: the)?(?: [\w,]+){1,8}?)?) (?:was|were|of|totaled|totalled|totaling|amounted to|(?:increased|rose|grew|decreased|declined|fell)(?: \d[\d.]*(?: percent|%))? to)(?: approximately| about)? \$ ?(\d+(?:,\d{3})*(?:\.\d+)?)(?: (million|billion|thousand)\b)?/gi,
  /** The per-share figure that follows a net income clause: ", or $0.04 per share basic and diluted". */
  narrativeEps:
    /^,? or (?:\$(\d*\.\d+)|(\d{1,2}) cents?) per (?:(basic|diluted|fully diluted) )?(?:common )?share(?: (basic and diluted|diluted|fully diluted|basic))?/i,
  /**
   * A period a narrative sentence names, in the forms a header also takes: a quarter of a year, a span ended on a
   * date, or a fiscal or full year ("fiscal 2004", "full year 2004"; never a bare "2004", which may be either).
   */
  narrativePeriod: new RegExp(
    `\\b(?:(first|second|third|fourth) (?:fiscal )?quarter(?: of)?(?: fiscal)? ((?:19|20)\\d\\d)|(quarter|three months|six months|nine months|twelve months|year|fiscal year) (?:ended|ending) (${MONTH} \\d{1,2},? (?:19|20)\\d\\d)|(fiscal year|fiscal|full[- ]year|the year) ((?:19|20)\\d\\d))`,
    "i",
  ),
  /**
   * What may stand between an amount and the period it is for: ", or $0.45 per diluted share, for the third quarter
   * of 2004" (the period then read from where this ends).
   */
  narrativeBeforePeriodAfter:
    /^\s*,?\s*(?:or (?:\$\d*\.\d+|\d{1,2} cents?) per [a-z ]{0,30}?share,?\s*)?(?:for|in|during) (?:its |the (?!year\b))?/i,
  /** Words naming two periods or pairing two figures with them: which figure is whose is the sentence's to say. */
  narrativeTwoPeriods:
    /\b(?:quarter|months|year|fiscal|(?:19|20)\d\d)\b[^.;]{0,40}?\b(?:and|&)\s+(?:the\s+)?(?:full|fiscal|first|second|third|fourth|three|six|nine|twelve|year|(?:19|20)\d\d)\b|\brespectively\b/i,
  /** The last word of a text, and what may stand right before a measure the release reports as its own. */
  lastWord: /([\w'’-]+)[\s,]*$/,
  narrativeLeadWord:
    /^(?:(?:19|20)\d\d|quarter|quarterly|year|annual|fiscal|total|consolidated|record|reported|its|the|company'?s|company’s|and|of|with|period|months?|weeks?|first|second|third|fourth)$/i,
  /** A comparison right before a measure: "compared with", "versus", "as against" (then another period's figure). */
  narrativeComparison:
    /\b(?:compared|comparison|versus|vs\.?|against|relative)\b(?:\s+(?:with|to|the|its))*\s*$/i,
  /** A figure qualified right after its amount: not the statements' own ("…, excluding special items"). */
  narrativeQualified:
    /^\s*(?:million|billion|thousand)?\s*,?\s*(?:\(?(?:excluding|before|after|adjusted|non-gaap|pro forma|from continuing|on an? (?:adjusted|non-gaap|pro forma|comparable|constant))\b)/i,
  /** Nothing but "and" between two figures of one sentence. */
  andOnly: /^\s*,?\s*and\s*$/i,
  /** Where a sentence ends, for the words before a measure that may name its period. */
  sentenceBreak: /[.;:!?]\s/g,
  narrativeYearEnded: new RegExp(
    `\\b(?:fiscal\\s+)?year\\s+(?:ended|ending)\\s+(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)`,
    "gi",
  ),

  // ---- scale and units -----------------------------------------------------------------------------------------
  scaleThousands:
    /\((?:[^)]*\b)?in\s+thousands\b[^)]*\)|\b(?:in|dollars in|amounts in)\s+thousands\b|\$\s*000s?\b|\(000'?s?\)|\(000'?s? omitted\)|\(\s*(?:\$|dollars|amounts)?\s*(?:in\s+)?(?:thousands|000'?s)\b[^)]*\)|\bthousands\s+of\s+(?:u\.?s\.?\s+)?dollars\b|\bin\s+000'?s\b/i,
  scaleMillions:
    /\((?:[^)]*\b)?in\s+millions\b[^)]*\)|\b(?:in|dollars in|amounts in)\s+millions\b|\(\$?\s*millions?\)|\(\s*(?:\$|dollars|amounts)?\s*(?:in\s+)?millions\b[^)]*\)|\bmillions\s+of\s+(?:u\.?s\.?\s+)?dollars\b/i,
  scaleBillions:
    /\((?:[^)]*\b)?in\s+billions\b[^)]*\)|\b(?:in|dollars in|amounts in)\s+billions\b|\(\s*(?:\$|dollars|amounts)?\s*(?:in\s+)?billions\b[^)]*\)|\bbillions\s+of\s+(?:u\.?s\.?\s+)?dollars\b/i,
  exceptPerShare:
    /\bexcept\b[^)]*\bper[\s-]share\b|\bexcept\b[^)]*\b(?:eps|earnings per share)\b/i,
  /** Share counts excepted from the scale: "except share data", "except shares and per share amounts" — not "per share". */
  exceptShares:
    /\bexcept\b[^)]*?(?<!\bper[\s-])\bshares?\b(?![\s-]*(?:data|amounts?|information)?\s*per)/i,
  perShareLabel:
    /\bper\s+(?:(?:common|basic|diluted|dilutive|weighted|average|and|or|equivalent|common-equivalent|ordinary|primary|fully|class\s+[a-c])\s+)*share\b|\bper\s+(?:unit|ads|adr)\b|\beps\b|\bearnings\s+per\b/i,
  sharesLabel:
    /\bshares\b(?!\s+(?:of|in)\s+(?:net|earnings|income|loss))|\bnumber\s+of\s+(?:common\s+)?shares\b/i,
  sharesAmountLabel:
    /\b(?:issued|repurchase[ds]?|purchase[ds]?|stock|equity|preferred|value)\b.*\bshares\b.*\b(?:designated|authorized|par)\b/i,
  /** The words that tell a heading of share counts ("Shares used in per share calculation:") from a per-share one. */
  sharesWord: /\bshares\b/i,
  perWord: /\bper\b/i,
  labelScaleThousands:
    /\((?:in\s+)?thousands\)|\bin\s+thousands\b|\(\s*000'?s?\s*\)|\(\s*thousands\s+of\b|\(\s*in\s+000'?s\s*\)/i,
  /** An operating statistic counted, not priced: stores, square feet, employees, members … */
  operatingCountLabel:
    /\b(?:stores|employees|associates|headcount|members|subscribers|(?<!\b(?:from|to|by|with|for|on|due)\s+)(?<!(?<!\bnumber\s)\bof\s+)(?:customers|vehicles)|access\s+lines|square\s+f(?:ee|oo)t|sq\.?\s*ft|locations|restaurants|branches|outlets|hospitals|beds|units\s+in\s+operation|units\s+(?:sold|shipped|delivered)|unit\s+(?:sales|shipments|volume)|store\s+count|(?:new|opened|closed)\s+stores?|deliveries|shipments|policies\s+in\s+force|admissions|patient\s+days)\b/i,
  /**
   * A percentage named by its label though printed without "%": "Gross margin %", "Operating margin (%)", "as a
   * percent of sales", "Effective tax rate", "Return on average equity" (not a coupon: "5% notes").
   */
  percentLabel:
    /(?<![\d.]\s?)%|\bpercent(?:age)?\s+(?:of|change|increase|decrease)\b|\bas\s+a\s+percent|\bin\s+percent\b|\b(?:tax|growth|return)\s+rate\s*(?:\([a-z0-9]\))?$|\breturn\s+on\s+(?:average\s+)?(?:common\s+|shareholders'?\s+|stockholders'?\s+)?(?:assets|equity|capital|investment)\b|\bnet\s+interest\s+margin\b/i,
  /** A ratio: a plain number, neither money nor a share count ("Book-to-bill ratio", "Current ratio"). */
  ratioLabel: /\bratios?\b/i,
  /** A label that leads with units counted: "Units", "Unit shipments". */
  unitsLabel:
    /^\s*(?:total\s+)?units\b(?!\s+of\s+(?:limited|partnership|beneficial))/i,
  /** Words that make a label a money amount even when it names a count ("Sales per square foot", "Member revenues"). */
  moneyWord:
    /\b(?:revenues?|sales|income|earnings|loss|expenses?|costs?|cash|assets|liabilit(?:y|ies)|deposits|loans|premiums?|per|dollars?|payroll|compensation|benefits|rent|equity|capital|debt|receivables?|payables?|investments?|reserves?|value|amount)\b|\$/i,
  labelScaleMillions:
    /\((?:in\s+)?millions\)|\bin\s+millions\b|\(\s*millions\s+of\b|\(\s*(?:mm|mil\.?)\s*\)/i,
  /** "Diluted", "assuming dilution", "fully diluted": the basis of an EPS or share-count row. */
  dilutedWord: /\bdilut/i,
  /** A scale stated for dollars only: "(Dollars in thousands)", "($ in millions)", "(Thousands of dollars)". */
  moneyOnlyScale:
    /\b(?:dollars|\$)\s*in\s+(?:thousands|millions|billions)\b|\b(?:thousands|millions|billions)\s+of\s+(?:u\.?s\.?\s+)?dollars\b/i,
  /** A line that opens with its scale: "Dollars in millions, except per share amounts", "(In thousands …". */
  scaleLead:
    /^\(?\s*(?:(?:u\.?s\.?\s+)?(?:\$|dollars)|amounts|figures)?\s*(?:in\s+)?(?:thousands|millions|billions)\b[^.]*$/i,
  /** A line that is one parenthetical and nothing else: "(In millions, except per share amounts)". */
  wholeParenthetical: /^\([^()]{1,240}\)$/,
  /** "Dollars and shares in millions": money and share counts under one scale. */
  moneyAndShares: /\b(?:dollars|amounts|\$)\s+and\s+shares?\b/i,
  /** A cell that is only a scale marker: "($000)", "$000", "(000)", "(000's)". */
  scaleMarkerCell: /^\(?\s*\$?\s*000'?s?\s*\)?$/,
  /** A share-count clause of a scale statement: "number of shares, which are reflected in thousands", "shares in millions". */
  sharesScaleClause:
    /\bshares?\b[^().;:]{0,60}?\b(?:in|of)\s+(thousands|millions|billions)\b/i,
  /** A column header's own scale marker: "Rev $m", "($M)", "$000", "Units k", "Units (K)", "(000's)", "$ in millions". */
  columnScaleBillions:
    /\$\s*(?:bn?|billions?)\b|\((?:\$\s*)?(?:bn?|billions?)\)|\bbn\b/i,
  columnScaleMillions:
    /\$\s*(?:m|mm|mn|mil|millions?)\b|\((?:\$\s*)?(?:m|mm|mn|mil)\)|\b(?:in\s+)?millions\b|(?:^|\s)mm?(?:$|\s)/i,
  columnScaleThousands:
    /\$\s*(?:k|000'?s?|thousands?)(?![\w,])|\((?:\$\s*)?(?:k|000'?s?)\)|\b(?:in\s+)?thousands\b|(?:^|\s)k(?:$|\s)/i,
  /** Words that make a column one of money: "$", "Rev", "Revenue", "Sales". */
  columnMoneyWord:
    /\$|\b(?:rev|revenues?|sales|dollars?|income|earnings|usd)\b/i,
  /**
   * Words that make a column one of counted things: "Units", "CPU Units k", "Subscribers (000)" (not "Stores" or
   * "Customers", which as column headers name segments more often than counts).
   */
  columnCountWord:
    /(?<!\bbusiness\s)\bunits\b|\b(?:unit\s+sales|shipments|subscribers|deliveries|access\s+lines|kwh|mwh|gwh)\b/i,
  /** A column of share counts: "SHARES", "NUMBER OF SHARES", "NUMBER OUTSTANDING" / "EXERCISABLE" (of options). */
  columnSharesWord:
    /\bshares\b|\bnumber\s+(?:outstanding|exercisable|granted|vested)\b/i,
  /** A column of prices per share: "WEIGHTED AVERAGE EXERCISE PRICE", "Price per share". */
  columnPriceWord: /\bprices?\b|\bper\s+share\b/i,
  /** A column of durations: "REMAINING CONTRACTUAL LIFE (YRS)". */
  columnDurationWord: /\blife\b|\(\s*(?:yrs?|years)\.?\s*\)/i,
  /** "AMOUNT" over a column beside a "SHARES" one (a statement of stockholders' equity): money. */
  columnAmountWord: /\bamounts?\b/i,
  /**
   * A price named in a label ("Issuance of common stock at $0.50 per share", "Series B preferred stock for cash at
   * $3.00 per share", "Common stock, $.01 par value per share"): a price or par value, not a per-share amount row.
   */
  pricePerShare:
    /\$\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)\s*(?:\(\w{1,3}\)\s*)?(?:(?:par|stated)\s+value\s+)?(?:per|a|each)\s+(?:(?:common|preferred|ordinary|class\s+[a-c])\s+)?share\b/gi,
  /** A heading over counts rather than money: it leads with the counted thing ("Customers (in thousands):", "Number of stores:"). */
  countHeading:
    /^\s*(?:(?:total|number\s+of|average|ending)\s+)?(?:stores|employees|associates|headcount|members|subscribers|customers|vehicles|access\s+lines|units|restaurants|locations|branches|hospitals|beds|connections|kilowatt[\s-]?hours?|kwh|mwh|gwh)\b/i,
  /** A physical quantity: volumes sold in kWh, barrels, tons — a count even beside "sales". */
  physicalQuantityLabel:
    /\b(?:kwhs?|mwhs?|gwhs?|(?:kilo|mega|giga)watt[\s-]?hours?|therms|mcf|bcf|mmbtu|barrels|bbls?|gallons|tons|tonnes|ounces|(?:passenger|seat|ton)[\s-]miles|asms|rpms)\b/i,
  /** Words that keep a physical-quantity label a money amount: "Revenue per kWh", "Fuel cost ($)". */
  physicalMoneyWord:
    /\$|\brevenues?\b(?![\s-]+(?:passenger|ton)[\s-]miles)|\bcosts?\b|\bprices?\b|\bper\b|\bdollars?\b/i,

  // ---- labels ---------------------------------------------------------------------------------------------------
  /** Words a wrapped label line may end with, so the next line continues it ("non-" but not a heading's " -"). */
  connectiveEnd:
    /(?:\b(?:and|or|of|for|to|in|the|from|on|before|after|per|at|by|with|less|net|plus)|[,&/]|(?<=\S)-)\s*$/i,
  footnoteSuffix: /\s*(?:\([a-z]\)|\(\d{1,2}\)|\*{1,3})\s*$/i,
  /** A line going on after a colon: lower case or a figure first. */
  listAfterColon: /^[a-z0-9]/,
  headingEnd: /[:]\s*(?:\(\w{1,3}\))?\s*$/,
  /** A label in capitals only (no lower-case letter), with at least one word of two letters. */
  allCapsLabel: /^(?=.*[A-Z]{2})[^a-z]*$/,
  /** A segment's block heading written with a trailing dash: "Alabama Power -", "Northern Division -". */
  dashHeading: /\S\s+-\s*$/,
  totalLabel: /^\s*(?:total|net\s+total|grand\s+total)\b/i,
  bareTotal: /^\s*total\s*:?\s*$/i,
  /** "Less: treasury stock", "Less accumulated depreciation": a row subtracted, often printed without a sign. */
  lessLabel: /^\s*(?:less|deduct)\b/i,
  /** A charge against income: what a net of income and charges subtracts where it prints it without a sign. */
  chargeLabel: /\b(?:expenses?|loss(?:es)?|costs?|charges?)\b/i,
  /** A total or heading netting income and charges: "Other income (expense)", "Interest and other, net". */
  netOfCharges:
    /\bincome\s*\((?:expense|loss)\)|\((?:expense|loss)\)\s*income|\bgains?\s*\(loss(?:es)?\)|,\s*net\s*:?\s*$|\bnet\s+of\b/i,

  // ---- checks ---------------------------------------------------------------------------------------------------
  /** A row that sums the rows above it, for footing: "Total …", "Subtotal CPUs", "Sub-total", "Grand total". */
  footingTotalLabel: /^\s*(?:sub-?\s?total|total|net\s+total|grand\s+total)\b/i,
  /** A reconciliation to non-GAAP measures: its rows are adjustments and picked measures, never sums to foot. */
  reconciliationTitle: /\breconcil|\bnon-?\s?gaap\b/i,
  /** Highlights, key figures, selected data: rows picked from elsewhere, footed only where they happen to sum. */
  highlightsTitle:
    /\bhighlights?\b|\bkey\s+(?:figures|metrics|data|statistics|indicators)\b|\bselected\s+(?:\w+\s+){0,2}(?:data|information|measures|figures)\b/i,
  /** A balance sheet's closing total however its equity is named: "TOTAL LIABILITIES AND STOCKHOLDERS' (DEFICIT) EQUITY". */
  liabilitiesAndEquityTotal:
    /^\s*total\s+liabilities\s*(?:,\s*[^,]{1,60},?\s*)?(?:and|&)\s+[^,]{0,60}?\b(?:equity|deficit|capital|investment)\b/i,
  /**
   * A row standing between income before taxes and net income other than the tax itself: minority interest, equity
   * income, discontinued operations, extraordinary items, a cumulative effect, preferred dividends.
   */
  /** A tax row between income before taxes and net income, whatever its wording ("(Provision for) benefit from income taxes"). */
  taxRowLabel: /\b(?:income\s+)?tax(?:es)?\b(?!\s+(?:credit\s+)?carry)/i,
  /** A label that is not the tax but a figure before or after it ("Income before taxes", "net of tax", "after-tax"). */
  notTaxRowLabel:
    /\bbefore\b|\bnet\s+of\b|\bafter[\s-]+tax|\bexcluding\b|\brate\b|\bper\s+share\b/i,
  /** A subtotal after the tax: "Earnings before extraordinary loss", "Income before cumulative effect …". */
  afterTaxSubtotalLabel:
    /\bbefore\s+(?:the\s+)?(?:extraordinary|cumulative|discontinued|minority|equity|accounting|change)\b|\bfrom\s+continuing\s+operations\b/i,
  /** A row that adjusts the income EPS divides: preferred dividends, income available to common, convertible interest. */
  epsAdjustmentLabel:
    /\bpreferred\b|\bavailable\s+(?:to|for)\s+common\b|\bapplicable\s+to\s+common\b|\bconvertible\b|\bparticipating\b|\btwo[\s-]+class\b/i,
  belowTaxLabel:
    /\bminority\b|\bnon-?\s?controlling\b|\bequity\s+(?:in|income|earnings|loss)\b|\bdiscontinued\b|\bextraordinary\b|\bcumulative\s+effect\b|\baccounting\s+change\b|\bpreferred\b|\bbefore\s+(?:extraordinary|cumulative|discontinued|minority|equity)\b/i,

  // ---- statements -----------------------------------------------------------------------------------------------
  balanceTitle:
    /balance\s+sheets?|financial\s+(?:position|condition)|statements?\s+of\s+condition|assets\s+and\s+liabilities/i,
  cashflowTitle: /cash\s*flows?/i,
  /** A section of the cash-flow statement, not its title: "Cash flows from operating activities:". */
  cashflowSection:
    /\bcash\s*flows?\s+(?:from|(?:used|provided)\s+(?:in|by))\b|\bactivities\s*:?\s*$/i,
  incomeTitle:
    /statements?\s+of\s+(?:consolidated\s+)?(?:operations|income|earnings|loss|comprehensive)|income\s+statements?|results\s+of\s+operations|(?:sales|revenues?)\s+and\s+earnings|earnings\s+(?:report|summary)|operating\s+results/i,
  equityTitle:
    /stockholders'?\s+equity|shareholders'?\s+equity|changes\s+in\s+(?:stockholders|shareholders)/i,
  sectionAssets: /^\s*(?:total\s+)?assets\b/i,
  /** A label or heading on the right-hand side of a balance sheet. */
  liabilityWord: /\bliabilit(?:y|ies)\b/i,
  sectionLiabilitiesEquity:
    /liabilities\s+(?:and|&)\s+(?:stockholders|shareholders|owners|partners|members)?'?\s*(?:equity|deficit|capital)|liabilities\s+(?:and|&)\s+(?:equity|capital)/i,

  /**
   * A heading that only states its rows' scale or ends a heading wrapped in capitals (no lower case shows that the
   * second line goes on from the first): "(In thousands)", "OUTSTANDING:", "COMPUTATION:". The rows take their
   * meaning from the heading above it.
   */
  neutralHeading:
    /^\s*(?:\(?in\s+(?:thousands|millions)\)?|outstanding|computations?|calculations?)[^a-z]*$/i,
  /** A heading that qualifies the measure named above it rather than naming one: "Continuing operations:", "Basic:". */
  qualifierHeading:
    /^\s*(?:(?:basic|diluted|primary|fully[\s-]+diluted|assuming\s+(?:full\s+)?dilution)(?:\s+(?:and|&)\s+(?:basic|diluted|fully[\s-]+diluted))?|(?:(?:income|earnings|net\s+income|\(?loss\)?)\s+)*(?:from\s+)?(?:continuing|discontinued)\s+operations)[^a-z]*$/i,
  /** A share-count label ("Weighted average shares", "Shares used in …") and what rules one out ("par value"). */
  shareCountLabel:
    /(?:average|weighted|number of)\b.*\bshares\b|\bshares (?:outstanding|used)\b|^\s*shares\b/i,
  /** Shares named in a label that is not a count: par value, authorized, and money paid for shares withheld for taxes. */
  notShareCountLabel:
    /\bpar value\b|\bauthorized\b|\bdesignated\b|\bstock,|\bwithh(?:olding|eld)s?\b/i,
  /** A heading that names a statement of changes rather than a balance ("Statements of Stockholders' Equity"). */
  statementOfChanges: /statements?\s+of|changes/i,
  /**
   * A line of prose (eight words or more) or one ending in a figure, between two tables. The words are counted from
   * a word's start only: tried inside a run of 100,000 characters without white space (words joined by U+202E) the
   * search began again at each character and took 12 s.
   */
  manyWords: /(?:^|\s)(?:\S+\s+){7}\S/,
  endsInFigure: /\d[\d,]*\s*$/,
  /**
   * A label that names a loss as its measure ("Net loss", "Loss before income taxes"): "loss" with no word of
   * income before it ("Net income (loss)", "Net income after a loss on …") and no sign either way in parentheses.
   */
  lossWord: /\bloss\b/i,
  incomeWord: /income|earnings|profit/i,
  eitherSign: /\((?:loss|income|earnings|profit)\)/i,
  /** Canonical period ids and ISO instants. */
  durationId: /^(Q[1-4]|FY|6M|9M)-?(\d{4})$/,
  instantId: /^\d{4}-\d\d-\d\d$/,

  // ---- metadata -------------------------------------------------------------------------------------------------
  /**
   * A ticker in parentheses after its exchange: "(NYSE: S)", "(OTC Bulletin Board: HEMA.OB)", "(NASDAQ/NMS: ACME)",
   * "(Nasdaq Global Select Market: TMSW)", "(NYSE symbol: ZED)". Group 1 the exchange as written, group 2 the
   * symbol (checked for capitals by the reader: the flag is for the exchange's spelling).
   */
  tickerParen: ((exchanges: string) =>
    new RegExp(
      `\\(\\s*(${exchanges})\\s*(?:[:/-]\\s*|\\s+)(?:(?:ticker\\s+)?symbol\\s*:?\\s*)?([A-Za-z][A-Za-z0-9]{0,5}(?:[.-][A-Za-z]{1,3})?)(?=\\s*[),;/])`,
      "gi",
    ))(
    "NYSE\\s*(?:American|Arca|MKT|Amex)|NYSE|New\\s+York\\s+Stock\\s+Exchange|NASDAQ(?:\\s*[/-]?\\s*(?:GS|GM|CM|NMS|NM|SC|SmallCap(?:\\s+Market)?|Global\\s+Select\\s+Market|Global\\s+Market|Capital\\s+Market|National\\s+Market(?:\\s+System)?))?|AMEX|ASE|American\\s+Stock\\s+Exchange|OTC\\s*(?:Bulletin\\s+Board|BB|QB|QX|Pink)|OTCBB|OTC(?:\\s+Markets)?|TSX-?V|TSX|Toronto\\s+Stock\\s+Exchange|Pink\\s+Sheets",
  ),
  /** A ticker without its exchange: "(ticker symbol: QUUX)", "(symbol: QX)". */
  tickerSymbolWord:
    /\((?:ticker\s+)?symbol\s*:?\s*([A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,3})?)\s*\)/,
  /** An exchange's spellings, each to the name the release JSON gives it (first match wins). */
  exchangeNames: [
    [/^NYSE\s*(?:American|MKT|Amex)$/i, "NYSE American"],
    [/^NYSE\s*Arca$/i, "NYSE Arca"],
    [/^(?:NYSE|New\s+York(?:\s+Stock\s+Exchange)?)$/i, "NYSE"],
    [/^NASDAQ/i, "Nasdaq"],
    [/^(?:AMEX|ASE|American\s+Stock\s+Exchange)$/i, "AMEX"],
    [/^OTC\s*(?:Bulletin\s+Board|BB)$|^OTCBB$/i, "OTC BB"],
    [/^OTC\s*QB$/i, "OTCQB"],
    [/^OTC\s*QX$/i, "OTCQX"],
    [/^OTC\s*Pink$/i, "OTC Pink"],
    [/^OTC(?:\s+Markets)?$/i, "OTC"],
    [/^TSX-?V$/i, "TSX-V"],
    [/^(?:TSX|Toronto\s+Stock\s+Exchange)$/i, "TSX"],
    [/^Pink\s+Sheets$/i, "Pink Sheets"],
  ] as [RegExp, string][],
  /**
   * A word of a company's name (a trailing comma stripped first): capitalised or in capitals ("Sears", "AT&T",
   * "3M"), lower-case first with a capital inside ("eBay", "iRobot"), a web address ("salesforce.com"), or a
   * connective inside a name ("of", "and", "&", "the").
   */
  nameWord:
    /^(?:(?=[^A-Za-z]*[A-Za-z])[A-Z0-9][\w.&'+-]*|[a-z]+[A-Z][\w.&'-]*|[a-z][\w-]*\.(?:com|net|org|io)|&|of|and|the)$/,
  /** A corporate suffix ending a name, in any case ("Inc.", "CORP.", "inc.", "Company", "L.P."). */
  corporateSuffix:
    /^(?:inc|incorporated|corp|corporation|co|company|companies|ltd|limited|llc|l\.l\.c|lp|l\.p|plc|n\.v|s\.a|ag|bancorp|bancorporation|bancshares)\.?$/i,
  /** Marks a name carries that are not part of it: ®, ™, ℠. */
  nameMarks: /[\u00ae\u2122\u2120]/g,
  /** A word that stands for the company without naming it ("the Company", "the Registrant"). */
  genericNameWord:
    /^(?:the|company|corporation|registrant|partnership|issuer|corp\.?|inc\.?)$/i,
  /** Words after a name in a statement heading that are not the name's: "AND SUBSIDIARIES", "and Subsidiary Companies". */
  subsidiariesTail:
    /\s+(?:and|&)\s+(?:consolidated\s+)?subsidiar(?:y|ies)(?:\s+companies)?\s*$/i,
  /** Words that follow a release's subject: "Apple today announced", "The Kroger Co. said". */
  subjectVerb:
    /^(?:today|yesterday|announced|announces|reported|reports|said|says|posted|posts|released|releases|declared|has|had|is|was|will)$/,
  /** A word that opens an apposition after a name and its comma ("Acme, a maker of widgets, said"). */
  appositiveStart: /^(?:a|an|the|one|which|who|based)$/,
  /** Punctuation around a dateline's words: "(BUSINESS WIRE)--", "/PRNewswire/", "California—". */
  datelinePunctuation: /^[-\u2010-\u2015()/,:&]+|[-\u2010-\u2015()/,:&]+$/g,
  /** A dateline without a date: a place in capitals, a state, then a dash ("CUPERTINO, CALIFORNIA — Apple"). */
  datelinePlace:
    /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, ?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}){0,2},? ?(?:-{1,4}|[\u2010-\u2015]|(?:- ){2,4})\s*/,
  /**
   * What follows a dateline's date: a dash or a colon, perhaps after the parenthesis that held the date or a wire
   * service between slashes or in parentheses ("(February 14, 1995) --", "Jan. 20, 2004 /PRNewswire/ --",
   * "Feb. 21, 2024 (GLOBE NEWSWIRE) --", "2024—Apple").
   */
  datelineAfterDate:
    /^\s*\)?\s*(?:\/[^/\u00b6]{1,40}\/\s*|\([A-Za-z][^()\u00b6]{1,40}\)\s*)?(?:-{1,4}(?!-)|[\u2010-\u2015]|:|(?:- ){2,4})/,
  /** A labelled release date: "RELEASE DATE: August 11, 2003", "For Release: 4:05 p.m. EST, March 9, 2005". */
  releaseDateLabel: new RegExp(
    `(?:release\\s+date|for\\s+(?:immediate\\s+)?release|released\\s+on)\\s*:?[^\\u00b6\\d]{0,30}(?:\\d{1,2}:\\d\\d[^\\u00b6\\d]{0,20})?(${MONTH}\\s+\\d{1,2},?\\s*(?:19|20)\\d\\d)`,
    "i",
  ),
  /** A "Date:" or "Dated:" label at a line's start (an 8-K's signature, a release's header). */
  dateLabelLine: new RegExp(
    `^\\s*dated?\\s*:?\\s+(${MONTH}\\s+\\d{1,2},?\\s*(?:19|20)\\d\\d)`,
    "i",
  ),
  /** A signature: "/s/ JOY D. COVEY". */
  signatureMark: /\/s\//i,
  /** A press release's heading or contact block: "FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Contact:". */
  releaseMarker:
    /\b(?:for\s+(?:immediate\s+)?release|news\s+release|press\s+release|contacts?\s*:)/i,
  /** A date alone in its paragraph, perhaps after its weekday ("Tuesday, February 8, 1994"). */
  loneDate: new RegExp(
    `^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(${MONTH}\\s+\\d{1,2},\\s*(?:19|20)\\d\\d)\\.?$`,
    "i",
  ),
  /**
   * A dateline's date: month, day (perhaps "21st"), and a year that a 1990s wire dateline may leave out
   * ("CHICAGO, Jan. 21 /PRNewswire/ --"). Groups: month, day, year.
   */
  datelineDate: new RegExp(
    `\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*((?:19|20)\\d\\d)\\b)?`,
    "gi",
  ),
  /** EDGAR's submission header: "FILED AS OF DATE: 19980827", "CONFORMED PERIOD OF REPORT: 19980812". */
  edgarFiledDate: /^\s*FILED AS OF DATE:\s*((?:19|20)\d\d)(\d\d)(\d\d)\s*$/m,
  edgarPeriodOfReport:
    /^\s*CONFORMED PERIOD OF REPORT:\s*((?:19|20)\d\d)(\d\d)(\d\d)\s*$/m,
  /** The state EDGAR appends to some conformed names: "ORACLE CORP /DE/". */
  edgarStateTag: /\s*\/[A-Z]{2,3}\/?\s*$/,
  edgarCompanyName: /^\s*COMPANY CONFORMED NAME:[ \t]*(\S[^\r\n]{0,100})$/m,
  /** An 8-K cover's report date: "Date of Report (Date of earliest event reported): August 12, 1998". */
  dateOfReportLabel: /date\s+of\s+report|date\s+of\s+earliest\s+event/i,
  /** An 8-K's cover page: its dates are the report's, not a release's. */
  coverPage:
    /exact\s+name\s+of\s+registrant|date\s+of\s+report|date\s+of\s+earliest\s+event/i,
  /** An 8-K cover's label under the registrant's name. */
  registrantLabel: /exact\s+name\s+of\s+registrant/i,
  /** Text that starts an exhibit of a filing: "<TYPE>EX-99.1", "EXHIBIT 99.1". */
  exhibitStart: /^\s*(?:<TYPE>\s*EX-99|EX(?:HIBIT|\.)?\s*99\b)/i,
  /** Words before a date that make it the end of a period ("quarter ended June 30, 2004"), not the release date. */
  periodDateBefore:
    /\b(?:ended|ending|through|thru|as\s+of|at|since|from|on|by|until|of)\s*$/i,
  /** Years after a date that make it a title's dates ("December 31, 2004 and 2003"), not the release date. */
  periodDateAfter: /^\s*(?:,|and|&)\s*(?:19|20)\d\d\b/i,
  /** The gap between two columns of a line laid out in columns: three or more spaces or a tab. */
  columnGap: / {3,}|\t[ \t]*/,
  /** A line laid out in columns (a table row or header): text, then three or more spaces or a tab, then text. */
  columnarLine: /\S(?: {3,}|\t[ \t]*)\S/,
  /** A word that ends a sentence ("results.", "today!"), not an abbreviation of a name or place. */
  sentenceWord: /[a-z]{2}[.!?]["')]?$/,
  /** A CR or CRLF line end. */
  carriageReturn: /\r\n?/g,
  /** Where a name's words part: white space, en and em dashes, a run of hyphens ("2004--Lumen"). */
  nameTokenSplit: /[\s\u2013\u2014]+|-{2,}/,
  trailingComma: /,$/,
  leadingComma: /^\s*,?/,
  /** What a name's comparison key leaves out: all but letters, digits and "&". */
  nonWordChars: /[^a-z0-9&]/g,
  capitalised: /^[A-Z]/,
  /** An all-capitals word of a name or a headline ("ACME", "LOS", "AT&T"). */
  allCapsWord: /^[A-Z][A-Z0-9.&'-]*[A-Z0-9.]$/,
  /** A word with a lower-case letter: part of a name in mixed case. */
  mixedCaseWord: /[a-z]/,
  /** A capitalised word of a title-case headline that no name runs across ("Results Announced By Acme Corp."). */
  nameBreakWord:
    /^(?:By|For|From|At|In|On|With|To|As|Via|Announced|Announces|Reported|Reports|Posts|Posted|Said|Says|Today)$/,
  /** Words that cannot begin a company name ("… and the Zed Company"). */
  nameLeadingConnective: /^(?:of|and|&|the)$/,

  // ---- HTML input (html.ts) -------------------------------------------------------------------------------------
  /** An HTML document near the top of the input: <html>, <body> or a doctype. */
  htmlDocument: /<(?:html|body)\b[^>]*>|<!doctype\s+html/i,
  /** An HTML table and its cells (EDGAR's plain-text <TABLE> pages have no <TD>). */
  htmlTable: /<table\b[^>]*>/i,
  htmlCell: /<t[dh]\b[^>]*>/i,
  /** What ends a <head> (html-tokens.ts passes over its content only where one follows): "</head", "<body". */
  htmlHeadEnd: /<\/head\b|<body\b/gi,
  /** What ends an <xml> data island (Word's saved pages). */
  htmlXmlEnd: /<\/xml\b/gi,
  /** The encoding a page declares: <meta charset="…">, <meta http-equiv="Content-Type" content="…; charset=…">. */
  htmlCharset:
    /<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i,
  /** The encoding an XML declaration names: <?xml version="1.0" encoding="…"?>. */
  xmlEncoding:
    /<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})/i,
  /** HTML's collapsible white space (not the no-break space). */
  htmlSpace: /[ \t\r\n\f]+/g,
  /** Text a reader sees: anything but white space, no-break and zero-width spaces included. */
  visibleText: /[^\s\u200b]/,
  /** Leading white space of a cell, no-break spaces included: its indentation. */
  htmlLeadingSpace: /^[\s\u00a0\u2000-\u200b]*/,
  /** A superscript that is a footnote reference: numbers ("1", "1,2") or a letter (captured), or a star or dagger. */
  supFootnote:
    /^\(?(?:(\d{1,2}(?:\s?,\s?\d{1,2})*|[a-z])|\*{1,3}|[\u2020\u2021\u00a7]{1,3})\)?$/i,
  /** What closes a number written in two cells: ")" , "%", ")%", a lettered or starred footnote marker in the next cell (a "(4)" is left to the columns: a figure where its column holds figures, else a marker). */
  /** A digit anywhere: a piece of text that may hold a figure. */
  anyDigit: /\d/,
  htmlClosingCell: /^(?:\)\s*%?|%|\([a-z]\)|\*{1,3})$/i,
  /** What every CSS property that indents names ("padding-left", "margin-left", "text-indent"). */
  cssIndentHint: /left|indent/i,
  /** CSS lengths that indent a cell's text. */
  cssIndent:
    /(?:padding-left|margin-left|text-indent)\s*:\s*(-?\d*\.?\d+)\s*(px|pt|em|ex|in|cm|mm|pc|%)?/gi,
  /** A top or bottom border in a style attribute: "border-bottom: 1px solid #000", "border-top-style: double". */
  cssBorder: /border-(top|bottom)(?:-(?:style|width))?\s*:\s*([^;]*)/gi,
  cssNoBorder: /^\s*(?:none|hidden|0(?:px|pt|em)?|initial)\b/i,
  cssDouble: /double/i,
  /** A sentence leading into a table: it ends in a colon ("… consist of:", "… the following categories:"). */
  leadIn: /^.{8,400}:\s*$/,
  /** A sentence's end: prose rather than a title ("… per share." but not "Acme Widgets, Inc."). */
  sentenceEnd: /[.!?]["')]?\s*$/,
  abbreviationEnd: /\b(?:Inc|Corp|Co|Ltd|L\.P|N\.V|S\.A|plc)\.\s*$/i,
  // ---- answers (src/store.ts, src/answers.ts) ----
  /** Runs of white space, line ends included: two texts differing only in these are one release. */
  copyWhitespace: /\s+/g,
  /** A concept id that names a balance-sheet figure (stands at a date). */
  instantConcept: /asset|liabilit|equity|^cash$/,
  /** Between the words of a company's name or a company argument ("The Kroger Co.", "kroger co"). */
  companyWordBreak: /[^a-z0-9]+/,
  /** Between a heading (or column group, or table title) and the item it qualifies: "Georgia Power › Net income". */
  itemQualifier: /\s*(?:\u203a|>|\|)\s*/,
  /** What ends a heading without naming it: a dash or colon, a footnote marker ("per common share: (3)"). */
  headingTail: /(?:[:*\u2013\u2014-]|\(\d{1,2}\)|\([a-z]\))\s*$/,

  // ---- copied text (copied-text.ts): what a browser puts on the clipboard as text/plain -------------------------
  /** A TAB: the cell separator of copied table rows. */
  copiedTab: /\t/,
  /** A mark a copied row gives a cell of its own: a currency sign, an opening or closing parenthesis, a percent sign. */
  copiedMark: /^(?:[$\u20ac\u00a3]|\(|\)|%|\)\s*%|%\s*\))$/,
  /** A currency sign alone in its cell. */
  copiedCurrency: /^[$\u20ac\u00a3]$/,
  /** An opening parenthesis alone in its cell. */
  copiedOpen: /^\($/,
  /** A fragment of a header cell broken after its month and day: "May 31,", "December 30,". */
  copiedMonthDay: new RegExp(`^${MONTH}\\s+\\d{1,2},?$`, "i"),
  /** A year alone, or a year and the text the cell's next line carries. */
  copiedYearStart: /^(?:19|20)\d\d\b/,
  /** A label that introduces the rows under it: "Net sales:", "Current assets:". */
  copiedHeadingColon: /:\s*$/,
  /** A verb or pointer of a sentence leading into a table ("… was as follows:", "… in the following categories:"), which
   *  a heading over rows ("Adjustments to reconcile net income to net cash provided by operating activities:") lacks. */
  copiedLeadInWord: /\b(?:follows|following|below|is|are|was|were)\b/i,
  /** Words of a column header (periods, changes, bases): what a header cell over figures says. */
  copiedHeaderWord:
    /\b(?:ended|ending|months?|weeks?|quarters?|years?|fiscal|actual|change|increase|decrease|variance|percent|gaap|non-gaap|adjusted|reported|pro\s+forma|constant\s+currency|budget|forecast|outlook|guidance|ytd|qtd)\b|%|\b(?:19|20)\d\d\b|\b[1-4]q|\bq[1-4]\b|[\u2019']\d\d\b/i,
  /** A period phrase opening a header cell: "Three Months Ended", "Year Ended", "Quarter ended". */
  copiedPeriodPhrase: new RegExp(
    `^(?:for\\s+the\\s+)?(?:${LENGTH_WORD}[\\s-]+${LENGTH_UNIT}|(?:fiscal\\s+)?(?:year|quarter|half)|year[\\s-]to[\\s-]date)\\b.*\\b(?:ended|ending)\\b`,
    "i",
  ),
  /** A bottom header cell that is a date or a year: what a period's column shows under its spanning phrase. */
  copiedDatedCell: new RegExp(
    `^(?:${MONTH}\\s+\\d{1,2},?\\s+)?(?:19|20)\\d\\d\\*?$`,
    "i",
  ),
  /** A year anywhere in a header cell ("2022", "2022 Non-GAAP", "May 31, 2022"). */
  copiedYearAnywhere: /\b(?:19|20)\d\d\b/,
  /** A web page's file name: ".htm", ".html". */
  htmlFileName: /\.html?$/i,
  /** Characters HTML would read as markup, escaped when copied text is written out as a table. */
  copiedHtmlSpecial: /[&<>"]/g,
  /** A line of copied text that is a lone figure, currency sign or closing mark (a cell of its own paragraph). */
  copiedLoneCell:
    /^[ \t\u00a0]*(?:[$\u20ac\u00a3(]?\s*[-\u2212]?\(?\$?[\d,]*\d(?:\.\d+)?\s*%?\)?\s*%?|[$\u20ac\u00a3]|\)|%)[ \t\u00a0]*$/,
  /** A line holding only white space, TABs or no-break spaces: an empty cell of copied text. */
  copiedSpacerLine: /^[ \t\u00a0]+$/,
  /**
   * A TAB followed by two spaces or more before a figure or word: fixed-width text aligned with TABs and spaces, not
   * copied cells. (One space beside a TAB is a copied cell's own padding: "Products\t$\t 96,458 \t".)
   */
  tabThenPadding: /\t {2,}\S/,
  /** Two spaces inside a cell's text (its ends trimmed): text aligned with spaces. Not global: it is only tested. */
  innerSpaceRun: / {2}/,

  // ---- text copied from a PDF viewer (src/spaced-text.ts) ----
  /** A figure as a word of its own: "21,450", "(150)", "$(0.03)", "0.20", "(1.5)%", "-12", "12.5%". */
  spacedFigure: /^\$?\(?-?\$?\d[\d,]*(?:\.\d+)?\)?%?$/,
  /** A word beside a figure: "$", "(" or ")" or "%" written apart from it. */
  spacedMark: /^(?:\$|\(|\)|%)$/,
  /** A label's last word that reads on into an amount: "… of $500", "… and $450". */
  spacedLabelGoesOn:
    /^(?:of|and|or|at|to|for|from|by|per|with|in|over|under)$/i,
  /** A word standing in a figure's place: a dash for nil, "NM", "N/A". */
  spacedNil: /^(?:-+|\u2013|\u2014|NM|N\/?A|n\/a|nm)$/,
  /** A header cell of one column: "Q4 2004", "4Q04", "FY 2004", "Fiscal 2004", "Q3'04", "% Change", "Change". */
  spacedHeaderCell:
    /(?:(?:Q[1-4]|[1-4]Q|FY|Fiscal(?: Year)?)\s?['\u2019]?(?:(?:19|20)\d\d|\d\d)|%\s?Change|%\s?Chg\.?|Change|Variance)(?=\s|$)/gi,
  /** A word of a rule drawn in text: "-----", "=====". */
  spacedRule: /^[-=_]{2,}$/,
  /** A month and day without its year: "June 30,", "Dec. 31,". */
  spacedMonthDay: new RegExp(`^${MONTH}\\s+\\d{1,2},$`, "i"),
  /** Where a period phrase or a date of a header line starts: "Three Months Ended", "Year Ended", "June 30," (not
   * the date a phrase ends on). */
  spacedHeaderStart: new RegExp(
    `(?<![^\\s,])(?:${LENGTH_WORD}\\s+${LENGTH_UNIT}\\s+ended|(?:quarter|year|fiscal year|period)\\s+ended|(?<!ended\\s+)${MONTH}\\s+\\d{1,2},)`,
    "gi",
  ),

  // ---- the pane's warnings, grouped by kind ----
  /** A quoted text in a warning (to its closing quote, or to the end): what differs between warnings of one kind. */
  warningQuote: /"[^"]*("?)/g,
  /** A figure in a warning: digits, with "," or "." between digits ("1,234.5"). */
  warningFigure: /\d+(?:[.,]\d+)*/g,
};

/** Month name (any accepted spelling) → 1..12, or 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return (
    [
      "jan",
      "feb",
      "mar",
      "apr",
      "may",
      "jun",
      "jul",
      "aug",
      "sep",
      "oct",
      "nov",
      "dec",
    ].indexOf(key) + 1
  );
}

/** Names in a workbook file (the .xlsx writer): what Excel would read as a cell reference rather than a name. */
export const workbookNameRules = {
  /** `AB12`: a column and a row. */
  a1Reference: /^[A-Za-z]{1,3}\d+$/,
  /** `R`, `C`, `R1C1`, `RC3`: Excel's R1C1 notation. */
  r1c1Reference: /^[Rr]\d*(?:[Cc]\d*)?$|^[Cc]\d*$/,
};
