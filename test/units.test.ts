// Scale and units: the table's scale statement, per-share and share-count rows, and what escapes the scale.
import {
  namesShareCount,
  readScale,
  rowScale,
  rowUnit,
  ScaleStatement,
} from "../src/units";

describe("readScale", () => {
  it.each([
    ["(in thousands)", 1e3],
    ["(In Thousands)", 1e3],
    ["(Dollars in thousands)", 1e3],
    ["Amounts in thousands", 1e3],
    ["($000)", 1e3],
    ["(000's omitted)", 1e3],
    ["(000s omitted)", 1e3],
    ["(In Millions of Dollars)", 1e6],
    ["(in millions)", 1e6],
    ["($ millions)", 1e6],
    ["in millions of dollars", 1e6],
    ["(Amounts in billions)", 1e9],
  ])("%j → %d", (text, scale) => {
    expect(readScale(text)?.scale).toBe(scale);
  });

  it.each([
    "(Unaudited)",
    "CONSOLIDATED STATEMENTS OF OPERATIONS",
    "Three Months Ended June 30,",
    "",
  ])("%j states no scale", (text) => {
    expect(readScale(text)).toBeNull();
  });

  it.each([
    ["(in thousands, except per share data)", 1e3, true, false],
    ["(In thousands, except per share amounts)", 1e3, true, false],
    ["(Dollars in thousands, except per-share data)", 1e3, true, false],
    ["(In Millions of Dollars Except Earnings Per Share)", 1e6, true, false],
    ["(in millions, except per share and share data)", 1e6, true, true],
    ["(in thousands, except share and per share data)", 1e3, true, true],
    ["(in thousands, except shares)", 1e3, false, true],
    ["(in thousands, except number of shares)", 1e3, false, true],
    ["(in thousands)", 1e3, false, false],
  ])(
    "%j: scale %d, per share excepted %s, share counts excepted %s",
    (text, scale, exceptPerShare, exceptShares) => {
      expect(readScale(text)).toEqual({ scale, exceptPerShare, exceptShares });
    },
  );
});

describe("rowUnit", () => {
  it.each([
    ["Net income per share", "USD/share"],
    ["Basic and diluted per share amounts", "USD/share"],
    ["Diluted EPS", "USD/share"],
    ["Earnings per share - diluted", "USD/share"],
    ["Dividends per share", "USD/share"],
    ["Earnings per common share", "USD/share"],
    ["Weighted average shares outstanding - basic and diluted", "shares"],
    ["Average number of common shares outstanding", "shares"],
    ["Shares used in computing diluted net income per share", "shares"],
    ["Common shares outstanding", "shares"],
    ["Shares outstanding at year end", "shares"],
    ["Revenues", "USD"],
    ["Net loss", "USD"],
    ["Preferred stock, $.01 par value; 1,000 shares authorized", "USD"],
  ])("%j → %s", (label, unit) => {
    expect(rowUnit(label)).toBe(unit);
  });

  it.each([
    ["Basic", "Net income per share:", "USD/share"],
    ["Diluted", "Earnings per common share:", "USD/share"],
    ["Basic", "Weighted average shares outstanding:", "shares"],
    ["Diluted", "Number of shares used in computation:", "shares"],
    ["Basic", "Shares used in per share calculation:", "shares"],
    ["Operating Revenues", "Southern Division -", "USD"],
  ])("%j under %j → %s", (label, section, unit) => {
    expect(rowUnit(label, section)).toBe(unit);
  });
});

describe("namesShareCount", () => {
  it("tells a heading of share counts from a per-share heading", () => {
    expect(namesShareCount("Weighted average shares outstanding:")).toBe(true);
    expect(namesShareCount("Shares used in per share calculation:")).toBe(true);
    expect(namesShareCount("Net income per share:")).toBe(false);
    expect(
      namesShareCount("Earnings per share, based on weighted shares"),
    ).toBe(false);
    expect(namesShareCount("Revenues")).toBe(false);
  });
});

describe("rowScale", () => {
  const thousandsExceptPerShare: ScaleStatement = {
    scale: 1e3,
    exceptPerShare: true,
    exceptShares: false,
  };
  const thousandsExceptShares: ScaleStatement = {
    scale: 1e3,
    exceptPerShare: true,
    exceptShares: true,
  };

  it("scales money rows by the table's scale", () => {
    expect(rowScale("USD", "Revenues", thousandsExceptPerShare)).toBe(1000);
    expect(
      rowScale("USD", "Revenues", {
        scale: 1e6,
        exceptPerShare: false,
        exceptShares: false,
      }),
    ).toBe(1e6);
  });

  it("never scales per-share or percent rows", () => {
    expect(
      rowScale("USD/share", "Net income per share", thousandsExceptPerShare),
    ).toBe(1);
    expect(
      rowScale("USD/share", "Net income per share", {
        scale: 1e3,
        exceptPerShare: false,
        exceptShares: false,
      }),
    ).toBe(1);
    expect(rowScale("percent", "Gross margin %", thousandsExceptPerShare)).toBe(
      1,
    );
  });

  it("scales share counts unless the statement excepts them", () => {
    expect(
      rowScale("shares", "Weighted average shares", thousandsExceptPerShare),
    ).toBe(1000);
    expect(
      rowScale("shares", "Weighted average shares", thousandsExceptShares),
    ).toBe(1);
  });

  it("lets a row's own '(in millions)' or '(in thousands)' rule it", () => {
    expect(
      rowScale("shares", "Average Shares Outstanding (in millions)", {
        scale: 1e6,
        exceptPerShare: true,
        exceptShares: false,
      }),
    ).toBe(1e6);
    expect(rowScale("shares", "Shares outstanding (in thousands)", null)).toBe(
      1000,
    );
    expect(
      rowScale("USD", "Backlog (in millions)", thousandsExceptPerShare),
    ).toBe(1e6);
  });

  it("is 1 when the table states no scale", () => {
    expect(rowScale("USD", "Revenues", null)).toBe(1);
    expect(rowScale("shares", "Weighted average shares", null)).toBe(1);
  });
});
