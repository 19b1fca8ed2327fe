// The workbook asks Excel to load the add-in when it opens while it holds releases (so HEMA formulas calculate on
// reopen without the pane), and stops asking when the last release is removed. Office is office-addin-mock's.
import * as fs from "fs";
import * as path from "path";
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost } from "../taskpane/excel-host";
import { planRelease } from "../src/sheet-plan";
import { FakeWorkbook } from "./fake-excel";
import { entryOf, keptOf } from "./store-helpers";

const acme = fs.readFileSync(
  path.join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);

const calls: string[] = [];
async function mockOffice(supported: boolean, fail = false) {
  calls.length = 0;
  const office = new OfficeMockObject({
    StartupBehavior: { load: "Load", none: "None" },
    addin: {
      setStartupBehavior: async (b: string) => {
        if (fail) throw new Error("GeneralException");
        calls.push(b);
      },
    },
    context: { requirements: { isSetSupported: () => supported } },
  });
  // The common Office API reads its enums without load(): mark the ones used as loaded, as Office.js has them.
  office.load({ StartupBehavior: { load: true, none: true } });
  await office.sync();
  (globalThis as Record<string, unknown>).Office = office;
}

afterEach(() => delete (globalThis as Record<string, unknown>).Office);

function host() {
  const wb = new FakeWorkbook();
  return new ExcelHost(async (batch) => batch(wb.context().context));
}

test("Insert asks for load on open; removing the last release asks for none", async () => {
  await mockOffice(true);
  const h = host();
  const e = entryOf(acme);
  const plan = planRelease(e);
  await h.writeRelease(plan, [], keptOf(e, plan));
  expect(calls).toEqual(["Load"]);
  await h.removeRelease(
    e.id,
    plan.sheets.map((s) => s.name),
    [],
  );
  expect(calls).toEqual(["Load", "None"]);
  expect(h.startupProblem).toBeNull();
});

test("a host without SharedRuntime 1.1 is not asked", async () => {
  await mockOffice(false);
  const h = host();
  const e = entryOf(acme);
  const plan = planRelease(e);
  await h.writeRelease(plan, [], keptOf(e, plan));
  expect(calls).toEqual([]);
});

test("a refused startup setting keeps the insert and says what it means", async () => {
  await mockOffice(true, true);
  const h = host();
  const e = entryOf(acme);
  const plan = planRelease(e);
  await expect(h.writeRelease(plan, [], keptOf(e, plan))).resolves.toBe(plan);
  expect(h.startupProblem).toMatch(
    /will not calculate on reopen.*GeneralException/,
  );
});
