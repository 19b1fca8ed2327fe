/* global __dirname, process, console, describe, it, expect, beforeAll, afterAll, NodeJS, Buffer */
/**
 * The production webpack build: runs `npx webpack --mode production` once into a temporary folder
 * (HEMA_DIST), then checks the generated functions.json, loads functions.js in a `vm` sandbox that has
 * nothing but a fake `CustomFunctions` global, and checks sizes and the other outputs.
 *
 * To cover a new custom function: add its metadata to EXPECTED_FUNCTIONS and, if it can be called
 * without a loaded release, a row to CALLS. The association checks are driven by functions.json itself.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import { FUNCTION_NAMES } from "../src/answers";
import { parseRelease } from "../src/parse";
import { emptyStore } from "../src/store";
import { addText } from "../src/text-store";

const ROOT = path.resolve(__dirname, "..");
const MAX_FUNCTIONS_JS_BYTES = 150 * 1024;

interface ParamMeta {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
  description?: string;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParamMeta[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

/** What functions.json must say about each function (parameters in order; `optional` defaults to false). */
const P = (
  name: string,
  type: string,
  optional = false,
): [string, string, boolean] => [name, type, optional];
const PERIOD_CO = [P("period", "any"), P("company", "string", true)];
const DATE_CO = [P("date", "any"), P("company", "string", true)];
const EXPECTED_FUNCTIONS: Record<
  string,
  { params: Array<[string, string, boolean?]>; result: string }
> = {
  NETLOSS: { params: PERIOD_CO, result: "number" },
  NETINCOME: { params: PERIOD_CO, result: "number" },
  REVENUE: { params: PERIOD_CO, result: "number" },
  PRETAXINCOME: { params: PERIOD_CO, result: "number" },
  INCOMETAX: { params: PERIOD_CO, result: "number" },
  EPS: { params: [...PERIOD_CO, P("basis", "string", true)], result: "number" },
  SHARES: {
    params: [...PERIOD_CO, P("basis", "string", true)],
    result: "number",
  },
  TOTALASSETS: { params: DATE_CO, result: "number" },
  TOTALLIABILITIES: { params: DATE_CO, result: "number" },
  EQUITY: { params: DATE_CO, result: "number" },
  TOTALLIABILITIESEQUITY: { params: DATE_CO, result: "number" },
  VALUE: { params: [P("item", "string"), ...PERIOD_CO], result: "number" },
  BALANCED: { params: DATE_CO, result: "boolean" },
  PERIODS: { params: [P("company", "string", true)], result: "string" },
  ITEMS: { params: [P("company", "string", true)], result: "string" },
  RELEASES: { params: [], result: "string" },
  SOURCE: { params: [P("item", "string"), ...PERIOD_CO], result: "string" },
};

/**
 * Calls made through the handlers that the bundle associated, on a store holding the synthetic example release
 * (examples/acme-q3-2024.txt); expected values are computed from the parser, not written here.
 */
const EXAMPLE = fs.readFileSync(
  path.join(ROOT, "examples", "acme-q3-2024.txt"),
  "utf8",
);
const parsed = parseRelease(EXAMPLE, "acme");
const fact = (concept: string, period: string) => {
  const f = parsed.facts.find(
    (x) => x.concept === concept && x.period === period,
  )!;
  return Number(f.value) * f.scale;
};
const CALLS: Array<{
  id: string;
  args: unknown[];
  throws?: { code: string; message: RegExp };
  returns?: unknown;
}> = [
  { id: "NETLOSS", args: ["Q3-2024"], returns: fact("net_income", "Q3-2024") },
  {
    id: "NETINCOME",
    args: ["3Q23", "ACMW"],
    returns: fact("net_income", "Q3-2023"),
  },
  { id: "REVENUE", args: ["9M-2024"], returns: fact("revenue", "9M-2024") },
  {
    id: "TOTALASSETS",
    args: ["2024-09-30"],
    returns: fact("total_assets", "2024-09-30"),
  },
  {
    id: "EPS",
    args: ["Q3-2024", "", "diluted"],
    returns: fact("eps_diluted", "Q3-2024"),
  },
  { id: "BALANCED", args: ["Q3-2024"], returns: true },
  {
    id: "NETLOSS",
    args: ["Q5-2024"],
    throws: { code: "#VALUE!", message: /not a period/ },
  },
  {
    id: "NETLOSS",
    args: ["Q1-2024"],
    throws: { code: "#N/A", message: /periods available: Q3-2024/ },
  },
  {
    id: "NETLOSS",
    args: ["Q3-2024", "XYZ"],
    throws: { code: "#N/A", message: /Unknown company/ },
  },
];

const PRIMITIVE_TYPES = new Set(["string", "number", "boolean", "any"]);

/** A stand-in for the CustomFunctions global of the Office runtime; records associate() calls. */
function fakeCustomFunctions() {
  const associations: Array<[string, (...args: unknown[]) => unknown]> = [];
  const ErrorCode = {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  };
  class CustomFunctionsError extends Error {
    constructor(
      public code: string,
      message?: string,
    ) {
      super(message);
      this.name = "CustomFunctions.Error";
    }
  }
  return {
    associations,
    CustomFunctionsError,
    global: {
      associate(id: unknown, fn: unknown) {
        if (typeof id === "string" && typeof fn === "function")
          associations.push([id, fn as (...a: unknown[]) => unknown]);
        else if (id && typeof id === "object") {
          for (const [k, v] of Object.entries(id))
            associations.push([k, v as (...a: unknown[]) => unknown]);
        } else throw new TypeError(`associate(${String(id)}, ${typeof fn})`);
      },
      Error: CustomFunctionsError,
      ErrorCode,
    },
  };
}

let outDir = "";
let metadata: { functions: FunctionMeta[] };
let functionsJs = "";

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "hema-build-"));
  const env: NodeJS.ProcessEnv = { ...process.env, HEMA_DIST: outDir };
  delete env.HEMA_URL_PROD;
  const r = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 170_000,
  });
  if (r.status !== 0) {
    throw new Error(
      `webpack failed (exit ${r.status}, ${r.error ?? ""}):\n${r.stdout}\n${r.stderr}`,
    );
  }
  metadata = JSON.parse(
    fs.readFileSync(path.join(outDir, "functions.json"), "utf8"),
  );
  functionsJs = fs.readFileSync(path.join(outDir, "functions.js"), "utf8");
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe("production build output", () => {
  it.each([
    "functions.json",
    "functions.js",
    "taskpane.html",
    "taskpane.js",
    "help.html",
    "manifest.xml",
    ...[16, 32, 64, 80, 128].map((s) => `assets/icon-${s}.png`),
  ])("has %s", (file) => {
    expect(fs.statSync(path.join(outDir, file)).size).toBeGreaterThan(0);
  });

  it("copies manifest.xml unchanged and the icons as PNGs", () => {
    expect(fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8")).toBe(
      fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    );
    for (const s of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(outDir, "assets", `icon-${s}.png`));
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([s, s]); // IHDR width, height
    }
  });

  it("taskpane.html loads Office.js from the CDN, then both bundles (one page for the shared runtime)", () => {
    const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const office = html.indexOf(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    );
    const functions = html.search(/<script[^>]*src="?functions\.js/);
    const taskpane = html.search(/<script[^>]*src="?taskpane\.js/);
    expect(office).toBeGreaterThan(-1);
    expect(functions).toBeGreaterThan(office);
    expect(taskpane).toBeGreaterThan(office);
    expect(html.indexOf("</head>")).toBeGreaterThan(office);
    expect(html).toMatch(/<div id="?app"?>/);
  });

  it("holds no code built from strings: no eval, no new Function, in any production bundle", () => {
    const bundles = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
    expect(bundles).toEqual(
      expect.arrayContaining([
        "functions.js",
        "taskpane.js",
        "parse-worker.js",
        "parser.js",
      ]),
    );
    for (const f of bundles) {
      const code = fs.readFileSync(path.join(outDir, f), "utf8");
      const found = code.match(
        /\beval\s*\(|\bnew\s+Function\b|[^.\w$]Function\s*\(/g,
      );
      expect({ bundle: f, found }).toEqual({ bundle: f, found: null });
    }
  });

  it("taskpane.html carries a Content Security Policy: scripts only from the add-in and the Office.js CDN", () => {
    const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const csp =
      /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(
        html,
      )?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(
      csp!.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
    ]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    for (const [name, values] of directives)
      expect({
        name,
        values: values.filter(
          (v) =>
            /unsafe-eval|\*|^https?:$|^data:$/.test(v) &&
            name !== "img-src" &&
            name !== "font-src",
        ),
      }).toEqual({ name, values: [] });
  });

  it(`functions.js is minified and at most ${MAX_FUNCTIONS_JS_BYTES / 1024} KB`, () => {
    const size = Buffer.byteLength(functionsJs);
    console.log(
      `functions.js: ${size} bytes (${(size / 1024).toFixed(2)} KB; limit ${MAX_FUNCTIONS_JS_BYTES / 1024} KB)`,
    );
    expect(size).toBeLessThanOrEqual(MAX_FUNCTIONS_JS_BYTES);
    const code = functionsJs.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "");
    expect(code.split("\n").length).toBeLessThanOrEqual(2);
  });
});

describe("functions.json (generated from the JSDoc)", () => {
  it("lists the functions the standalone preview's formula box knows (src/answers.ts FUNCTION_NAMES)", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      [...FUNCTION_NAMES].sort(),
    );
  });

  it("lists exactly the expected functions", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      Object.keys(EXPECTED_FUNCTIONS).sort(),
    );
  });

  it.each(Object.entries(EXPECTED_FUNCTIONS))(
    "%s has the expected parameters and result",
    (id, want) => {
      const f = metadata.functions.find((g) => g.id === id);
      expect(f).toBeDefined();
      expect(f!.name).toBe(id);
      expect(f!.description).toBeTruthy();
      expect(
        f!.parameters.map((p) => [p.name, p.type, p.optional === true]),
      ).toEqual(want.params.map(([n, t, o]) => [n, t, o === true]));
      expect(f!.result?.type).toBe(want.result);
    },
  );

  it("uses only primitive parameter types, with every optional parameter after the required ones", () => {
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
      let seenOptional = false;
      for (const p of f.parameters) {
        expect({
          fn: f.id,
          param: p.name,
          primitive: PRIMITIVE_TYPES.has(p.type ?? "any"),
        }).toEqual({ fn: f.id, param: p.name, primitive: true });
        if (p.optional) seenOptional = true;
        else
          expect({
            fn: f.id,
            param: p.name,
            requiredAfterOptional: seenOptional,
          }).toEqual({ fn: f.id, param: p.name, requiredAfterOptional: false });
      }
    }
  });
});

describe("functions.js in a sandbox with only a fake CustomFunctions", () => {
  let fake: ReturnType<typeof fakeCustomFunctions>;

  beforeAll(() => {
    fake = fakeCustomFunctions();
    // No window, document, Office or console: just the language built-ins and CustomFunctions.
    const store = addText(
      emptyStore(),
      EXAMPLE,
      "examples/acme-q3-2024.txt",
    ).store;
    const context = vm.createContext({
      CustomFunctions: fake.global,
      __hemaLiveStore__: {
        current: store,
        loading: null,
        listeners: new Set(),
      },
      setTimeout,
      clearTimeout,
    });
    vm.runInContext(functionsJs, context, {
      filename: "functions.js",
      timeout: 5_000,
    });
  });

  it("associates every id in functions.json exactly once, and nothing else", () => {
    const ids = metadata.functions.map((f) => f.id);
    const counts = new Map<string, number>();
    for (const [id] of fake.associations)
      counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(
      Object.fromEntries(ids.map((id) => [id, counts.get(id) ?? 0])),
    ).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    expect([...counts.keys()].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("associates functions that take the declared number of parameters", () => {
    for (const f of metadata.functions) {
      const handler = fake.associations.find(([id]) => id === f.id)?.[1];
      expect(typeof handler).toBe("function");
      expect(handler!.length).toBeLessThanOrEqual(f.parameters.length + 1); // + an invocation argument, if any
    }
  });

  it.each(
    CALLS.map(
      (c) =>
        [
          `${c.id}(${c.args.map((a) => JSON.stringify(a)).join(", ")})`,
          c,
        ] as const,
    ),
  )("%s", async (_label, call) => {
    const handler = fake.associations.find(([id]) => id === call.id)?.[1];
    expect(handler).toBeDefined();
    const run = Promise.resolve().then(() => handler!(...call.args));
    if (call.throws) {
      const thrown = await run.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(thrown).toBeInstanceOf(fake.CustomFunctionsError);
      const err = thrown as InstanceType<typeof fake.CustomFunctionsError>;
      expect(err.code).toBe(call.throws.code);
      expect(err.message).toMatch(call.throws.message);
    } else {
      expect(await run).toEqual(call.returns);
    }
  });
});
