// The HTML reader's first stage (src/html-tokens.ts): tags and runs of text from htmlparser2's tokenizer, character
// references decoded as browsers decode them, each run mapped back to its source offsets. Strings invented.
import { HtmlTag, walkHtml } from "../src/html-tokens";
import { readHtml } from "../src/html";

function walk(html: string) {
  const tags: HtmlTag[] = [];
  const runs: { text: string; at: (i: number) => number }[] = [];
  walkHtml(
    html,
    (t) => tags.push(t),
    (r) => runs.push(r),
  );
  return { tags, runs, text: runs.map((r) => r.text).join("|") };
}

describe("character references", () => {
  it("decodes named and numeric references, Windows-1252 numbers included", () => {
    expect(walk("a&nbsp;b&#160;c&#xA0;d").text).toBe("a\u00a0b\u00a0c\u00a0d");
    expect(walk("&#8212; &mdash; &#151; &ndash; &#146;").text).toBe(
      "\u2014 \u2014 \u2014 \u2013 \u2019",
    );
    expect(
      walk("Stockholders&#8217; &amp; Partners&rsquo; &quot;x&quot;").text,
    ).toBe('Stockholders\u2019 & Partners\u2019 "x"');
    // Old pages drop the semicolon of the common ones.
    expect(walk("&lt;b&gt; &nbsp x &amp y").text).toBe("<b> \u00a0 x & y");
  });
  it("leaves what is not a reference alone", () => {
    expect(walk("AT&T and R&D &bogus; 3 < 5%").text).toBe(
      "AT&T and R&D &bogus; 3 < 5%",
    );
  });
  it("decodes attribute values", () => {
    const { tags } = walk(
      `<TD COLSPAN=2 Style="padding-left:10pt" title='R&amp;D' nowrap>x</TD>`,
    );
    expect(tags[0].name).toBe("td");
    expect(Object.fromEntries(tags[0].attrs)).toEqual({
      colspan: "2",
      style: "padding-left:10pt",
      title: "R&D",
      nowrap: "",
    });
    expect(tags[1]).toMatchObject({ name: "td", close: true });
  });
});

describe("what is no text of the release", () => {
  it("passes over head, title, script, style, xml islands, comments and declarations", () => {
    const { text, tags } = walk(
      `<!DOCTYPE html><?xml version="1.0"?><html><head><title>Acme &amp; Co</title>` +
        `<style>td { color: red }</style></head><body><script>if (a < b) x = "<td>";</script>` +
        `one<!-- <td>2</td> -->two<xml><o:p>three</o:p></xml>four</body></html>`,
    );
    expect(text).toBe("one|two|four");
    expect(tags.map((t) => (t.close ? "/" : "") + t.name)).toEqual([
      "html",
      "body",
      "/body",
      "/html",
    ]);
  });
  it("reads on after a <head> never closed, and a <body> ends an open head", () => {
    expect(walk("<head><p>Acme reports</p>").text).toBe("Acme reports");
    expect(walk("<head><title>t</title><body>Acme").text).toBe("Acme");
  });
});

describe("source offsets", () => {
  it("maps every character of a run to where it stands, across references and line ends", () => {
    const html = "<td>\r\n&nbsp;&nbsp;Net\r\nsales&#160;(1)</td>";
    const { runs } = walk(html);
    expect(runs).toHaveLength(1);
    const r = runs[0];
    expect(r.text).toBe("\r\n\u00a0\u00a0Net\r\nsales\u00a0(1)");
    const at = (s: string) => r.at(r.text.indexOf(s));
    expect(html.slice(at("Net"), at("Net") + 3)).toBe("Net");
    expect(html.slice(at("sales"), at("sales") + 5)).toBe("sales");
    expect(html.slice(at("(1)"), at("(1)") + 3)).toBe("(1)");
    expect(html.slice(at("\u00a0"), at("\u00a0") + 6)).toBe("&nbsp;");
  });
  it("numbers cells by their source line with CR, CRLF and LF line ends alike", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const page = [
        "<html><body><table>",
        "<tr><td></td><td>2004</td><td>2003</td></tr>",
        "<tr><td>Net sales</td><td>&#36;1,234</td>",
        "<td>",
        "1,100</td></tr>",
        "<tr><td>Net income</td><td>99</td><td>&nbsp;88</td></tr>",
        "</table></body></html>",
      ].join(eol);
      const body = readHtml(page).grids[0].body.filter((r) => r.kind === "row");
      expect(
        body.map((r) =>
          r.kind === "row" ? r.values.map((v) => [v.text, v.line]) : [],
        ),
      ).toEqual([
        [
          ["$1,234", 3],
          ["1,100", 5],
        ],
        [
          ["99", 6],
          ["88", 6],
        ],
      ]);
    }
  });
});
