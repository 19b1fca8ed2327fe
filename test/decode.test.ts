// A file's bytes → text (src/decode.ts): UTF-8, a byte-order mark, a declared legacy encoding, or Windows-1252 for
// an undeclared legacy page. Bytes invented.
import { decodeBytes, declaredEncoding } from "../src/decode";
import { parseRelease } from "../src/parse";

const latin = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));

describe("decodeBytes", () => {
  it("reads UTF-8 as UTF-8, a byte-order mark dropped", () => {
    expect(decodeBytes(Buffer.from("caf\u00e9 \u2014 1,234", "utf8"))).toBe(
      "caf\u00e9 \u2014 1,234",
    );
    expect(decodeBytes(Buffer.from("\ufeffNet sales", "utf8"))).toBe(
      "Net sales",
    );
    expect(decodeBytes(Buffer.from("\ufeffNet", "utf16le"))).toBe("Net");
  });
  it("reads an undeclared legacy page as Windows-1252: dashes, quotes, euro, no-break space", () => {
    // 0x80 0x91-0x97 are Windows-1252 punctuation, not C1 controls (Node 20's whole-array fast path gets this wrong).
    expect(
      decodeBytes(latin("Q2\x97Acme\x92s \x93net\x94 \x80 1,234\xa0 caf\xe9")),
    ).toBe("Q2\u2014Acme\u2019s \u201cnet\u201d \u20ac 1,234\u00a0 caf\u00e9");
  });
  it("honours the encoding the page declares", () => {
    const page = latin(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>' +
        "<body>\xa4 5</body></html>",
    );
    expect(declaredEncoding(page)).toBe("iso-8859-15");
    expect(decodeBytes(page)).toContain("\u20ac 5");
    expect(declaredEncoding(latin("<meta charset='bogus-9'>\x97"))).toBeNull();
    expect(decodeBytes(latin("<meta charset='bogus-9'>\x97"))).toContain(
      "\u2014",
    );
  });
  it("a saved page in Windows-1252 parses as its UTF-8 twin does", () => {
    const page = (nbsp: string, dash: string) =>
      [
        "<html><body><p>Zephyrine Tools, Inc. " +
          dash +
          " results for the quarter</p>",
        "<table>",
        "<tr><td></td><td colspan=2>Three Months Ended June 30,</td></tr>",
        "<tr><td></td><td>2005</td><td>2004</td></tr>",
        `<tr><td>Net sales</td><td>$${nbsp}1,234${nbsp}</td><td>1,100${nbsp}</td></tr>`,
        `<tr><td>Net income</td><td>${nbsp}98</td><td>(12${nbsp})</td></tr>`,
        "</table></body></html>",
      ].join("\n");
    const legacy = parseRelease(decodeBytes(latin(page("\xa0", "\x97"))), "a");
    const utf8 = parseRelease(
      decodeBytes(Buffer.from(page("\u00a0", "\u2014"), "utf8")),
      "b",
    );
    const facts = (r: typeof legacy) =>
      r.facts.map((f) => [f.label, f.period, f.value]);
    expect(facts(legacy)).toEqual(facts(utf8));
    expect(facts(legacy)).toContainEqual(["Net income", "Q2-2004", "-12"]);
  });
});
