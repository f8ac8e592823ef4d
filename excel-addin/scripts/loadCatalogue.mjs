// Loads core's catalogue metadata in Node by bundling scripts/catalogueMeta.ts with esbuild.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export async function loadCatalogue() {
  const dir = mkdtempSync(join(tmpdir(), "cchc-cat-"));
  try {
    const outfile = join(dir, "meta.mjs");
    await build({
      entryPoints: [fileURLToPath(new URL("./catalogueMeta.ts", import.meta.url))],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      logLevel: "error",
    });
    const mod = await import(pathToFileURL(outfile).href);
    return mod.catalogueMeta();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
