#!/usr/bin/env node
/* global console, process, URL */
// Offline validation of the add-in's XML manifest.
//
//   node scripts/validate-manifest.mjs [manifest.xml] [--schemas DIR] [--origin URL] [--namespace NS]
//
// `office-addin-manifest validate` posts the manifest to an online service; this script needs no network.
// It checks, in this order:
//   1. the XSD schemas (../shared/schemas/addin-manifest/, via xmllint-wasm);
//   2. what the XSDs cannot: every `resid` resolves to an id in the <Resources> of its <VersionOverrides>
//      (and of the right kind: an Image, a Url, a ShortString or a LongString), every resource id and resid
//      is at most 32 characters and unique, the custom-functions <Namespace> resolves to "HEMA", the
//      shared-runtime pieces (Page, FunctionFile, ShowTaskpane) use the <Runtime> resid, and every URL
//      (SourceLocation, IconUrl, HighResolutionIconUrl, SupportUrl, AppDomain, bt:Url, bt:Image,
//      bt:Override) has one origin, https://localhost:3000 by default.
// Each problem is printed on its own line; the exit code is 1 on any problem, else 0 with one OK line.
//
// Exported for tests: validateManifest(xmlString, options) -> Promise<{ ok, problems, summary }>.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export const DEFAULT_SCHEMA_DIR = path.resolve(
  here,
  "..",
  "..",
  "shared",
  "schemas",
  "addin-manifest",
);
export const DEFAULT_ORIGIN = "https://localhost:3000";
export const DEFAULT_NAMESPACE = "HEMA";
export const MAX_RESID_LENGTH = 32;

const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const PRELOAD_XSDS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
];

const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

// ---------------------------------------------------------------------------------------------------------
// A small namespace-aware XML reader (elements, attributes, text, line numbers): enough for a manifest.

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s, line) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (m, e) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
      );
    if (e in ENTITIES) return ENTITIES[e];
    throw new XmlError(`unknown entity ${m}`, line);
  });
}

class XmlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

/** Parses XML into { root } where each element is { name, prefix, local, ns, attrs, children, text, line, parent }. */
export function parseXml(xml) {
  let i = 0;
  let line = 1;
  const advance = (to) => {
    for (let k = i; k < to; k++) if (xml.charCodeAt(k) === 10) line++;
    i = to;
  };
  const stack = [];
  let root = null;
  const nameRe = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;

  while (i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) throw new XmlError("unterminated comment", line);
      advance(end + 3);
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i + 9);
      if (end < 0) throw new XmlError("unterminated CDATA section", line);
      if (!stack.length)
        throw new XmlError("text outside the root element", line);
      stack[stack.length - 1].text += xml.slice(i + 9, end);
      advance(end + 3);
    } else if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i + 2);
      if (end < 0)
        throw new XmlError("unterminated processing instruction", line);
      advance(end + 2);
    } else if (xml.startsWith("<!", i)) {
      throw new XmlError(
        "DOCTYPE and other declarations are not allowed in a manifest",
        line,
      );
    } else if (xml.startsWith("</", i)) {
      nameRe.lastIndex = i + 2;
      const m = nameRe.exec(xml);
      if (!m) throw new XmlError("malformed end tag", line);
      const close = xml.indexOf(">", i);
      if (close < 0 || xml.slice(i + 2 + m[0].length, close).trim() !== "")
        throw new XmlError("malformed end tag", line);
      const open = stack.pop();
      if (!open || open.name !== m[0]) {
        throw new XmlError(
          `end tag </${m[0]}> does not match <${open ? open.name : "(none)"}>`,
          line,
        );
      }
      advance(close + 1);
    } else if (xml[i] === "<") {
      const startLine = line;
      nameRe.lastIndex = i + 1;
      const m = nameRe.exec(xml);
      if (!m) throw new XmlError("malformed start tag", line);
      let j = i + 1 + m[0].length;
      const rawAttrs = [];
      let selfClosing = false;
      for (;;) {
        const ws = /\s*/y;
        ws.lastIndex = j;
        ws.exec(xml);
        j = ws.lastIndex;
        if (xml.startsWith("/>", j)) {
          selfClosing = true;
          j += 2;
          break;
        }
        if (xml[j] === ">") {
          j += 1;
          break;
        }
        nameRe.lastIndex = j;
        const an = nameRe.exec(xml);
        if (!an && !xml.startsWith("xmlns", j))
          throw new XmlError(`malformed attribute in <${m[0]}>`, startLine);
        const attrName = an ? an[0] : "xmlns";
        j += attrName.length;
        const eq = /\s*=\s*(["'])/y;
        eq.lastIndex = j;
        const q = eq.exec(xml);
        if (!q)
          throw new XmlError(
            `attribute ${attrName} of <${m[0]}> has no quoted value`,
            startLine,
          );
        const valEnd = xml.indexOf(q[1], eq.lastIndex);
        if (valEnd < 0)
          throw new XmlError(
            `unterminated value of attribute ${attrName}`,
            startLine,
          );
        const value = xml.slice(eq.lastIndex, valEnd);
        if (value.includes("<"))
          throw new XmlError(
            `"<" in the value of attribute ${attrName}`,
            startLine,
          );
        rawAttrs.push([attrName, decodeEntities(value, startLine)]);
        j = valEnd + 1;
      }
      const parent = stack[stack.length - 1] || null;
      const nsMap = Object.create(parent ? parent.nsMap : null);
      const attrs = {};
      for (const [k, v] of rawAttrs) {
        if (k in attrs)
          throw new XmlError(
            `duplicate attribute ${k} on <${m[0]}>`,
            startLine,
          );
        attrs[k] = v;
        if (k === "xmlns") nsMap[""] = v;
        else if (k.startsWith("xmlns:")) nsMap[k.slice(6)] = v;
      }
      const [prefix, local] = m[0].includes(":") ? m[0].split(":") : ["", m[0]];
      const ns = nsMap[prefix];
      if (prefix && ns === undefined)
        throw new XmlError(
          `undeclared namespace prefix "${prefix}"`,
          startLine,
        );
      const el = {
        name: m[0],
        prefix,
        local,
        ns: ns || "",
        attrs,
        nsMap,
        children: [],
        text: "",
        line: startLine,
        parent,
      };
      if (parent) parent.children.push(el);
      else if (root)
        throw new XmlError("more than one root element", startLine);
      else root = el;
      advance(j);
      if (!selfClosing) stack.push(el);
    } else {
      const next = xml.indexOf("<", i);
      const end = next < 0 ? xml.length : next;
      const text = xml.slice(i, end);
      if (stack.length)
        stack[stack.length - 1].text += decodeEntities(text, line);
      else if (text.trim())
        throw new XmlError("text outside the root element", line);
      advance(end);
    }
  }
  if (stack.length)
    throw new XmlError(`<${stack[stack.length - 1].name}> is not closed`, line);
  if (!root) throw new XmlError("no root element", line);
  return { root };
}

function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

/** The value of an xsi:type attribute (prefix dropped), or "". */
function xsiType(el) {
  for (const [k, v] of Object.entries(el.attrs)) {
    const [p, l] = k.includes(":") ? k.split(":") : ["", k];
    if (l === "type" && p && el.nsMap[p] === NS_XSI)
      return v.includes(":") ? v.split(":")[1] : v;
  }
  return "";
}

function ancestor(el, local) {
  for (let p = el.parent; p; p = p.parent) if (p.local === local) return p;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Schema validation.

async function validateSchema(xml, schemaDir) {
  if (!fs.existsSync(path.join(schemaDir, MAIN_XSD))) {
    return [
      `schema: ${MAIN_XSD} not found in ${schemaDir} (the XSDs from shared/schemas/addin-manifest are required)`,
    ];
  }
  const { validateXML } = await import("xmllint-wasm");
  const xsd = (f) => ({
    fileName: f,
    contents: fs.readFileSync(path.join(schemaDir, f), "utf8"),
  });
  const res = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [xsd(MAIN_XSD)],
    preload: PRELOAD_XSDS.filter((f) =>
      fs.existsSync(path.join(schemaDir, f)),
    ).map(xsd),
  });
  if (res.valid) return [];
  // A parser error comes with extra lines (the source line, a caret) that carry no position: keep the first.
  const located = res.errors.filter((e) => e.loc);
  const problems = (located.length ? located : res.errors).map(
    (e) => `schema: ${e.rawMessage.trim().split("\n")[0]}`,
  );
  return problems.length
    ? problems
    : [`schema: invalid (${res.rawOutput.trim() || "no details"})`];
}

// ---------------------------------------------------------------------------------------------------------
// Checks the XSD cannot express.

// What kind of resource a resid on an element with this local name must name.
const RESID_KIND = {
  Image: "Image",
  SourceLocation: "Url",
  FunctionFile: "Url",
  LearnMoreUrl: "Url",
  Runtime: "Url",
  Label: "ShortString",
  Title: "ShortString",
  Namespace: "ShortString",
  Description: "LongString",
};
const RESOURCE_GROUPS = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "ShortString",
  LongStrings: "LongString",
};

function collectResources(versionOverrides, problems) {
  const byId = new Map();
  const urls = [];
  for (const res of versionOverrides.children.filter(
    (c) => c.local === "Resources",
  )) {
    for (const group of res.children) {
      const kind = RESOURCE_GROUPS[group.local];
      if (!kind || group.ns !== NS_BT) continue;
      for (const item of group.children) {
        const id = item.attrs.id;
        if (id === undefined) continue; // the XSD reports it
        if (id.length > MAX_RESID_LENGTH) {
          problems.push(
            `resource id "${id}" (line ${item.line}) is ${id.length} characters, over the ${MAX_RESID_LENGTH}-character limit`,
          );
        }
        if (byId.has(id)) {
          problems.push(
            `resource id "${id}" (line ${item.line}) is defined more than once (first on line ${byId.get(id).line})`,
          );
          continue;
        }
        const overrides = item.children
          .filter((c) => c.local === "Override")
          .map((o) => ({ value: o.attrs.Value, line: o.line }));
        byId.set(id, {
          kind,
          value: item.attrs.DefaultValue,
          line: item.line,
          overrides,
        });
        if (kind === "Url" || kind === "Image") {
          urls.push({
            where: `bt:${kind === "Url" ? "Url" : "Image"} "${id}"`,
            value: item.attrs.DefaultValue,
            line: item.line,
          });
          for (const o of overrides)
            urls.push({
              where: `bt:Override of "${id}"`,
              value: o.value,
              line: o.line,
            });
        }
      }
    }
  }
  return { byId, urls };
}

function checkOrigins(urls, expectedOrigin, problems) {
  let origin = expectedOrigin;
  for (const u of urls) {
    if (u.value === undefined || u.value === "") continue;
    let parsed;
    try {
      parsed = new URL(u.value);
    } catch {
      problems.push(
        `URL of ${u.where} (line ${u.line}) is not an absolute URL: "${u.value}"`,
      );
      continue;
    }
    if (parsed.protocol !== "https:") {
      problems.push(
        `URL of ${u.where} (line ${u.line}) is not https: "${u.value}"`,
      );
    }
    if (!origin) origin = parsed.origin; // no expected origin given: the first URL sets it
    if (parsed.origin !== origin) {
      problems.push(
        `URL of ${u.where} (line ${u.line}) has origin ${parsed.origin}, not the add-in's origin ${origin}: "${u.value}"`,
      );
    }
  }
  return origin;
}

/**
 * Validates a manifest given as a string.
 * @param {string} xml
 * @param {{ schemaDir?: string, origin?: string | null, namespace?: string, schema?: boolean }} [options]
 *   schemaDir: folder with the XSDs (default ../shared/schemas/addin-manifest from the repository root);
 *   origin: the one origin all URLs must share (default https://localhost:3000; null: whatever the first URL has);
 *   namespace: the expected custom-functions namespace (default HEMA); schema: false skips the XSD step.
 * @returns {Promise<{ ok: boolean, problems: string[], summary: string }>}
 */
export async function validateManifest(xml, options = {}) {
  const schemaDir = options.schemaDir ?? DEFAULT_SCHEMA_DIR;
  const expectedOrigin =
    options.origin === undefined ? DEFAULT_ORIGIN : options.origin;
  const expectedNamespace = options.namespace ?? DEFAULT_NAMESPACE;
  const problems = [];

  if (options.schema !== false)
    problems.push(...(await validateSchema(xml, schemaDir)));

  let root;
  try {
    ({ root } = parseXml(xml));
  } catch (e) {
    problems.push(`XML: ${e.message}`);
    return { ok: false, problems, summary: "" };
  }

  // URLs outside <VersionOverrides>.
  const urls = [];
  for (const el of walk(root)) {
    if (ancestor(el, "VersionOverrides") || el.local === "VersionOverrides")
      continue;
    if (["IconUrl", "HighResolutionIconUrl", "SupportUrl"].includes(el.local)) {
      urls.push({
        where: `<${el.local}>`,
        value: el.attrs.DefaultValue,
        line: el.line,
      });
    } else if (
      el.local === "SourceLocation" &&
      el.parent &&
      el.parent.local === "DefaultSettings"
    ) {
      urls.push({
        where: "<DefaultSettings><SourceLocation>",
        value: el.attrs.DefaultValue,
        line: el.line,
      });
    } else if (el.local === "AppDomain") {
      urls.push({ where: "<AppDomain>", value: el.text.trim(), line: el.line });
    } else if (
      el.local === "Override" &&
      el.parent &&
      [
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "SourceLocation",
      ].includes(el.parent.local)
    ) {
      urls.push({
        where: `<${el.parent.local}><Override>`,
        value: el.attrs.Value,
        line: el.line,
      });
    }
  }

  // resids, per <VersionOverrides> (a nested one has its own <Resources>).
  let residCount = 0;
  let namespaceFound = null;
  const versionOverrides = [...walk(root)].filter(
    (el) => el.local === "VersionOverrides",
  );
  for (const vo of versionOverrides) {
    const { byId, urls: resUrls } = collectResources(vo, problems);
    urls.push(...resUrls);
    const runtimeResids = [];
    const own = [...walk(vo)].filter(
      (el) => el === vo || ancestor(el, "VersionOverrides") === vo,
    );
    for (const el of own) {
      const resid = el.attrs.resid;
      if (resid === undefined) continue;
      residCount++;
      const where = `<${el.name}> on line ${el.line}`;
      if (resid.length > MAX_RESID_LENGTH) {
        problems.push(
          `resid "${resid}" (${where}) is ${resid.length} characters, over the ${MAX_RESID_LENGTH}-character limit`,
        );
      }
      const res = byId.get(resid);
      if (!res) {
        problems.push(
          `resid "${resid}" (${where}) is not defined in <Resources>`,
        );
        continue;
      }
      const want = RESID_KIND[el.local];
      if (want && res.kind !== want) {
        problems.push(
          `resid "${resid}" (${where}) names a ${res.kind}, but <${el.local}> needs a ${want}`,
        );
      }
      if (el.local === "Runtime") runtimeResids.push(resid);
      if (
        el.local === "Namespace" &&
        el.parent &&
        xsiType(el.parent) === "CustomFunctions"
      ) {
        namespaceFound = res.value;
        if (res.value !== expectedNamespace) {
          problems.push(
            `custom-functions namespace (resid "${resid}", ${where}) is "${res.value}", expected "${expectedNamespace}"`,
          );
        }
      }
    }

    // Shared runtime: the function page, the function file and the task pane must load the runtime's page.
    if (runtimeResids.length) {
      for (const el of own) {
        let what = null;
        if (el.local === "SourceLocation" && el.parent?.local === "Page")
          what = "custom-functions <Page>";
        else if (el.local === "FunctionFile") what = "<FunctionFile>";
        else if (
          el.local === "SourceLocation" &&
          el.parent?.local === "Action" &&
          xsiType(el.parent) === "ShowTaskpane"
        )
          what = "ShowTaskpane <Action>";
        if (
          what &&
          el.attrs.resid !== undefined &&
          byId.has(el.attrs.resid) &&
          !runtimeResids.includes(el.attrs.resid)
        ) {
          problems.push(
            `${what} on line ${el.line} uses resid "${el.attrs.resid}", not the shared <Runtime> resid "${runtimeResids[0]}"`,
          );
        }
      }
    }
  }

  const hasCustomFunctions = [...walk(root)].some(
    (el) => el.local === "ExtensionPoint" && xsiType(el) === "CustomFunctions",
  );
  if (
    hasCustomFunctions &&
    namespaceFound === null &&
    !problems.some((p) => p.includes("<Namespace"))
  ) {
    problems.push(
      `the CustomFunctions extension point has no <Namespace resid="..."> (expected "${expectedNamespace}")`,
    );
  }

  const origin = checkOrigins(urls, expectedOrigin, problems);

  const summary = problems.length
    ? ""
    : `OK: manifest is valid (XSD, ${residCount} resids resolved, namespace ${namespaceFound ?? "(none)"}, ${urls.length} URLs on ${origin})`;
  return { ok: problems.length === 0, problems, summary };
}

// ---------------------------------------------------------------------------------------------------------
// Command line.

function parseArgs(argv) {
  const opts = { file: "manifest.xml" };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--schemas") opts.schemaDir = path.resolve(argv[++k]);
    else if (a === "--origin")
      opts.origin = argv[++k] === "any" ? null : argv[k];
    else if (a === "--namespace") opts.namespace = argv[++k];
    else if (a === "-h" || a === "--help") opts.help = true;
    else opts.file = a;
  }
  return opts;
}

async function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) {
    console.log(
      "usage: validate-manifest.mjs [manifest.xml] [--schemas DIR] [--origin URL|any] [--namespace NS]",
    );
    return 0;
  }
  let xml;
  try {
    xml = fs.readFileSync(opts.file, "utf8");
  } catch (e) {
    console.error(`${opts.file}: cannot read: ${e.message}`);
    return 1;
  }
  const { ok, problems, summary } = await validateManifest(xml, opts);
  if (!ok) {
    for (const p of problems) console.error(`${opts.file}: ${p}`);
    return 1;
  }
  console.log(`${opts.file}: ${summary}`);
  return 0;
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(`validate-manifest: ${e && e.stack ? e.stack : e}`);
      process.exitCode = 1;
    },
  );
}
