#!/usr/bin/env node
// `npm start`: where Excel desktop exists (Windows, macOS) Microsoft's sideload flow; elsewhere (Linux) build,
// serve the add-in at https://localhost:3000 and print the standalone preview URL and how to sideload into
// Excel on the web.
import { spawn, spawnSync } from "node:child_process";
import process from "node:process";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const run = (args) =>
  spawn(npx, args, { stdio: "inherit" }).on("exit", (code) =>
    process.exit(code ?? 0),
  );

if (process.platform === "win32" || process.platform === "darwin") {
  run(["office-addin-debugging", "start", "manifest.xml"]);
} else {
  const built = spawnSync(npx, ["webpack", "--mode", "development"], {
    stdio: "inherit",
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  console.log(`
HEMA add-in: serving dist/ at https://localhost:3000 (Ctrl+C to stop)

  Standalone preview (any browser, no Excel):  https://localhost:3000/taskpane.html
    (the certificate is a development one: trust it, or accept the browser warning once)

  Excel on the web: open a workbook at https://www.office.com, then
    Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose manifest.xml from this folder.
    The HEMA functions (=HEMA.NETLOSS("Q2-2003") …) and the task pane (Home > Show Task Pane) then load from
    https://localhost:3000 while this server runs.
`);
  run(["webpack", "serve", "--mode", "development"]);
}
