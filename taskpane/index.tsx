// Task pane entry (webpack "taskpane" bundle, loaded with the functions bundle in the shared runtime page):
// starts the workbook load at once, then renders the React pane with Fluent UI.
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { App } from "./App";
import { startup } from "./startup";

/**
 * The pane's layout, for 320–450 px as much as for a wide window: nothing scrolls sideways but a table's own
 * figures (`.scroll-x`), beside a sticky column of line items. Colours are Fluent tokens (CSS variables the
 * FluentProvider sets).
 */
const css = `
.pane{font-family:${tokens.fontFamilyBase};padding:10px;display:flex;flex-direction:column;gap:10px;max-width:1100px;box-sizing:border-box;overflow-wrap:anywhere}
.pane>*,.preview>*,.block>*{min-width:0}
.preview,.block{display:flex;flex-direction:column;gap:6px}
.row{display:flex;gap:8px;flex-wrap:wrap;align-items:center}
.meta{display:grid;grid-template-columns:auto minmax(0,1fr);gap:2px 12px;margin:0}.meta dt{font-weight:600}.meta dd{margin:0}
.scroll-x{display:block;overflow-x:auto;max-width:100%}
.sheet-scroll{overflow:auto;max-height:420px}
.grid.sheet td{max-width:12em;overflow:hidden;text-overflow:ellipsis}
.grid{border-collapse:separate;border-spacing:0;font-size:12px}
.grid th,.grid td{border-bottom:1px solid ${tokens.colorNeutralStroke2};padding:2px 6px;white-space:nowrap}
.grid thead th{font-weight:600;text-align:right;vertical-align:bottom}
.grid .label{position:sticky;left:0;z-index:1;background:${tokens.colorNeutralBackground1};text-align:left;font-weight:normal;white-space:normal;overflow-wrap:normal;min-width:8.5em;max-width:11em;border-right:1px solid ${tokens.colorNeutralStroke1}}
.grid thead th.label{font-weight:600}
.grid .heading th{font-weight:600;color:${tokens.colorNeutralForeground2}}
.grid .group{font-weight:normal;color:${tokens.colorNeutralForeground3}}
.table-block{display:flex;flex-direction:column;gap:2px;min-width:0;content-visibility:auto;contain-intrinsic-size:auto 240px}
.table-title{margin:4px 0 0}
.table-scale,.muted{color:${tokens.colorNeutralForeground3};font-size:12px}
.num{text-align:right;font-variant-numeric:tabular-nums}
.total th,.total td,.top{border-top:1px solid ${tokens.colorNeutralForeground1}}.total th,.bold{font-weight:600}
.changed{background:${tokens.colorPaletteYellowBackground2}}
.summary{font-weight:600}.summary.fail{color:${tokens.colorPaletteRedForeground1}}
.checks,.warnings{list-style:none;padding:0;margin:0;font-size:12px}.checks>li,.warnings>li{padding:3px 0;border-bottom:1px solid ${tokens.colorNeutralStroke2}}
.warnings ul{margin:4px 0;padding-left:16px}.warnings>li.single{padding-left:14px}
.check-name{font-weight:600}
details>summary{cursor:pointer}
pre.source{white-space:pre;overflow-x:auto;font-size:11px;background:${tokens.colorNeutralBackground3};padding:4px;margin:4px 0}
.releases{list-style:none;padding:0;margin:0}.releases li{display:flex;flex-direction:column;gap:4px;padding:4px 0}
.pane .tabs{flex-wrap:wrap;max-width:100%}
.block>.fui-Button,.table-block>.fui-Button{align-self:flex-start}
.answer{display:block;overflow-wrap:anywhere;min-height:1.2em}
.file{display:flex;flex-wrap:wrap;gap:4px;align-items:center}.file input{max-width:100%}
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
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", mount);
  else mount();
}
