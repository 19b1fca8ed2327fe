// The pane's warnings list, rendered to markup: a kind of one warning shows it once, with its line; a kind of
// several shows its count and kind, its lines drawn once opened.
import { renderToStaticMarkup } from "react-dom/server";
import { Warnings } from "../taskpane/Warnings";

const occurrences = (html: string, s: string) => html.split(s).length - 1;

it("shows a warning alone in its kind once, with its line, nothing to open", () => {
  const message =
    "the table around line 116 is read as text: its row spans push a cell more than 100 columns right";
  const html = renderToStaticMarkup(
    <Warnings warnings={[{ line: 116, message }]} />,
  );
  expect(occurrences(html, message)).toBe(1);
  expect(html).toContain("Line 116:");
  expect(html).not.toContain("<details");
});

it("shows a kind of several warnings by its count, its lines closed until opened", () => {
  const html = renderToStaticMarkup(
    <Warnings
      warnings={[
        {
          line: 12,
          message: 'column "2004" of the table at line 12 has no period',
        },
        {
          line: 40,
          message: 'column "2003" of the table at line 40 has no period',
        },
      ]}
    />,
  );
  expect(html).toContain("<details");
  expect(html).toContain("2×");
  expect(html).not.toContain("Line 12:");
});
