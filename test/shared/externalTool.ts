/**
 * Programs some tests need beside Node (Chromium, xmllint). Outside CI a missing program skips those
 * tests with one line saying what is missing and how to install it; with CI=true it fails the run.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface ExternalTool {
  /** Path of the program, or null when it is missing (tests skip). */
  path: string | null;
  /** The one line printed when it is missing. */
  missing: string;
}

const inCi = () => /^(1|true|yes)$/i.test(process.env.CI ?? "");

function onPath(name: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Looks for a program: `envVar` when set (and only there), else the candidates (paths or names on PATH).
 * Missing outside CI: prints `missing` once and returns path null; with CI=true: throws.
 */
export function findTool(what: { label: string; envVar?: string; candidates: string[]; install: string }): ExternalTool {
  const fromEnv = what.envVar ? process.env[what.envVar] : undefined;
  const tried = fromEnv ? [fromEnv] : what.candidates;
  let path: string | null = null;
  for (const c of tried) {
    path = c.includes("/") ? (existsSync(c) ? c : null) : onPath(c);
    if (path) break;
  }
  const where = fromEnv ? `${what.envVar}=${fromEnv}` : tried.join(", ");
  const missing = `SKIPPED: ${what.label} not found (${where}); install it with: ${what.install}${what.envVar ? ` — or set ${what.envVar}` : ""}`;
  if (path === null) {
    if (inCi()) throw new Error(`CI=true and ${what.label} is missing (${where}); install it with: ${what.install}`);
    console.warn(missing);
  }
  return { path, missing };
}

export const findChromium = () =>
  findTool({ label: "Chromium", envVar: "CHROMIUM_PATH", candidates: ["/usr/bin/chromium"], install: "apt-get install -y chromium" });

export const findXmllint = () => findTool({ label: "xmllint", candidates: ["xmllint"], install: "apt-get install -y libxml2-utils" });
