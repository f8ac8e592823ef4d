// Bundles the CLI (core included) into dist/cchc.cjs. exceljs stays a runtime dependency.
import { build } from "esbuild";
import { statSync } from "node:fs";

const outfile = new URL("./dist/cchc.cjs", import.meta.url).pathname;
await build({
  entryPoints: [new URL("./src/main.ts", import.meta.url).pathname],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile,
  external: ["exceljs"],
  sourcemap: true,
  logLevel: "error",
});
console.log(`cli: dist/cchc.cjs ${(statSync(outfile).size / 1024).toFixed(1)} KB`);
