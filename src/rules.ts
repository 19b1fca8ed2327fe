// Every pattern the parser matches, in one place, named for what it recognises.
// Stages import what they need from here; no regular expression is written anywhere else in src/.

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

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
  /** A lone page number: a small integer alone on its line. */
  pageNumber: /^\s*\d{1,3}\s*$/,

  // ---- cells and numbers ---------------------------------------------------------------------------------------
  /** Dot leaders: "Revenues ........" or ". . . ." */
  dotLeader: /\.(?:\s?\.){2,}/g,
  /** One value token: $, (, -, digits with thousands separators, decimals, ), %, footnote marker; "(6.3%)" too. */
  number:
    /^(\$\s*)?(\()?\s*(-)?\s*(\$\s*)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(%)?\s*(\))?\s*(%)?(?:\s*(?:\([a-z]\)|\(\d{1,2}(?:,\d{1,2})*\)|\*{1,3}))?$/i,
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
  isoDate: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/,
  yearToken: /\b((?:19|20)\d\d)\b/g,
  /** "FY04", "FY '04", "FY2004", "Fiscal 04": a fiscal year label whose digits may stand against the letters. */
  shortFiscalYear: /\bF(?:Y|iscal)\s*'?((?:19|20)\d\d|\d\d)\b/i,
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
  percentHeader:
    /%|\bpercent|\bpct\b|\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|\binc\s*\(dec\)/i,
  durationMonths: /\b(three|3|six|6|nine|9|twelve|12)[\s-]*months?\b/i,
  durationWeeks:
    /\b(twelve|thirteen|fourteen|twenty[\s-]six|thirty[\s-]nine|fifty[\s-]two|fifty[\s-]three|12|13|14|16|24|26|36|39|40|52|53)[\s-]*weeks?\b/i,
  quarterWord: /\bquarters?\b|\bqtr\.?\b/i,
  /** "Fourth Quarter", "4TH QUARTER", "2nd Qtr", "Q2", "2Q". */
  quarterOrdinal:
    /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?(?:quarter|qtr)\b|\bq([1-4])(?![a-z])|\b([1-4])q(?![a-z])/i,
  /** A quarter with a two-digit year: "4Q04", "Q4 '04", "Q4-04". */
  quarterShortYear: /\b(?:[1-4]Q|Q[1-4])\s*[-']?\s*'?(\d\d)\b/i,
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
    `\\b((?:three|six|nine|twelve|\\d{1,2})[\\s-]*months?|(?:\\w+[\\s-])?weeks?|quarters?|years?|six[\\s-]month\\s+periods?|periods?)?\\s*(?:ended|ending)\\s+(${MONTH})\\s+(\\d{1,2}),?\\s*((?:(?:19|20)\\d\\d)(?:\\s*(?:,|and|&)\\s*(?:(?:19|20)\\d\\d))*)?`,
    "gi",
  ),
  /** "DECEMBER 31, 1997 AND 1996" with no duration: balance-sheet dates. */
  datesPhrase: new RegExp(
    `\\b(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d(?:\\s*(?:,|and|&)\\s*(?:19|20)\\d\\d)+)`,
    "gi",
  ),
  /** Where a fiscal calendar may be stated. */
  endedWord: /\bend(?:ed|ing)\b/i,
  /** "second quarter ended June 30, 2003", "fiscal year ended May 31, 2014" in narrative: the fiscal calendar. */
  narrativeQuarterEnded: new RegExp(
    `\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?:year\\s+)?((?:19|20)\\d\\d))?\\s*(?:,\\s*)?(?:(?:which|that)\\s+)?(?:ended|ending)\\s+(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)`,
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
  narrativeYearEnded: new RegExp(
    `\\b(?:fiscal\\s+)?year\\s+(?:ended|ending)\\s+(${MONTH})\\s+(\\d{1,2}),?\\s*((?:19|20)\\d\\d)`,
    "gi",
  ),

  // ---- scale and units -----------------------------------------------------------------------------------------
  scaleThousands:
    /\((?:[^)]*\b)?in\s+thousands\b[^)]*\)|\b(?:in|dollars in|amounts in)\s+thousands\b|\$\s*000s?\b|\(000'?s?\)|\(000'?s? omitted\)/i,
  scaleMillions:
    /\((?:[^)]*\b)?in\s+millions\b[^)]*\)|\b(?:in|dollars in|amounts in)\s+millions\b|\(\$?\s*millions?\)/i,
  scaleBillions:
    /\((?:[^)]*\b)?in\s+billions\b[^)]*\)|\b(?:in|dollars in|amounts in)\s+billions\b/i,
  exceptPerShare:
    /\bexcept\b[^)]*\bper[\s-]share\b|\bexcept\b[^)]*\b(?:eps|earnings per share)\b/i,
  /** Share counts excepted from the scale: "except share data", "except shares and per share amounts" — not "per share". */
  exceptShares:
    /\bexcept\b[^)]*?(?<!\bper[\s-])\bshares?\b(?![\s-]*(?:data|amounts?|information)?\s*per)/i,
  perShareLabel:
    /\bper\s+(?:common\s+|basic\s+|diluted\s+|weighted\s+|average\s+)*share\b|\bper\s+(?:unit|ads|adr)\b|\beps\b|\bearnings\s+per\b/i,
  sharesLabel:
    /\bshares\b(?!\s+(?:of|in)\s+(?:net|earnings|income|loss))|\bnumber\s+of\s+(?:common\s+)?shares\b/i,
  sharesAmountLabel:
    /\b(?:issued|repurchase[ds]?|purchase[ds]?|stock|equity|preferred|value)\b.*\bshares\b.*\b(?:designated|authorized|par)\b/i,
  /** The words that tell a heading of share counts ("Shares used in per share calculation:") from a per-share one. */
  sharesWord: /\bshares\b/i,
  perWord: /\bper\b/i,
  labelScaleThousands:
    /\((?:in\s+)?thousands\)|\bin\s+thousands\b|\(\s*000'?s?\s*\)/i,
  /** An operating statistic counted, not priced: stores, square feet, employees, members … */
  operatingCountLabel:
    /\b(?:stores|employees|associates|headcount|members|subscribers|square\s+f(?:ee|oo)t|sq\.?\s*ft|locations|restaurants|branches|outlets|hospitals|beds|units\s+in\s+operation)\b/i,
  /** Words that make a label a money amount even when it names a count ("Sales per square foot", "Member revenues"). */
  moneyWord:
    /\b(?:revenues?|sales|income|earnings|loss|expenses?|costs?|cash|assets|liabilit(?:y|ies)|deposits|loans|premiums?|per|dollars?|payroll|compensation|benefits|rent|equity|capital|debt|receivables?|payables?|investments?|reserves?|value|amount)\b|\$/i,
  labelScaleMillions: /\((?:in\s+)?millions\)|\bin\s+millions\b/i,

  // ---- labels ---------------------------------------------------------------------------------------------------
  /** Words a wrapped label line may end with, so the next line continues it. */
  connectiveEnd:
    /(?:\b(?:and|or|of|for|to|in|the|from|on|before|after|per|at|by|with|less|net|plus)|[,&/-])\s*$/i,
  footnoteSuffix: /\s*(?:\([a-z]\)|\(\d{1,2}\)|\*{1,3})\s*$/i,
  /** A line going on after a colon: lower case or a figure first. */
  listAfterColon: /^[a-z0-9]/,
  headingEnd: /[:]\s*(?:\(\w{1,3}\))?\s*$/,
  /** A label in capitals only (no lower-case letter), with at least one word of two letters. */
  allCapsLabel: /^(?=.*[A-Z]{2})[^a-z]*$/,
  totalLabel: /^\s*(?:total|net\s+total|grand\s+total)\b/i,
  bareTotal: /^\s*total\s*:?\s*$/i,
  /** "Less: treasury stock", "Less accumulated depreciation": a row subtracted, often printed without a sign. */
  lessLabel: /^\s*(?:less|deduct)\b/i,

  // ---- statements -----------------------------------------------------------------------------------------------
  balanceTitle:
    /balance\s+sheets?|financial\s+(?:position|condition)|statements?\s+of\s+condition|assets\s+and\s+liabilities/i,
  cashflowTitle: /cash\s*flows?/i,
  incomeTitle:
    /statements?\s+of\s+(?:consolidated\s+)?(?:operations|income|earnings|loss|comprehensive)|income\s+statements?|results\s+of\s+operations|(?:sales|revenues?)\s+and\s+earnings|earnings\s+(?:report|summary)|operating\s+results/i,
  equityTitle:
    /stockholders'?\s+equity|shareholders'?\s+equity|changes\s+in\s+(?:stockholders|shareholders)/i,
  sectionAssets: /^\s*(?:total\s+)?assets\b/i,
  /** A label or heading on the right-hand side of a balance sheet. */
  liabilityWord: /\bliabilit(?:y|ies)\b/i,
  sectionLiabilitiesEquity:
    /liabilities\s+(?:and|&)\s+(?:stockholders|shareholders|owners|partners|members)?'?\s*(?:equity|deficit|capital)|liabilities\s+(?:and|&)\s+(?:equity|capital)/i,

  /** A share-count label ("Weighted average shares", "Shares used in …") and what rules one out ("par value"). */
  shareCountLabel:
    /(?:average|weighted|number of)\b.*\bshares\b|\bshares (?:outstanding|used)\b|^\s*shares\b/i,
  notShareCountLabel: /\bpar value\b|\bauthorized\b|\bdesignated\b|\bstock,/i,
  /** A heading that names a statement of changes rather than a balance ("Statements of Stockholders' Equity"). */
  statementOfChanges: /statements?\s+of|changes/i,
  /** A line of prose (eight words or more) or one ending in a figure, between two tables. */
  manyWords: /(?:\S+\s+){7}\S/,
  endsInFigure: /\d[\d,]*\s*$/,
  /** A label that names only a loss ("Net loss"), not "Net income (loss)". */
  lossOnlyLabel: /\bloss\b/i,
  incomeWord: /income|earnings|profit|\(loss\)|\(income\)/i,
  /** Canonical period ids and ISO instants. */
  durationId: /^(Q[1-4]|FY|6M|9M)-?(\d{4})$/,
  instantId: /^\d{4}-\d\d-\d\d$/,

  // ---- metadata -------------------------------------------------------------------------------------------------
  tickerParen:
    /\(\s*((?:NYSE(?:\s+(?:American|Arca|MKT))?|NASDAQ(?:\s*(?:GS|GM|CM|Global(?:\s+Select)?\s+Market|Capital\s+Market|National\s+Market))?|Nasdaq(?:\s*(?:GS|GM|CM|Global(?:\s+Select)?\s+Market|Capital\s+Market|National\s+Market))?|AMEX|American\s+Stock\s+Exchange|New\s+York\s+Stock\s+Exchange|OTC(?:\s+Bulletin\s+Board|BB|QB|QX)?|OTCBB|TSX(?:-V)?|NYSE\s*Amex|Pink\s+Sheets))\s*(?::|-|\s)\s*([A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,3})?)\s*\)/i,
  tickerSymbolWord:
    /\((?:ticker\s+)?symbol\s*:?\s*([A-Z]{1,5}(?:\.[A-Z]{1,3})?)\)/i,
  /** The capitalised words standing before a ticker; a comma may come before a corporate suffix ("Acme, Inc."). */
  companyBeforeTicker:
    /((?:[A-Z][\w.&'-]*|&|of|and|the)(?:(?:,?[ \t]+(?=(?:Inc|INC|Corp|CORP|Co|CO|Ltd|LTD|LLC|L\.P|plc|PLC|N\.V|S\.A)\b)|[ \t]+)(?:[A-Z][\w.&'-]*|&|of|and|the)){0,7})[\s,]*$/,
  /** An all-capitals word of a name or a headline ("ACME", "LOS", "AT&T"). */
  allCapsWord: /^[A-Z][A-Z0-9.&'-]*[A-Z0-9.]$/,
  /** A word with a lower-case letter: part of a name in mixed case. */
  mixedCaseWord: /[a-z]/,
  /** Words that cannot begin a company name ("… and the Zed Company"). */
  nameLeadingConnective: /^(?:of|and|&|the)$/,
  companySuffix:
    /\b((?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){0,5}\s*,?\s+(?:Corporation|Corp\.|Incorporated|Inc\.?|Company|Co\.|Holdings|Group|Ltd\.?|L\.P\.|LLC|plc|N\.V\.|S\.A\.))/,
  releaseDateLabel: new RegExp(
    `(?:release\\s+date|date)\\s*:\\s*(${MONTH}\\s+\\d{1,2},?\\s*(?:19|20)\\d\\d)`,
    "i",
  ),
  datelineDate: new RegExp(`(${MONTH}\\s+\\d{1,2},\\s*(?:19|20)\\d\\d)`, "gi"),
  /** Words before a date that make it the end of a period ("quarter ended June 30, 2004"), not the release date. */
  periodDateBefore:
    /\b(?:ended|ending|through|thru|as\s+of|at|since|from)\s*$/i,
  /** Years after a date that make it a title's dates ("December 31, 2004 and 2003"), not the release date. */
  periodDateAfter: /^\s*(?:,|and|&)\s*(?:19|20)\d\d\b/i,
  /** A line laid out in columns (a table row or header): text, then three or more spaces or a tab, then text. */
  columnarLine: /\S(?: {3,}|\t[ \t]*)\S/,

  // ---- HTML input (html.ts) -------------------------------------------------------------------------------------
  /** An HTML document near the top of the input: <html>, <body> or a doctype. */
  htmlDocument: /<(?:html|body)\b[^>]*>|<!doctype\s+html/i,
  /** An HTML table and its cells (EDGAR's plain-text <TABLE> pages have no <TD>). */
  htmlTable: /<table\b[^>]*>/i,
  htmlCell: /<t[dh]\b[^>]*>/i,
  /** The start of a tag at a position (sticky): "<td", "</TR". */
  htmlTagStart: /<(\/?)([A-Za-z][A-Za-z0-9:-]*)/y,
  /** One attribute of a tag: name="value", name='value', name=value or a bare name. */
  htmlAttribute:
    /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
  /** A character reference: &#160; &#xA0; &nbsp; (the semicolon may be missing in old pages). */
  htmlEntity:
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g,
  /** HTML's collapsible white space (not the no-break space). */
  htmlSpace: /[ \t\r\n\f]+/g,
  /** Leading white space of a cell, no-break spaces included: its indentation. */
  htmlLeadingSpace: /^[\s\u00a0\u2000-\u200b]*/,
  /** A superscript that is a footnote reference: numbers ("1", "1,2") or a letter (captured), or a star or dagger. */
  supFootnote:
    /^\(?(?:(\d{1,2}(?:\s?,\s?\d{1,2})*|[a-z])|\*{1,3}|[\u2020\u2021\u00a7]{1,3})\)?$/i,
  /** What closes a number written in two cells: ")" , "%", ")%" or a footnote marker in the next cell. */
  htmlClosingCell: /^(?:\)\s*%?|%|\([a-z]\)|\(\d\)|\*{1,3})$/i,
  /** CSS lengths that indent a cell's text. */
  cssIndent:
    /(?:padding-left|margin-left|text-indent)\s*:\s*(-?\d*\.?\d+)\s*(px|pt|em|ex|in|cm|mm|pc|%)?/gi,
  /** A top or bottom border in a style attribute: "border-bottom: 1px solid #000", "border-top-style: double". */
  cssBorder: /border-(top|bottom)(?:-(?:style|width))?\s*:\s*([^;]*)/gi,
  cssNoBorder: /^\s*(?:none|hidden|0(?:px|pt|em)?|initial)\b/i,
  cssDouble: /double/i,
  /** A sentence's end: prose rather than a title ("… per share." but not "Acme Widgets, Inc."). */
  sentenceEnd: /[.!?]["')]?\s*$/,
  abbreviationEnd: /\b(?:Inc|Corp|Co|Ltd|L\.P|N\.V|S\.A|plc)\.\s*$/i,
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
