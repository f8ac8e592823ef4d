import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogue } from "@cchc/core";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../../excel-addin/README.md", import.meta.url), "utf8");

describe("excel-addin/README.md", () => {
  it("lists every catalogue function with its Excel name (generated, up to date)", () => {
    for (const f of catalogue) expect(readme).toContain(`| \`CCHC.${f.id}\` |`);
    const script = fileURLToPath(new URL("../../excel-addin/scripts/functionDocs.mjs", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
  it("explains sideloading and central deployment in Vietnamese", () => {
    expect(readme).toContain("npm run start -w excel-addin");
    expect(readme).toContain("Tải lên phần bổ trợ của tôi");
    expect(readme).toContain("Microsoft 365 admin center");
  });
  it("tells a department how to host and hand out the release, and which Excel builds run it", () => {
    expect(readme).toContain("ADDIN_BASE_URL=https://cchc.donvi.gov.vn/addin/ npm run release");
    expect(readme).toMatch(/IIS/);
    expect(readme).toMatch(/nginx/);
    expect(readme).toContain("Trusted Add-in Catalogs");
    for (const build of ["Version 2002 (Build 12527.20092)", "Version 2311 (Build 17029.20126)", "Version 2108 (Build 14332.20011)", "Version 2208 (Build 15601.20148)", "16.64"]) {
      expect(readme).toContain(build);
    }
  });
});
