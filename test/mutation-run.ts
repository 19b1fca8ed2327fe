// npm run mutation [-- --most N]: the mutation test over every located figure of both shared corpora (or N a
// release), printing the detection rate, the false fails and each change no check flagged.
import { runMutations } from "./mutation-corpus";

const at = process.argv.indexOf("--most");
const most = at >= 0 ? Number(process.argv[at + 1]) : Infinity;
const started = Date.now();
const r = runMutations(most);
for (const f of r.falseFails) console.log(`false fail: ${f}`);
for (const m of r.missed)
  console.log(
    `missed: ${m.file}:${m.target.line} ${m.target.printed} → ${m.target.replacement} (${m.target.what})`,
  );
console.log(
  `${r.files} releases, ${r.located} figures located, ${r.mutations} changed, ${r.detected} flagged ` +
    `(${((100 * r.detected) / Math.max(1, r.mutations)).toFixed(1)} %), false fails ${r.falseFails.length}, ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exitCode =
  r.falseFails.length > 0 || r.detected < 0.9 * r.mutations ? 1 : 0;
