/**
 * `npm run release` (scripts/release.mjs) on the built packages, into a temp dir: the Excel zip with
 * a production manifest whose every URL is under ADDIN_BASE_URL and names a file of the zip (valid
 * against the XSD), the Google Sheets zip of exactly three files, and the CLI package installed
 * offline into an empty prefix, run as a user runs it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBaseUrl, manifestUrls, manifestVersion } from "../../scripts/release/productionManifest.mjs";
import { buildDist } from "../excel-addin/buildDist.js";
import { findXmllint } from "../shared/externalTool.js";
import { validateManifestXml } from "../shared/schemas.js";

const root = resolve(__dirname, "../..");
const BASE = "https://cchc.example.gov.vn/addin/";
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
const tmp = mkdtempSync(join(tmpdir(), "cchc-release-"));
const out = join(tmp, "release");
const XMLLINT = findXmllint().path;
let files: string[];
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  buildDist();
  if (!existsSync(join(root, "gsheets/dist/Code.js"))) execFileSync(process.execPath, [join(root, "gsheets/build.mjs")], { stdio: "pipe" });
  if (!existsSync(join(root, "cli/dist/cchc.mjs"))) {
    execFileSync("flock", ["/tmp/cchc-cli-build.lock", process.execPath, join(root, "cli/build.mjs")], { stdio: "pipe" });
  }
  execFileSync(process.execPath, [join(root, "scripts/release.mjs"), "--no-build", "--out", out], {
    cwd: root,
    env: { ...process.env, ADDIN_BASE_URL: BASE },
    stdio: "pipe",
  });
  files = readdirSync(out).sort();
}, 180_000);

describe("npm run release", () => {
  it("writes the three packages and the README", () => {
    expect(files).toEqual([`cchc-cli-${version}.tgz`, `cchc-excel-addin-${version}.zip`, `cchc-google-sheets-${version}.zip`, "README.md"].sort());
    const readme = readFileSync(join(out, "README.md"), "utf8");
    expect(readme).toContain(BASE);
    expect(readme).toContain("Integrated apps");
    expect(readme).toContain(`npm install -g ./cchc-cli-${version}.tgz`);
  });

  it("Excel zip: every manifest URL is under the base URL and names a file of the zip; Version is the package's", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, `cchc-excel-addin-${version}.zip`)));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names).toEqual(expect.arrayContaining(["manifest.xml", "taskpane.html", "taskpane.js", "functions.js", "functions.json", "assets/icon-80.png"]));
    expect(names.some((n) => n.endsWith(".map"))).toBe(false);
    const manifest = await zip.file("manifest.xml")!.async("string");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(`<Version>${manifestVersion(version)}</Version>`);
    expect(manifest).toContain("<AppDomain>https://cchc.example.gov.vn</AppDomain>");
    const urls = manifestUrls(manifest).filter((u) => u !== "https://cchc.example.gov.vn");
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) {
      expect(u.startsWith(BASE), u).toBe(true);
      expect(names, u).toContain(u.slice(BASE.length));
    }
    if (XMLLINT) expect(validateManifestXml(XMLLINT, manifest).ok).toBe(true);
  });

  it("Google Sheets zip: exactly appsscript.json, Code.js and Sidebar.html, as built", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, `cchc-google-sheets-${version}.zip`)));
    expect(Object.keys(zip.files).sort()).toEqual(["Code.js", "Sidebar.html", "appsscript.json"]);
    expect(await zip.file("Code.js")!.async("string")).toBe(readFileSync(join(root, "gsheets/dist/Code.js"), "utf8"));
  });

  it("the CLI package has no dependencies, installs offline into an empty prefix, and `cchc due 2025-01-24 5` prints 2025-02-07", () => {
    const tgz = join(out, `cchc-cli-${version}.tgz`);
    const listing = execFileSync("tar", ["-xzOf", tgz, "package/package.json"], { encoding: "utf8" });
    const pkg = JSON.parse(listing);
    expect(pkg.dependencies ?? {}).toEqual({});
    const prefix = join(tmp, "prefix");
    const install = spawnSync("npm", ["install", "-g", "--offline", "--no-audit", "--no-fund", "--cache", join(tmp, "empty-cache"), "--prefix", prefix, tgz], {
      encoding: "utf8",
    });
    expect(install.status, install.stderr).toBe(0);
    const r = spawnSync(join(prefix, "bin", "cchc"), ["due", "2025-01-24", "5"], { encoding: "utf8", cwd: tmp });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("2025-02-07");
    // a command that needs exceljs, from the installed package alone
    const t = spawnSync(join(prefix, "bin", "cchc"), ["template", "--year", "2026", "--out", join(tmp, "mau.xlsx")], { encoding: "utf8", cwd: tmp });
    expect(t.status, t.stderr).toBe(0);
    expect(readFileSync(join(tmp, "mau.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("ADDIN_BASE_URL", () => {
  it("must be https, not localhost; a missing final / is added", () => {
    expect(checkBaseUrl("https://cchc.example.gov.vn/addin")).toBe(BASE);
    expect(() => checkBaseUrl(undefined)).toThrow(/ADDIN_BASE_URL/);
    expect(() => checkBaseUrl("http://cchc.example.gov.vn/addin/")).toThrow(/https:\/\//);
    expect(() => checkBaseUrl("https://localhost:3000/")).toThrow(/localhost/);
  });

  it("npm run release without it stops with a Vietnamese message and exit code 2", () => {
    const r = spawnSync(process.execPath, [join(root, "scripts/release.mjs"), "--no-build", "--out", join(tmp, "none")], {
      encoding: "utf8",
      env: { ...process.env, ADDIN_BASE_URL: "" },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Chưa có địa chỉ lưu trữ phần bổ trợ");
    expect(existsSync(join(tmp, "none"))).toBe(false);
  });
});
