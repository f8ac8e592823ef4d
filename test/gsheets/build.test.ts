import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { DIST } from "./loadScript.js";

const GSHEETS = join(DIST, "..");

it("gsheets/src/globals.ts and the README's function list are up to date with core's catalogue (build.mjs --check)", () => {
  expect(() => execFileSync(process.execPath, [join(GSHEETS, "build.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
});

it("dist/ holds exactly what clasp pushes, with the least-privilege manifest", () => {
  const manifest = JSON.parse(readFileSync(join(DIST, "appsscript.json"), "utf8"));
  expect(manifest).toEqual({
    timeZone: "Asia/Ho_Chi_Minh",
    runtimeVersion: "V8",
    exceptionLogging: "STACKDRIVER",
    oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"],
  });
  const clasp = JSON.parse(readFileSync(join(GSHEETS, ".clasp.json.example"), "utf8"));
  expect(clasp.rootDir).toBe("dist");
  const html = readFileSync(join(DIST, "Sidebar.html"), "utf8");
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/); // script and CSS inlined
  expect(html).not.toContain("INLINE_");
  const size = readFileSync(join(DIST, "Code.js")).length;
  expect(size).toBeLessThanOrEqual(350 * 1024);
});

it("the globals file holds only one-line calls into the CCHC namespace", () => {
  const src = readFileSync(join(GSHEETS, "src/globals.ts"), "utf8");
  const bodies = [...src.matchAll(/\{\n([\s\S]*?)\n\}/g)].map((m) => m[1].trim());
  expect(bodies.length).toBeGreaterThan(10);
  for (const b of bodies) expect(b).toMatch(/^(return )?CCHC\.\w+\(.*\);$/);
});
