// Parsing off the pane's thread gives what parseRelease gives; without a Worker (here, in Node) it parses on this
// thread after a yield. The Worker path itself runs in the browser test.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const EXAMPLE = readFileSync(
  join(__dirname, "..", "examples", "acme-q3-2024.txt"),
  "utf8",
);

it("parses in the background to the same result as parseRelease (on this thread where there is no Worker)", async () => {
  const { parseInBackground } = await import("../taskpane/parse-async");
  const { parseRelease } = await import("../src/parse");
  expect(await parseInBackground(EXAMPLE, "a.txt")).toEqual(
    parseRelease(EXAMPLE, "a.txt"),
  );
});
