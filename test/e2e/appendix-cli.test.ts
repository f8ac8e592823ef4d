/**
 * The built CLI (node cli/bin/cchc.cjs) on real files, as a user runs it: validate the real
 * appendix of Kế hoạch 607, and the demo example end to end (validate, summary --out, template).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = resolve(__dirname, "../..");
const fixture = resolve(repo, "test/fixtures/ke-hoach-607-phu-luc.csv");
const example = resolve(repo, "examples/ke-hoach-607-theo-doi.csv");
const bin = resolve(repo, "cli/bin/cchc.cjs");
let tmp = "";

function cchc(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, [resolve(repo, "cli/build.mjs")], { cwd: repo, stdio: "pipe" });
  tmp = mkdtempSync(join(tmpdir(), "cchc-e2e-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("cchc validate (built CLI)", () => {
  it("the real appendix: valid, 74 tasks, rows 68 and 69 reported as unnumbered", () => {
    const r = cchc("validate", fixture, "--format", "json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.valid).toBe(true);
    expect(report.stats.tasks).toBe(74);
    const unnumbered = report.warnings.filter((f: { code: string }) => f.code === "unnumbered-row").map((f: { row: number }) => f.row);
    expect(unnumbered).toEqual([68, 69]);
  });

  it("a missing file: exit 2 and a Vietnamese message on stderr", () => {
    const r = cchc("validate", join(tmp, "khong-co.xlsx"));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^Không tìm thấy tệp/);
  });

  it("the demo example validates as `npm run demo` runs it", () => {
    const r = cchc("validate", example, "--year", "2025", "--as-of", "2025-09-30");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Kết quả: KHÔNG CÓ LỖI.");
  });
});

describe("cchc summary and template (built CLI)", () => {
  it("summary --out writes a new workbook, creating its folder, and refuses to overwrite it", () => {
    const out = join(tmp, "out", "tong-hop-2025.xlsx");
    const first = cchc("summary", example, "--year", "2025", "--as-of", "2025-09-30", "--out", out);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const again = cchc("summary", example, "--year", "2025", "--as-of", "2025-09-30", "--out", out);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    expect(cchc("summary", example, "--year", "2025", "--as-of", "2025-09-30", "--out", out, "--force").code).toBe(0);
  });

  it("template writes a blank appendix (9 sample tasks) that validate then reads without errors", () => {
    const out = join(tmp, "mau-2026.xlsx");
    const r = cchc("template", "--year", "2026", "--out", out);
    expect(r.code).toBe(0);
    const v = cchc("validate", out, "--year", "2026", "--format", "json");
    expect(v.code).toBe(0);
    expect(JSON.parse(v.out).stats).toMatchObject({ tasks: 9, errors: 0 });
  });
});

/** LibreOffice, when installed (not on CI): the files open, convert to PDF, and nothing is reported. */
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

describe.skipIf(soffice === "")("generated workbooks in LibreOffice", () => {
  it("template and summary --out convert to PDF with no complaint on stderr", () => {
    const files = [join(tmp, "lo-mau.xlsx"), join(tmp, "lo-tong-hop.xlsx")];
    expect(cchc("template", "--year", "2026", "--out", files[0]).code).toBe(0);
    expect(cchc("summary", example, "--year", "2025", "--as-of", "2025-09-30", "--out", files[1]).code).toBe(0);
    const outdir = join(tmp, "pdf");
    for (const f of files) {
      // Own profile: another LibreOffice running on the machine would otherwise swallow the request.
      const profile = `-env:UserInstallation=file://${join(tmp, "lo-profile")}`;
      const r = spawnSync(soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", outdir, f], { encoding: "utf8", timeout: 120_000 });
      expect(r.status).toBe(0);
      const complaints = r.stderr.split("\n").filter((l) => l.trim() !== "" && !/javaldx|java may not function/.test(l));
      expect(complaints).toEqual([]);
    }
    const pdfs = readdirSync(outdir).filter((f) => f.endsWith(".pdf"));
    expect(pdfs.sort()).toEqual(["lo-mau.pdf", "lo-tong-hop.pdf"]);
    for (const p of pdfs) expect(statSync(join(outdir, p)).size).toBeGreaterThan(10_000);
    // As few A4 pages as the content needs: the blank template prints its table, its notes sheet
    // and its settings sheet, one page each (no page of empty rows); the example's summary prints
    // on 2 pages (the five tables on 1, the notes and the chart below them on 2), not 5.
    const pages = (p: string) => (readFileSync(join(outdir, p), "latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages("lo-mau.pdf")).toBe(3);
    expect(pages("lo-tong-hop.pdf")).toBe(2);
  }, 240_000);
});
