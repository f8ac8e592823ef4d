// Builds the Excel add-in into dist/:
//   functions.json  (custom-functions-metadata over the generated, JSDoc-tagged wrappers)
//   functions.js    (custom functions bundle; no DOM: loadable in a worker or a Node vm)
//   taskpane.html/.js/.css, help.html, assets/icon-*.png
// and refreshes the function table of README.md from the catalogue.
// Production bundles (minified) with source maps. Prints the sizes; fails above the budget.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { updateReadme } from "./scripts/functionDocs.mjs";
import { generateFunctions } from "./scripts/generateFunctions.mjs";
import { writeIcons } from "./scripts/makeIcons.mjs";

const here = new URL(".", import.meta.url).pathname;
const dist = `${here}dist/`;
/**
 * Task pane + functions bundles together, minified, excluding office.js. Raised from 300 KB when
 * the task pane gained live checking, the sổ theo dõi, the roll-up and self-assessment scoring
 * (about 140 KB gzip in all, loaded once per session from the department's server).
 */
export const BUDGET_BYTES = 450 * 1024;

// Files are overwritten in place (not removed first): tests running in parallel may be reading them.
mkdirSync(`${dist}assets`, { recursive: true });

const meta = await generateFunctions({ srcFile: `${here}src/functions/generated.ts`, jsonFile: `${dist}functions.json` });

// the README's function table follows the catalogue (commit README.md when it changes)
await updateReadme(`${here}README.md`, false);

const common = {
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["es2020"],
  minify: true,
  sourcemap: true,
  legalComments: "none",
  logLevel: "error",
  charset: "utf8",
};
await build({ ...common, entryPoints: [`${here}src/functions/functions.ts`], outfile: `${dist}functions.js` });
await build({ ...common, entryPoints: [`${here}src/taskpane/taskpane.ts`], outfile: `${dist}taskpane.js` });

copyFileSync(`${here}src/taskpane/taskpane.html`, `${dist}taskpane.html`);
copyFileSync(`${here}src/taskpane/taskpane.css`, `${dist}taskpane.css`);
copyFileSync(`${here}src/taskpane/help.html`, `${dist}help.html`);
writeIcons(`${here}assets`);
for (const size of [16, 32, 64, 80]) copyFileSync(`${here}assets/icon-${size}.png`, `${dist}assets/icon-${size}.png`);

const sizes = {};
let total = 0;
for (const f of ["functions.js", "taskpane.js", "taskpane.css", "taskpane.html", "functions.json"]) {
  const bytes = statSync(`${dist}${f}`).size;
  const gz = gzipSync(readFileSync(`${dist}${f}`)).length;
  sizes[f] = { bytes, gzip: gz };
  if (f === "functions.js" || f === "taskpane.js" || f === "taskpane.css") total += bytes;
}
writeFileSync(`${dist}sizes.json`, JSON.stringify({ functions: meta.map((m) => m.id), sizes, totalBytes: total }, null, 2));
for (const [f, s] of Object.entries(sizes)) {
  console.log(`excel-addin: dist/${f.padEnd(15)} ${(s.bytes / 1024).toFixed(1).padStart(7)} KB  (gzip ${(s.gzip / 1024).toFixed(1)} KB)`);
}
console.log(
  `excel-addin: task pane + functions ${(total / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB budget (office.js not included); ${meta.length} functions`,
);
if (total > BUDGET_BYTES) {
  console.error("excel-addin: bundle budget exceeded");
  process.exit(1);
}
