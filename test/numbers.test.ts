// Numbers as printed → exact decimal strings, with no floating point in between.
import { formatNumber, isYear, parseValue } from "../src/numbers";

describe("parseValue: amounts", () => {
  it.each([
    ["$ 6,937,000", "6937000", true],
    ["$13,868,000", "13868000", true],
    ["$  1,250.5", "1250.5", true],
    ["7,751,060", "7751060", false],
    ["12", "12", false],
    ["0", "0", false],
    ["0.04", "0.04", false],
    [".50", "0.50", false],
    ["$.25", "0.25", true],
    ["007", "7", false],
    ["98765432109876543210.123456789", "98765432109876543210.123456789", false],
  ])("%j → %j", (text, value, currency) => {
    expect(parseValue(text)).toEqual({
      value,
      percent: false,
      dash: false,
      currency,
    });
  });

  it.each([
    ["(454,000)", "-454000"],
    ["$  (0.04)", "-0.04"],
    ["$(1.2)", "-1.2"],
    ["$ (1.2)", "-1.2"],
    ["( 454)", "-454"],
    ["(454 )", "-454"],
    ["-454", "-454"],
    ["- 454", "-454"],
    ["$-12.5", "-12.5"],
    ["-$12.5", "-12.5"],
    ["(4,500,000)", "-4500000"],
  ])("negative %j → %j", (text, value) => {
    expect(parseValue(text)?.value).toBe(value);
  });

  it.each(["(0.00)", "-0", "(0)", "$ (0.00)"])(
    "%j is zero without a sign",
    (text) => {
      expect(parseValue(text)?.value).toMatch(/^0(?:\.0+)?$/);
    },
  );

  it("keeps the digits as written: trailing zeros and decimals stay", () => {
    expect(parseValue("1,200.50")?.value).toBe("1200.50");
    expect(parseValue("(0.10)")?.value).toBe("-0.10");
    expect(parseValue("100.000")?.value).toBe("100.000");
  });
});

describe("parseValue: footnote markers and percentages", () => {
  it.each([
    ["288,139(a)", "288139"],
    ["288,139 (a)", "288139"],
    ["1.64*", "1.64"],
    ["1.64 *", "1.64"],
    ["1.64**", "1.64"],
    ["4,100(1)", "4100"],
    ["(22)(b)", "-22"],
  ])("%j → %j (the marker is dropped)", (text, value) => {
    expect(parseValue(text)).toMatchObject({ value, percent: false });
  });

  it.each([
    ["8.0%", "8.0"],
    ["12%", "12"],
    ["12.5 %", "12.5"],
    ["(3.2)%", "-3.2"],
    ["-13.0%", "-13.0"],
    ["106.2%", "106.2"],
  ])("percentage %j → %j", (text, value) => {
    expect(parseValue(text)).toEqual({
      value,
      percent: true,
      dash: false,
      currency: false,
    });
  });
});

describe("parseValue: cells that hold no number", () => {
  it.each(["-", "--", "---", "\u2014", "\u2013", "_", "$ -", "$ --", "$--"])(
    "%j is a dash (zero or not meaningful, decided by the column)",
    (text) => {
      expect(parseValue(text)).toMatchObject({
        value: null,
        dash: true,
        percent: false,
      });
    },
  );

  it.each([
    "n/a",
    "N/A",
    "na",
    "n.a.",
    "NM",
    "nm",
    "n.m.",
    "*",
    "none",
    "not meaningful",
    "$ n/a",
  ])("%j is not available: no value, not a dash", (text) => {
    expect(parseValue(text)).toMatchObject({ value: null, dash: false });
  });

  it.each(["nil", "NIL", "$ nil"])("%j is zero", (text) => {
    expect(parseValue(text)).toMatchObject({ value: "0", dash: false });
  });

  it("marks a '$' on a dash or n/a cell as currency", () => {
    expect(parseValue("$ --")?.currency).toBe(true);
    expect(parseValue("--")?.currency).toBe(false);
  });
});

describe("parseValue: not values at all", () => {
  it.each([
    "",
    "   ",
    "$",
    "Revenues",
    "(454",
    "454)",
    "1,23",
    "12.3.4",
    "12a",
    "(a)",
    "Q2",
    "June",
    "%",
    "1/1/94",
  ])("%j → null", (text) => {
    expect(parseValue(text)).toBeNull();
  });
});

describe("isYear", () => {
  it.each(["2003", " 1998 ", "1900", "2099"])("%j is a year", (t) =>
    expect(isYear(t)).toBe(true),
  );
  it.each(["203", "20030", "3003", "1899", "2,003", "(2003)", "FY2003"])(
    "%j is not a year",
    (t) => expect(isYear(t)).toBe(false),
  );
});

describe("formatNumber", () => {
  it.each([
    ["6937000", "6,937,000"],
    ["-454000", "(454,000)"],
    ["-0.04", "(0.04)"],
    ["1234.5", "1,234.5"],
    ["0", "0"],
    ["999", "999"],
    ["1000", "1,000"],
    ["98765432109876543210.12", "98,765,432,109,876,543,210.12"],
  ])("%j → %j", (value, printed) => {
    expect(formatNumber(value)).toBe(printed);
  });

  it("prints an empty cell for null", () => {
    expect(formatNumber(null)).toBe("");
  });

  it("round-trips through parseValue", () => {
    for (const v of ["-272000", "12484000", "-0.04", "1250.5"])
      expect(parseValue(formatNumber(v))?.value).toBe(v);
  });
});
