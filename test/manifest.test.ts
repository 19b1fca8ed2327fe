/* global __dirname, process, describe, it, expect */
/**
 * Offline validation of manifest.xml: the XSDs in ../shared/schemas/addin-manifest/ (via xmllint-wasm)
 * plus the checks the XSDs cannot make (resids, 32-character ids, the HEMA namespace, one origin),
 * all done by scripts/validate-manifest.mjs.
 *
 * The validator is an ES module; Jest (CommonJS here) cannot load it, so each check runs its exported
 * validateManifest(xml, options) in a child `node` process, which also keeps the WebAssembly out of Jest.
 * These tests fail, never skip, when ../shared is missing.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";

const ROOT = path.resolve(__dirname, "..");
const SCRIPT = path.join(ROOT, "scripts", "validate-manifest.mjs");
const SCHEMAS = path.resolve(ROOT, "..", "shared", "schemas", "addin-manifest");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface Result {
  ok: boolean;
  problems: string[];
  summary: string;
}

/** Runs validateManifest(xml, options) from the script in a child node process. */
function validate(xml: string, options: Record<string, unknown> = {}): Result {
  const code = `
    import { validateManifest } from ${JSON.stringify(pathToFileURL(SCRIPT).href)};
    let xml = "";
    process.stdin.setEncoding("utf8");
    for await (const chunk of process.stdin) xml += chunk;
    process.stdout.write(JSON.stringify(await validateManifest(xml, ${JSON.stringify(options)})));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: ROOT,
    input: xml,
    encoding: "utf8",
  });
  if (r.status !== 0)
    throw new Error(`validator crashed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as Result;
}

/** Runs the command line on a file; returns exit code and output lines. */
function cli(
  file: string,
  ...args: string[]
): { status: number | null; stdout: string[]; stderr: string[] } {
  const r = spawnSync(process.execPath, [SCRIPT, file, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");
  return { status: r.status, stdout: lines(r.stdout), stderr: lines(r.stderr) };
}

/** The manifest with `from` replaced by `to` everywhere; fails if `from` is not there (so a case can't go stale). */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const re =
    typeof from === "string"
      ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g")
      : from;
  expect(xml).toMatch(re);
  return xml.replace(re, to);
}

describe("shared schemas", () => {
  it("are present in ../shared/schemas/addin-manifest (required: these tests fail without them)", () => {
    for (const f of [
      "OfficeAppManifestV1_1.xsd",
      "OfficeAppBasicTypesV1_0.xsd",
      "TaskPaneAppVersionOverridesV1_0.xsd",
    ]) {
      expect({
        file: path.join(SCHEMAS, f),
        exists: fs.existsSync(path.join(SCHEMAS, f)),
      }).toEqual({
        file: path.join(SCHEMAS, f),
        exists: true,
      });
    }
  });
});

describe("manifest.xml", () => {
  it("is valid offline (XSD + resids + namespace + origin)", () => {
    const r = validate(MANIFEST);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.summary).toMatch(
      /^OK: .*namespace HEMA.*https:\/\/localhost:3000/,
    );
  });

  it("passes `npm run validate:offline`'s command line with one OK line and exit 0", () => {
    const r = cli("manifest.xml");
    expect(r.stderr).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toHaveLength(1);
    expect(r.stdout[0]).toMatch(/^manifest\.xml: OK: /);
  });

  it("has the shape of an Excel custom functions + shared runtime add-in", () => {
    expect(MANIFEST).toMatch(
      /<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/,
    );
    expect(MANIFEST).toContain('<DisplayName DefaultValue="HEMA Earnings"/>');
    expect(MANIFEST).toContain('<Host Name="Workbook"/>');
    expect(MANIFEST).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(MANIFEST).toContain(
      '<Runtime resid="Taskpane.Url" lifetime="long"/>',
    );
    expect(MANIFEST).toContain('<ExtensionPoint xsi:type="CustomFunctions">');
    expect(MANIFEST).toContain('<FunctionFile resid="Taskpane.Url"/>');
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toContain("<TaskpaneId>ButtonId1</TaskpaneId>");
    expect(MANIFEST).toContain(
      'DefaultValue="https://localhost:3000/functions.js"',
    );
    expect(MANIFEST).toContain(
      'DefaultValue="https://localhost:3000/functions.json"',
    );
    expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });
});

// Each broken copy must fail with a problem naming what is wrong.
const BROKEN: Array<[string, () => string, RegExp]> = [
  [
    "a referenced resid that is not defined",
    () =>
      mutate(
        MANIFEST,
        '<Label resid="HemaGroup.Label"/>',
        '<Label resid="Missing.Label"/>',
      ),
    /resid "Missing\.Label" \(<Label> on line \d+\) is not defined in <Resources>/,
  ],
  [
    "a resid longer than 32 characters",
    () =>
      mutate(
        MANIFEST,
        "TaskpaneButton.Tooltip",
        "TaskpaneButton.Tooltip.MuchTooLongX",
      ),
    /"TaskpaneButton\.Tooltip\.MuchTooLongX" .*35 characters, over the 32-character limit/,
  ],
  [
    "a wrong custom-functions namespace",
    () =>
      mutate(
        MANIFEST,
        '<bt:String id="Functions.Namespace" DefaultValue="HEMA"/>',
        '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>',
      ),
    /custom-functions namespace .* is "CONTOSO", expected "HEMA"/,
  ],
  [
    "a URL on a foreign origin",
    () =>
      mutate(
        MANIFEST,
        'DefaultValue="https://localhost:3000/functions.json"',
        'DefaultValue="https://cdn.example.com/functions.json"',
      ),
    /bt:Url "Functions\.Metadata\.Url" .*has origin https:\/\/cdn\.example\.com, not the add-in's origin https:\/\/localhost:3000/,
  ],
  [
    "an AppDomain on another port",
    () =>
      mutate(
        MANIFEST,
        "<AppDomain>https://localhost:3000</AppDomain>",
        "<AppDomain>https://localhost:8443</AppDomain>",
      ),
    /<AppDomain> .*has origin https:\/\/localhost:8443/,
  ],
  [
    "a schema violation (an unknown element)",
    () => mutate(MANIFEST, "<Permissions>", "<Bogus/><Permissions>"),
    /^schema: .*Bogus.*This element is not expected/,
  ],
  [
    "XML that is not well-formed",
    () => mutate(MANIFEST, "</Runtimes>", "</Runtime>"),
    /(parser error|does not match)/,
  ],
  [
    "a resid naming the wrong kind of resource",
    () =>
      mutate(
        MANIFEST,
        '<Label resid="HemaGroup.Label"/>',
        '<Label resid="Taskpane.Url"/>',
      ),
    /resid "Taskpane\.Url" .* names a Url, but <Label> needs a ShortString/,
  ],
  [
    "a task pane that is not on the shared runtime",
    () =>
      mutate(
        MANIFEST,
        /<TaskpaneId>ButtonId1<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/,
        '<TaskpaneId>ButtonId1</TaskpaneId><SourceLocation resid="GetStarted.LearnMoreUrl"/>',
      ),
    /ShowTaskpane <Action> .*uses resid "GetStarted\.LearnMoreUrl", not the shared <Runtime> resid "Taskpane\.Url"/,
  ],
  [
    "a CustomFunctions extension point without a namespace",
    () => mutate(MANIFEST, /\s*<Namespace resid="Functions.Namespace"\/>/, ""),
    /no <Namespace resid="\.\.\."> \(expected "HEMA"\)/,
  ],
];

describe("a broken manifest fails", () => {
  it.each(BROKEN)("%s", (_name, make, expected) => {
    const r = validate(make());
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(expected)]),
    );
  });

  it("without the schemas (a missing schema folder is a problem, not a pass)", () => {
    const r = validate(MANIFEST, {
      schemaDir: path.join(os.tmpdir(), "no-such-schema-dir"),
    });
    expect(r.ok).toBe(false);
    expect(r.problems.join("\n")).toMatch(
      /OfficeAppManifestV1_1\.xsd not found/,
    );
  });

  it("on the command line: exit 1, one problem per line, each naming the file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hema-manifest-"));
    try {
      const file = path.join(dir, "broken.xml");
      let xml = mutate(
        MANIFEST,
        '<Label resid="HemaGroup.Label"/>',
        '<Label resid="Missing.Label"/>',
      );
      xml = mutate(
        xml,
        "<AppDomain>https://localhost:3000</AppDomain>",
        "<AppDomain>https://example.org</AppDomain>",
      );
      fs.writeFileSync(file, xml);
      const r = cli(file);
      expect(r.status).toBe(1);
      expect(r.stdout).toEqual([]);
      expect(r.stderr).toHaveLength(2);
      expect(r.stderr[0]).toMatch(/broken\.xml: resid "Missing\.Label"/);
      expect(r.stderr[1]).toMatch(
        /broken\.xml: URL of <AppDomain> .*https:\/\/example\.org/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
