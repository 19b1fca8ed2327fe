// `hema get`: placeholder until the store lands.
import { Release } from "../src/model";
export function runGet(item: string, period: string, releases: Release[], _opts: unknown, out: (s: string) => void, err: (s: string) => void): number {
  for (const r of releases) {
    const f = r.facts.find((x) => x.period === period && (x.concept === item.toLowerCase() || (item.toUpperCase() === "NETLOSS" && x.concept === "net_income")));
    if (f) { out(String(Number(f.value) * f.scale)); return 0; }
  }
  err(`hema: no ${item} for ${period}`);
  return 1;
}
