// Runs build.mjs unless dist/ is newer than every source (add-in, scripts, core). Used by tests,
// under a file lock so parallel test files build once.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const here = new URL("..", import.meta.url).pathname;
const stamp = join(here, "dist", "sizes.json");

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (!p.endsWith("generated.ts")) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(
  newest(join(here, "src")),
  newest(join(here, "scripts")),
  statSync(join(here, "build.mjs")).mtimeMs,
  newest(join(here, "..", "core", "src")),
);
if (!existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
  execFileSync(process.execPath, [join(here, "build.mjs")], { stdio: "inherit", cwd: here });
}
