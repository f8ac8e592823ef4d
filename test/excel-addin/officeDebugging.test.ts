/**
 * `npm run start` / `start:web` / `stop` of the Excel add-in: the Office tools are pinned in the
 * lockfile (no `npx --yes` download at run time), and the wrapper that runs office-addin-debugging
 * either runs the pinned tool with the user's arguments and its exit code, or, where npm could not
 * install it (an optional dependency: keytar needs libsecret on Linux), says so in Vietnamese.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const wrapper = join(root, "excel-addin/scripts/officeDebugging.mjs");
const pkg = JSON.parse(readFileSync(join(root, "excel-addin/package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
const tmp = mkdtempSync(join(tmpdir(), "cchc-office-debugging-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runWrapper(tool: string, args: string[]) {
  return spawnSync(process.execPath, [wrapper, ...args], { encoding: "utf8", env: { ...process.env, CCHC_OFFICE_DEBUGGING: tool } });
}

describe("Office tools of the Excel add-in", () => {
  it("no script downloads a tool at run time; the tools are pinned in the lockfile", () => {
    for (const [name, script] of Object.entries(pkg.scripts as Record<string, string>)) expect(script, name).not.toMatch(/\bnpx\b/);
    expect(pkg.optionalDependencies["office-addin-debugging"]).toBe("7.0.0");
    expect(lock.packages["node_modules/office-addin-debugging"].version).toBe("7.0.0");
    for (const tool of ["office-addin-dev-certs", "office-addin-manifest", "http-server"]) {
      expect(pkg.devDependencies[tool], tool).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${tool}`].version, tool).toBe(pkg.devDependencies[tool]);
    }
    expect(pkg.scripts.start).toContain("scripts/officeDebugging.mjs start ../manifest.xml desktop");
    expect(pkg.scripts.stop).toContain("scripts/officeDebugging.mjs stop ../manifest.xml");
  });

  it("runs the pinned tool with the user's arguments and passes its exit code on", () => {
    const fake = join(tmp, "fake-debugging");
    mkdirSync(join(fake, "bin"), { recursive: true });
    writeFileSync(join(fake, "package.json"), JSON.stringify({ name: "fake-debugging", version: "7.0.0", bin: { "office-addin-debugging": "bin/cli.js" } }));
    writeFileSync(join(fake, "bin/cli.js"), "console.log(JSON.stringify(process.argv.slice(2))); process.exit(3);");
    const run = runWrapper(fake, ["start", "../manifest.xml", "web", "--app", "excel"]);
    expect(run.status).toBe(3);
    expect(JSON.parse(run.stdout)).toEqual(["start", "../manifest.xml", "web", "--app", "excel"]);
  });

  it("without the tool, says in Vietnamese what is missing and how to load the add-in anyway", () => {
    const run = runWrapper(join(tmp, "khong-co"), ["stop", "../manifest.xml"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Chưa cài công cụ nạp phần bổ trợ office-addin-debugging");
    expect(run.stderr).toContain("libsecret-1-dev");
    expect(run.stderr).toContain("Tải lên phần bổ trợ của tôi");
    expect(run.stderr.normalize("NFC")).toBe(run.stderr);
  });
});
