// Task pane entry (webpack "taskpane" bundle, loaded with the functions bundle in the shared runtime page):
// starts the workbook load at once, then renders the React pane with Fluent UI.
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { startup } from "./startup";

const css = `
.pane{font-family:"Segoe UI",system-ui,sans-serif;padding:12px;display:flex;flex-direction:column;gap:10px;max-width:1100px}
.row{display:flex;gap:8px;flex-wrap:wrap;align-items:center}
.meta{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0}.meta dt{font-weight:600}.meta dd{margin:0}
.scroll{overflow:auto;max-height:420px}
.grid{border-collapse:collapse;font-size:12px}.grid th,.grid td{border:1px solid #d1d1d1;padding:2px 6px;white-space:nowrap}
.grid caption{text-align:left;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}
.total th,.total td,.top{border-top:2px solid #242424}.bold{font-weight:600}.changed{background:#fff2cc}
.releases{list-style:none;padding:0}.releases li{display:flex;gap:6px;align-items:center;flex-wrap:wrap}
`;

function mount(): void {
  const el = document.getElementById("app");
  if (!el) return;
  const style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);
  const root = createRoot(el);
  root.render(<p>Loading…</p>);
  startup().then((started) =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App started={started} />
      </FluentProvider>,
    ),
  );
}

startup();
if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
}
