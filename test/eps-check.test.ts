// EPS ≈ net income / shares: within a cent passes, far off fails, in between is skipped with the likely reason.
import { epsChecks } from "../src/checks/eps";
import { Row, Table } from "../src/model";

const row = (
  label: string,
  concept: string,
  values: string[],
  unit: Row["unit"],
  scale = 1000,
): Row => ({
  label,
  concept,
  values,
  line: 10,
  total: false,
  unit,
  scale: unit === "USD/share" ? 1 : scale,
});

function table(
  eps: string[],
  concept = "eps_diluted",
  shares = "shares_diluted",
): Table {
  return {
    title: "STATEMENTS OF OPERATIONS",
    statement: "income",
    scale: 1000,
    firstLine: 1,
    lastLine: 20,
    columns: [
      { column: "Q3-2024", period: "Q3-2024" },
      { column: "Q3-2023", period: "Q3-2023" },
    ],
    rows: [
      row(
        "Net income (loss)",
        "net_income",
        ["3,088".replace(",", ""), "-433"],
        "USD",
      ),
      row("Diluted", concept, eps, "USD/share"),
      row("Diluted", shares, ["12402", "12044"], "shares"),
    ],
  };
}

it("passes EPS within a cent of net income / shares (both columns, a loss too)", () => {
  const checks = epsChecks(table(["0.25", "-0.04"]));
  expect(checks.map((c) => [c.period, c.status, c.actual])).toEqual([
    ["Q3-2024", "pass", "0.249"],
    ["Q3-2023", "pass", "-0.036"],
  ]);
});

it("fails an EPS far from the ratio (a mistyped figure)", () => {
  const [c] = epsChecks(table(["0.52", "-0.04"]));
  expect(c).toMatchObject({
    id: "eps.ratio",
    status: "fail",
    expected: "0.52",
    actual: "0.249",
  });
  expect(c.message).toMatch(
    /is far from net income \(loss\) 3,088,000 \/ diluted 12,402,000 = 0\.249/,
  );
});

it("skips a moderate gap, saying the numerator may be adjusted", () => {
  const [c] = epsChecks(table(["0.27", "-0.04"]));
  expect(c.status).toBe("skip");
  expect(c.message).toMatch(/preferred dividends, convertible interest/);
});

it("pairs a combined basic-and-diluted EPS with combined shares", () => {
  const checks = epsChecks(
    table(["0.25", "-0.04"], "eps_basic_diluted", "shares_basic_diluted"),
  );
  expect(checks.filter((c) => c.status === "pass")).toHaveLength(2);
});

it("does nothing outside income statements", () => {
  expect(
    epsChecks({ ...table(["0.25", "-0.04"]), statement: "balance" }),
  ).toEqual([]);
});
