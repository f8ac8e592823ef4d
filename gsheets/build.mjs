// Build the Apps Script project into gsheets/dist/ — exactly what `clasp push` uploads:
//   appsscript.json, Code.js (core + adapter bundled on the global `CCHC` namespace, then the
//   generated top-level functions of src/globals.ts), Sidebar.html (script and CSS inlined).
// Also (re)generates src/globals.ts and the function list of README.md from core's catalogue.
// `node build.mjs --check` fails when a generated file is out of date instead of writing it.
import { build } from "esbuild";
import ts from "typescript";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes("--check");
const dist = join(here, "dist");
/** Apps Script parses the whole script on every run (menu, sidebar call, custom function): keep it lean. */
const SIZE_TARGET = 350 * 1024;

async function loadGenerators() {
  const tmp = mkdtempSync(join(tmpdir(), "cchc-gsheets-gen-"));
  try {
    const outfile = join(tmp, "gen.mjs");
    await build({ entryPoints: [join(here, "src/generate/entry.ts")], bundle: true, platform: "node", format: "esm", outfile, logLevel: "error" });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function updateFile(path, content, label) {
  let current = null;
  try { current = readFileSync(path, "utf8"); } catch { /* missing */ }
  if (current === content) return false;
  if (check) {
    console.error(`${label} chưa được cập nhật: chạy "npm run gsheets:build".`);
    process.exitCode = 1;
    return false;
  }
  writeFileSync(path, content);
  console.log(`Đã sinh lại ${label}`);
  return true;
}

const gen = await loadGenerators();
const globalsPath = join(here, "src/globals.ts");
updateFile(globalsPath, gen.generatedGlobals(), "gsheets/src/globals.ts");

const readmePath = join(here, "README.md");
const readme = readFileSync(readmePath, "utf8");
const start = readme.indexOf("<!-- BEGIN: danh sách hàm");
const endMarker = "<!-- END: danh sách hàm -->";
const end = readme.indexOf(endMarker);
if (start < 0 || end < 0) throw new Error("README.md: thiếu các dấu BEGIN/END của danh sách hàm.");
updateFile(readmePath, readme.slice(0, start) + gen.generatedReadmeSection() + readme.slice(end + endMarker.length), "gsheets/README.md (danh sách hàm)");

if (check) process.exit(process.exitCode ?? 0);

// 1. core + adapter → one IIFE assigned to the global CCHC. Names are kept (readable stack
//    traces in the execution log); should the bundle outgrow the target, identifiers are minified too.
const bundleWith = async (minifyIdentifiers) =>
  (
    await build({
      entryPoints: [join(here, "src/index.ts")],
      bundle: true,
      format: "iife",
      globalName: "CCHC",
      platform: "neutral",
      mainFields: ["module", "main"],
      target: "es2020",
      charset: "utf8",
      minifySyntax: true,
      minifyWhitespace: true,
      minifyIdentifiers,
      write: false,
      logLevel: "error",
    })
  ).outputFiles[0].text;
let bundleJs = await bundleWith(false);
if (Buffer.byteLength(bundleJs) > SIZE_TARGET - 20 * 1024) {
  console.log("Code.js gần vượt mục tiêu: rút gọn cả tên biến.");
  bundleJs = await bundleWith(true);
}

// 2. The generated top-level functions, comments (JSDoc @customfunction) kept.
const globalsJs = ts.transpileModule(readFileSync(globalsPath, "utf8"), {
  compilerOptions: { target: ts.ScriptTarget.ES2020, removeComments: false, module: ts.ModuleKind.None },
}).outputText;

const header = "// cchc-planner: Google Sheets add-on. Built by gsheets/build.mjs — do not edit, rebuild.\n";
const code = header + bundleJs + "\n" + globalsJs;

// 3. Sidebar with script and CSS inlined.
const sidebarJs = (
  await build({
    entryPoints: [join(here, "src/sidebar/sidebar.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    charset: "utf8",
    minify: true,
    write: false,
    logLevel: "error",
  })
).outputFiles[0].text;
const css = readFileSync(join(here, "src/sidebar/sidebar.css"), "utf8");
const html = readFileSync(join(here, "src/sidebar/Sidebar.html"), "utf8")
  .replace("/* INLINE_CSS */", () => css)
  .replace("/* INLINE_SCRIPT */", () => sidebarJs.replace(/<\/script/gi, "<\\/script"));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "Code.js"), code);
writeFileSync(join(dist, "Sidebar.html"), html);
copyFileSync(join(here, "appsscript.json"), join(dist, "appsscript.json"));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const codeSize = Buffer.byteLength(code);
console.log(`gsheets/dist/Code.js      ${kb(codeSize)} (mục tiêu ≤ ${kb(SIZE_TARGET)})${codeSize > SIZE_TARGET ? "  VƯỢT MỤC TIÊU" : ""}`);
console.log(`gsheets/dist/Sidebar.html ${kb(Buffer.byteLength(html))}`);
console.log(`gsheets/dist/appsscript.json`);
