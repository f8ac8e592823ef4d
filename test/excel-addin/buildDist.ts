import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const DIST = fileURLToPath(new URL("../../excel-addin/dist/", import.meta.url));

/** Build excel-addin/dist once (file lock: test files run in parallel). */
export function buildDist(): void {
  const script = fileURLToPath(new URL("../../excel-addin/scripts/buildIfStale.mjs", import.meta.url));
  execFileSync("flock", ["/tmp/cchc-excel-addin-build.lock", process.execPath, script], { stdio: "pipe" });
}
