/* eslint-disable no-undef */
// For exceljs's browser build, copied beside the pane and loaded by "Download .xlsx": its bundled polyfills reach the
// global object through `Function("return this")()` and keep two code-from-string fallbacks that never run in a
// browser. The add-in's Content Security Policy forbids code from strings and test/build.test.ts scans every bundle
// for it, so each is replaced by what the browser path does anyway; the build fails if one is left (a new exceljs).
const REPLACEMENTS = [
  ['Function("return this")()', "globalThis"],
  [
    'new Function(""+e)',
    '(function(){throw new TypeError("setImmediate expects a function")})',
  ],
  ['Function("r","regeneratorRuntime = r")(n)', "void 0"],
];
const LEFT = /\beval\s*\(|\bnew\s+Function\b|[^.\w$]Function\s*\(/;

module.exports = function noCodeStrings(source, file) {
  let out = source;
  for (const [from, to] of REPLACEMENTS) out = out.split(from).join(to);
  const left = LEFT.exec(out);
  if (left)
    throw new Error(
      `${file}: code built from a string is left at ${left.index}: ${out.slice(left.index - 40, left.index + 40)}`,
    );
  return out;
};
