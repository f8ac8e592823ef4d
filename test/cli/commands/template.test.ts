import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../runCli.js";
import { tempDir } from "../files/makeFiles.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("cchc template", () => {
  it("writes a blank appendix that validate reads without errors (9 sample tasks under the PAR INDEX sections)", async () => {
    const out = tmp.file("moi/phu-luc-2026.xlsx");
    const r = await runCli("template", "--year", "2026", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã tạo phụ lục trống năm 2026: "${out}"`);
    expect(r.out).toContain('Cột "Cơ quan chủ trì" chọn từ danh sách "Đơn vị của cơ quan" (cột E trang "CCHC – Cài đặt", đang có 3 đơn vị');
    const v = await runCli("validate", out, "--year", "2026", "--format", "json");
    expect(v.code).toBe(0);
    const report = JSON.parse(v.out);
    expect(report.valid).toBe(true);
    expect(report.stats).toMatchObject({ tasks: 9, errors: 0, warnings: 0 });
    expect(report.columns).toMatchObject({ stt: "A", task: "B", lead: "C", partners: "D", deadline: "E", output: "F", due: "G", completed: "H", status: "I", notes: "J" });
  });

  it("never overwrites an existing file without --force", async () => {
    const out = tmp.file("cua-toi.xlsx");
    writeFileSync(out, "dữ liệu của người dùng");
    const r = await runCli("template", "--year", "2026", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("dữ liệu của người dùng");
    expect((await runCli("template", "--year", "2026", "--out", out, "--force")).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("asks for --year and --out", async () => {
    const noYear = await runCli("template", "--out", tmp.file("x.xlsx"));
    expect(noYear.code).toBe(2);
    expect(noYear.err).toMatch(/^Thiếu năm kế hoạch/);
    const noOut = await runCli("template", "--year", "2026");
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/^Thiếu tệp kết quả: thêm --out, ví dụ --out phu-luc-2026\.xlsx/);
    expect((await runCli("template", "--year", "20x6", "--out", tmp.file("y.xlsx"))).code).toBe(2);
    expect(existsSync(tmp.file("y.xlsx"))).toBe(false);
  });
});
