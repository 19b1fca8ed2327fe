// Labels → canonical concept ids, by synonyms; bare "Basic"/"Diluted"/"Total" from their heading.
import { conceptOf, CONCEPTS, plainLabel } from "../src/concepts";

describe("plainLabel", () => {
  it("lower-cases and drops punctuation, footnote markers and note references", () => {
    expect(plainLabel("Net Income (See Note)")).toBe("net income");
    expect(plainLabel("Revenues (1)")).toBe("revenues");
    expect(plainLabel("Net income*")).toBe("net income");
    expect(plainLabel("Net income (a)")).toBe("net income");
    expect(plainLabel("Shareholders' equity")).toBe("shareholders equity");
    expect(plainLabel("Stockholder's equity")).toBe("stockholders equity");
    expect(plainLabel("Net loss per share - basic and diluted")).toBe(
      "net loss per share basic and diluted",
    );
  });

  it("keeps parentheses that are part of the label", () => {
    expect(plainLabel("Net (loss) income")).toBe("net (loss) income");
  });

  it("reads '&' as 'and'", () => {
    expect(plainLabel("Total liabilities & stockholders' equity")).toBe(
      "total liabilities and stockholders equity",
    );
  });
});

describe("income statement synonyms", () => {
  const cases: [string, string][] = [
    ["Revenues", "revenue"],
    ["Revenue", "revenue"],
    ["Net revenues", "revenue"],
    ["Total revenues", "revenue"],
    ["Net sales", "revenue"],
    ["Sales", "revenue"],
    ["Total net sales", "revenue"],
    ["Operating Revenues", "revenue"],
    ["Revenues, net", "revenue"],
    ["Cost of revenues", "cost_of_revenue"],
    ["Cost of revenue", "cost_of_revenue"],
    ["Cost of sales", "cost_of_revenue"],
    ["Cost of goods sold", "cost_of_revenue"],
    ["Cost of products sold", "cost_of_revenue"],
    ["Total cost of revenues", "cost_of_revenue"],
    ["Gross profit", "gross_profit"],
    ["Gross margin", "gross_profit"],
    ["Operating income", "operating_income"],
    ["Operating loss", "operating_income"],
    ["Operating income (loss)", "operating_income"],
    ["Income from operations", "operating_income"],
    ["Loss from operations", "operating_income"],
    ["Income (loss) from operations", "operating_income"],
    ["Income before income taxes", "pretax_income"],
    ["Loss before income taxes", "pretax_income"],
    ["Earnings Before Income Taxes", "pretax_income"],
    ["Income (loss) before income taxes", "pretax_income"],
    ["Income before provision for income taxes", "pretax_income"],
    ["Pre-tax income", "pretax_income"],
    ["Provision for income taxes", "income_tax"],
    ["Income taxes", "income_tax"],
    ["Income tax expense", "income_tax"],
    ["Income tax benefit", "income_tax"],
    ["Benefit from income taxes", "income_tax"],
    ["Provision (benefit) for income taxes", "income_tax"],
    ["Net loss", "net_income"],
    ["Net income", "net_income"],
    ["Net income (loss)", "net_income"],
    ["Net earnings", "net_income"],
    ["Net (loss) income", "net_income"],
    ["Net earnings (loss)", "net_income"],
    ["Net profit", "net_income"],
    ["NET INCOME", "net_income"],
    ["Net income (See Note)", "net_income"],
    ["Net Income As Reported", "net_income"],
    ["Net income available to common shareholders", "net_income_common"],
    ["Net income per share", "eps"],
    ["Net loss per common share", "eps"],
    ["Basic earnings per share", "eps_basic"],
    ["Basic net income per share", "eps_basic"],
    ["Net income per share - basic", "eps_basic"],
    ["Net income per share, basic", "eps_basic"],
    ["Diluted earnings per share", "eps_diluted"],
    ["Diluted net loss per share", "eps_diluted"],
    ["Earnings per share - diluted", "eps_diluted"],
    ["Fully diluted net earnings per share", "eps_diluted"],
    ["Net income per diluted share", "eps_diluted"],
    ["Earnings per common share - assuming dilution", "eps_diluted"],
    ["Loss per share - assuming full dilution", "eps_diluted"],
    ["Net income per basic share", "eps_basic"],
    ["Basic and diluted net loss per share", "eps_basic_diluted"],
    ["Basic and diluted per share amounts", "eps_basic_diluted"],
    ["Net loss per share - basic and diluted", "eps_basic_diluted"],
    ["Net loss per share, basic and diluted", "eps_basic_diluted"],
    ["Weighted average shares outstanding - basic", "shares_basic"],
    [
      "Weighted average number of common shares outstanding: basic",
      "shares_basic",
    ],
    ["Basic weighted average shares", "shares_basic"],
    ["Shares used in computing basic net income per share", "shares_basic"],
    ["Basic shares outstanding", "shares_basic"],
    ["Weighted average shares outstanding - diluted", "shares_diluted"],
    ["Diluted weighted average shares outstanding", "shares_diluted"],
    ["Shares used in computing diluted net income per share", "shares_diluted"],
    ["Diluted shares outstanding", "shares_diluted"],
    ["Weighted average diluted shares outstanding", "shares_diluted"],
    ["Shares used - diluted", "shares_diluted"],
    ["Shares - diluted", "shares_diluted"],
    ["Weighted average basic common shares", "shares_basic"],
    ["Shares used - basic", "shares_basic"],
    [
      "Weighted average shares outstanding - basic and diluted",
      "shares_basic_diluted",
    ],
    [
      "Shares used in computing basic and diluted net loss per share",
      "shares_basic_diluted",
    ],
    ["Average shares outstanding", "shares"],
    // With noncontrolling interests: the company's own share is its net income; theirs is no concept.
    ["Net income attributable to Acme Widgets, Inc.", "net_income_parent"],
    ["Net loss attributable to the Company", "net_income_parent"],
    ["Net income attributable to common stockholders", "net_income_common"],
  ];
  it.each(cases)("%j → %s", (label, concept) => {
    expect(conceptOf(label, "income")).toBe(concept);
  });

  it.each([
    "Net income attributable to noncontrolling interests",
    "Net income attributable to non-controlling interest",
    "Net earnings attributable to minority interests",
  ])("%j names no concept", (label) => {
    expect(conceptOf(label, "income")).toBeNull();
  });

  it("names only known concepts", () => {
    for (const [, concept] of cases) expect(CONCEPTS).toContain(concept);
  });
});

describe("balance sheet synonyms", () => {
  it.each([
    ["Cash", "cash"],
    ["Cash and cash equivalents", "cash"],
    ["Cash and marketable securities", "cash"],
    ["Cash & cash equivalents", "cash"],
    ["Total current assets", "current_assets"],
    ["Total assets", "total_assets"],
    ["TOTAL ASSETS", "total_assets"],
    ["Current liabilities", "current_liabilities"],
    ["Total current liabilities", "current_liabilities"],
    ["Long-term liabilities", "long_term_liabilities"],
    ["Total long-term liabilities", "long_term_liabilities"],
    ["Noncurrent liabilities", "long_term_liabilities"],
    ["Total liabilities", "total_liabilities"],
    ["Shareholders' equity", "equity"],
    ["Stockholders' equity", "equity"],
    ["Total stockholders' equity", "equity"],
    ["Total shareholders' equity (deficit)", "equity"],
    ["Stockholders' deficit", "equity"],
    ["Total equity", "equity"],
    [
      "Total liabilities and shareholders' equity",
      "total_liabilities_and_equity",
    ],
    [
      "Total liabilities and stockholders' equity",
      "total_liabilities_and_equity",
    ],
    [
      "Total liabilities & stockholders' equity",
      "total_liabilities_and_equity",
    ],
    ["Total liabilities and equity", "total_liabilities_and_equity"],
    [
      "Total liabilities and stockholders' deficit",
      "total_liabilities_and_equity",
    ],
    [
      "Total liabilities, redeemable preferred stock and stockholders' equity",
      "total_liabilities_and_equity",
    ],
    [
      "Total liabilities, minority interest and shareholders' equity",
      "total_liabilities_and_equity",
    ],
    ["Total liabilities and redeemable preferred stock", null],
  ])("%j → %s", (label, concept) => {
    expect(conceptOf(label, "balance")).toBe(concept);
  });

  it("gives no concept to other balance-sheet lines", () => {
    for (const label of [
      "Other current assets",
      "Non-current assets",
      "Accounts receivable, net",
      "Goodwill",
      "Total current assets and goodwill",
    ]) {
      expect(conceptOf(label, "balance")).toBeNull();
    }
  });
});

describe("statement kinds", () => {
  it("keeps income-statement concepts out of balance sheets and balance-sheet ones out of income statements", () => {
    expect(conceptOf("Revenues", "balance")).toBeNull();
    expect(conceptOf("Total assets", "income")).toBeNull();
    expect(conceptOf("Cash", "cashflow")).toBeNull();
  });

  it("finds net income in any statement (it opens the cash-flow statement)", () => {
    expect(conceptOf("Net income", "cashflow")).toBe("net_income");
    expect(conceptOf("Net loss", "balance")).toBe("net_income");
  });

  it("reads every concept in tables of kind 'other' too", () => {
    expect(conceptOf("Revenues", "other")).toBe("revenue");
    expect(conceptOf("Total assets", "other")).toBe("total_assets");
  });

  it("gives no concept to a label it does not know, or to an empty one", () => {
    expect(
      conceptOf("Selling, general and administrative", "income"),
    ).toBeNull();
    expect(conceptOf("Revenue growth", "income")).toBeNull();
    expect(conceptOf("", "income")).toBeNull();
    expect(conceptOf("(a)", "income")).toBeNull();
  });
});

describe("labels that take their meaning from a heading", () => {
  it.each([
    ["Basic", "Net income per share:", "eps_basic"],
    ["Diluted", "Net income per share:", "eps_diluted"],
    ["Basic and diluted", "Net loss per share:", "eps_basic_diluted"],
    ["Primary", "Earnings per common share:", "eps_basic"],
    ["Fully diluted", "Earnings per common share:", "eps_diluted"],
    ["Assuming dilution", "Earnings per common share:", "eps_diluted"],
    ["Assuming full dilution", "Average shares outstanding:", "shares_diluted"],
    ["Basic", "Weighted average shares outstanding:", "shares_basic"],
    ["Diluted", "Weighted average shares outstanding:", "shares_diluted"],
    [
      "Basic and diluted",
      "Weighted average common shares:",
      "shares_basic_diluted",
    ],
    ["Basic", "Shares used in per share calculation:", "shares_basic"],
    [
      "Diluted",
      "Weighted average shares used in computing per share amounts:",
      "shares_diluted",
    ],
    ["Diluted", "Earnings per share:", "eps_diluted"],
  ])("%j under %j → %s", (label, heading, concept) => {
    expect(conceptOf(label, "income", heading)).toBe(concept);
  });

  it("gives a bare 'Basic' without a heading no concept", () => {
    expect(conceptOf("Basic", "income")).toBeNull();
    expect(conceptOf("Basic", "income", "Revenues:")).toBeNull();
  });

  it("reads a bare 'Total' on a balance sheet by the side it stands on", () => {
    expect(conceptOf("Total", "balance", "ASSETS", ["ASSETS"])).toBe(
      "total_assets",
    );
    expect(
      conceptOf("TOTAL", "balance", "Current liabilities:", [
        "LIABILITIES AND STOCKHOLDERS' EQUITY",
        "Current liabilities:",
      ]),
    ).toBe("total_liabilities_and_equity");
    expect(
      conceptOf("Total", "balance", "LIABILITIES & SHAREHOLDERS' EQUITY", [
        "LIABILITIES & SHAREHOLDERS' EQUITY",
      ]),
    ).toBe("total_liabilities_and_equity");
  });

  it("leaves a bare 'Total' alone outside a balance sheet or without a side heading", () => {
    expect(conceptOf("Total", "income", "Segments", ["Segments"])).toBeNull();
    expect(conceptOf("Total", "balance", "Other", ["Other"])).toBeNull();
  });
});
