// Bundles the CLI into dist/: one ES module per entry (cchc.mjs) plus shared chunks, with core,
// exceljs and jszip bundled in, so the package has no runtime dependency (it installs offline).
// Code splitting: what a command loads with import() (exceljs through files/loadExcelJs.ts, and
// commands the registry loads lazily) lands in its own chunk, so `cchc due` does not parse exceljs.
import { build } from "esbuild";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";

const dist = new URL("./dist/", import.meta.url).pathname;
const root = new URL("..", import.meta.url).pathname;
// Files are overwritten in place (tests may be running the CLI); chunks of older builds are removed after.
mkdirSync(dist, { recursive: true });
const result = await build({
  entryPoints: { cchc: new URL("./src/main.ts", import.meta.url).pathname },
  absWorkingDir: root, // same chunk names whatever the current directory
  bundle: true,
  splitting: true,
  platform: "node",
  target: "node20",
  format: "esm",
  outdir: dist,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  // exceljs and its dependencies are CommonJS and require() Node's modules: give the ES modules a require.
  banner: { js: 'import { createRequire as __cchcCreateRequire } from "node:module"; const require = __cchcCreateRequire(import.meta.url);' },
  sourcemap: true,
  legalComments: "linked",
  metafile: true,
  logLevel: "error",
});
// The dossier scan worker (cli/src/files/inputs/dossierScanWorker.ts) on its own, without shared
// chunks: a worker thread parses only the scanner and the few core functions it calls.
const worker = await build({
  entryPoints: { "dossier-scan-worker": new URL("./src/files/inputs/dossierScanWorker.ts", import.meta.url).pathname },
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs", // a CommonJS worker starts a few milliseconds sooner than an ES module one
  outdir: dist,
  outExtension: { ".js": ".cjs" },
  sourcemap: true,
  legalComments: "linked",
  metafile: true,
  logLevel: "error",
});
let total = 0;
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}${e.name}`;
    if (e.isDirectory()) walk(`${p}/`);
    else if (p.endsWith(".mjs") || p.endsWith(".cjs")) files.push(p.slice(dist.length));
  }
};
walk(dist);
// Remove what this build did not write (chunks of an older build), so npm pack takes only this build.
const written = new Set([...Object.keys(result.metafile.outputs), ...Object.keys(worker.metafile.outputs)].map((p) => new URL(p, `file://${root}`).pathname));
for (const f of [...files]) {
  const p = `${dist}${f}`;
  if (!written.has(p)) {
    for (const extra of ["", ".map", ".LEGAL.txt"]) rmSync(`${p}${extra}`, { force: true });
    files.splice(files.indexOf(f), 1);
  }
}
for (const f of files) total += statSync(`${dist}${f}`).size;
const entry = statSync(`${dist}cchc.mjs`).size;
console.log(`cli: dist/cchc.mjs ${(entry / 1024).toFixed(1)} KB + ${files.length - 1} chunks, ${(total / 1024).toFixed(1)} KB in all (core, exceljs, jszip bundled)`);
