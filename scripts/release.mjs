// npm run release (with ADDIN_BASE_URL=https://…/ where the department will host the add-in):
// builds every package, then writes release/ (git-ignored):
//   cchc-excel-addin-<version>.zip   built task pane, functions, assets + production manifest.xml
//   cchc-google-sheets-<version>.zip appsscript.json, Code.js, Sidebar.html (a bound script / clasp)
//   cchc-cli-<version>.tgz           the CLI as an npm package with nothing to fetch (npm pack)
//   README.md                        the install steps, in Vietnamese
// `node scripts/release.mjs --no-build` packs what the last build left (used by the tests).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkBaseUrl, manifestUrls, productionManifest } from "./release/productionManifest.mjs";
import { releaseReadme } from "./release/readme.mjs";
import { zipFiles } from "./release/zip.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outDir = args.includes("--out") ? args[args.indexOf("--out") + 1] : join(root, "release");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

let base;
try {
  base = checkBaseUrl(process.env.ADDIN_BASE_URL);
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

if (!args.includes("--no-build")) {
  for (const w of ["excel-addin", "gsheets", "cli"]) execFileSync(npm, ["run", "build", "-w", w], { cwd: root, stdio: "inherit" });
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

// Excel: the files the manifest names, and the manifest.
const excelDist = join(root, "excel-addin", "dist");
const excelFiles = ["taskpane.html", "taskpane.js", "taskpane.css", "functions.js", "functions.json", "help.html", ...readdirSync(join(excelDist, "assets")).map((f) => `assets/${f}`)];
const manifest = productionManifest(readFileSync(join(root, "manifest.xml"), "utf8"), { baseUrl: base, version });
for (const u of manifestUrls(manifest)) {
  const rel = u.startsWith(base) ? u.slice(base.length) : null;
  if (u !== new URL(base).origin && (rel === null || !excelFiles.includes(rel))) throw new Error(`manifest.xml: ${u} không trỏ tới tệp nào trong gói Excel`);
}
const excelZip = `cchc-excel-addin-${version}.zip`;
writeFileSync(
  join(outDir, excelZip),
  await zipFiles([{ name: "manifest.xml", data: manifest }, ...excelFiles.map((f) => ({ name: f, data: readFileSync(join(excelDist, f)) }))]),
);

// Google Sheets: exactly what a bound Apps Script project holds.
const sheetsDist = join(root, "gsheets", "dist");
const sheetsZip = `cchc-google-sheets-${version}.zip`;
writeFileSync(join(outDir, sheetsZip), await zipFiles(["appsscript.json", "Code.js", "Sidebar.html"].map((f) => ({ name: f, data: readFileSync(join(sheetsDist, f)) }))));

// CLI: npm pack of cli/ (everything bundled, no dependencies).
const packed = JSON.parse(execFileSync(npm, ["pack", "-w", "cli", "--pack-destination", outDir, "--json"], { cwd: root, encoding: "utf8" }));
const cliTgz = packed[0].filename;

writeFileSync(join(outDir, "README.md"), releaseReadme({ version, base, excelZip, sheetsZip, cliTgz }));
console.log(`release/: ${excelZip} (${excelFiles.length + 1} tệp, địa chỉ ${base}), ${sheetsZip} (3 tệp), ${cliTgz}, README.md`);
