/* global document, Office */
/*
 * HEMA task pane entry (placeholder; to be replaced by the React task pane).
 * Loaded by taskpane.html together with the functions bundle: one page is the shared runtime.
 */

function render(): void {
  const app =
    typeof document !== "undefined" ? document.getElementById("app") : null;
  if (app) app.textContent = "HEMA task pane";
}

if (typeof Office !== "undefined") {
  Office.onReady(() => render());
} else {
  render();
}
