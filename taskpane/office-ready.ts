// Decides where the pane runs: inside Excel (Office.onReady with host Excel) or standalone (no Office global,
// onReady with no host, or office.js never arriving from the CDN — all three guarded by a timeout).
/* global Office */

export type Where = "excel" | "standalone";

export function whereAmI(timeoutMs = 3000): Promise<Where> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve("standalone");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("standalone"), timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(
        info && info.host === Office.HostType.Excel ? "excel" : "standalone",
      );
    }).catch(() => {
      clearTimeout(timer);
      resolve("standalone");
    });
  });
}
