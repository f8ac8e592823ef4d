// npm run bench: bundles every bench/*.bench.ts with esbuild, runs each, prints one JSON document.
// A bench file exports `async function run(): Promise<Record<string, number | string>>`.
import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const out = mkdtempSync(join(tmpdir(), "cchc-bench-"));
const results = { node: process.version, date: new Date().toISOString() };
try {
  for (const f of files) {
    const outfile = join(out, f.replace(/\.ts$/, ".mjs"));
    await build({
      entryPoints: [join(here, f)],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      external: ["exceljs"],
      logLevel: "error",
    });
    const mod = await import(pathToFileURL(outfile).href);
    results[f.replace(/\.bench\.ts$/, "")] = await mod.run();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(JSON.stringify(results, null, 2));
