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
});
