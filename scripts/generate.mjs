// One pipeline for everything generated: core's lunar month table (from its astronomy), the CLI's
// WebAssembly line reader (from its AssemblyScript source), and from
// core's function catalogue, for both hosts:
// Google Sheets' top-level CCHC_<ID> stubs and menu handlers (gsheets/src/globals.ts) with its
// README table, and Excel's JSDoc-tagged wrappers (excel-addin/src/functions/generated.ts,
// dist/functions.json) with its README table. `--check` writes nothing and fails when a committed
// file is not what the catalogue gives (CI runs it).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const check = process.argv.includes("--check");
const steps = [
  ["core: the lunar month table (lunarTableData.ts)", "core/scripts/generateLunarTable.mjs"],
  ["CLI: the WebAssembly line reader (dossierLinesWasm.ts)", "cli/scripts/buildWasm.mjs"],
  ["Google Sheets: globals.ts, README", "gsheets/build.mjs"],
  ["Excel: generated.ts, functions.json", "excel-addin/scripts/generateFunctions.mjs"],
  ["Excel: README table", "excel-addin/scripts/functionDocs.mjs"],
];
let failed = 0;
for (const [what, script] of steps) {
  const r = spawnSync(process.execPath, [script, ...(check ? ["--check"] : [])], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    console.error(`generate: ${what} (${script}) ${check ? "is not up to date: run npm run generate" : "failed"}.`);
  }
}
if (failed === 0) console.log(`generate: ${steps.length} steps ${check ? "up to date" : "written"}.`);
process.exit(failed === 0 ? 0 : 1);
