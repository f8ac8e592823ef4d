// cchc summary on tracking status written as text, and on a plan without tracking columns (issue 10 §1).
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../runCli.js";

const repo = resolve(__dirname, "../../..");
const small = resolve(repo, "test/fixtures/issue10-small.csv");
const plan607 = resolve(repo, "test/fixtures/ke-hoach-607-phu-luc.csv");
const at = ["--year", "2025", "--as-of", "2025-12-31"];

describe("cchc summary on issue 10's small table (status column 'Tiến độ')", () => {
  it("--format json: doneEarly 1, doneUndated 1, overdue 2, noDueDate 1, late rate 0.5 with its parts", async () => {
    const r = await runCli("summary", small, ...at, "--format", "json");
    const s = JSON.parse(r.out);
    expect(s.totals).toMatchObject({ tasks: 5, doneEarly: 1, doneUndated: 1, overdue: 2, noDueDate: 1, doneOnTime: 0, doneLate: 0, pending: 0 });
    expect(s.lateRate).toBe(0.5);
    expect(s.lateRateParts).toMatchObject({ numerator: 2, denominator: 4, denominatorKind: "tasksWithDueDate" });
    expect(s.tracking).toBe(true);
    expect(s.statusColumn).toBe("F");
    expect(s.overdueTasks.map((t: { row: number }) => t.row)).toEqual([4, 7]);
    expect(s.dueDates).toBeUndefined();
  });

  it("text: says how many tasks are done without a date, and the late rate's parts", async () => {
    const r = await runCli("summary", small, ...at);
    expect(r.out).toContain("  Hoàn thành, chưa rõ ngày: 1");
    expect(r.out).toContain("Tỷ lệ trễ hạn: 50,00% = (0 trễ hạn + 2 quá hạn) ÷ 4 nhiệm vụ có hạn (kể cả 1 hoàn thành chưa rõ ngày)");
    expect(r.out).toContain("Theo dõi kết quả: tình trạng ở cột F.");
    expect(r.out).toMatch(/Lĩnh vực +Tổng +Trước hạn +Đúng hạn +Trễ hạn +Chưa rõ ngày +Trong hạn/);
  });

  it("validate lists the status column (F) and no status error", async () => {
    const r = await runCli("validate", small, ...at, "--format", "json");
    const v = JSON.parse(r.out);
    expect(v.columns).toMatchObject({ deadline: "E", status: "F" });
    expect(v.errors.filter((f: { code: string }) => ["invalid-date", "completion-in-future"].includes(f.code))).toEqual([]);
    expect(v.warnings.filter((f: { code: string }) => f.code === "status-conflict")).toEqual([]);
  });
});

describe("cchc summary on a plan without tracking columns (the 607 appendix)", () => {
  it("json: tracking false, no late rate, due dates only, nothing overdue", async () => {
    const r = await runCli("summary", plan607, ...at, "--format", "json");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.tracking).toBe(false);
    expect(s.lateRate).toBeNull();
    expect(s.lateRateParts).toBeNull();
    expect(s.totals.overdue).toBe(0);
    expect(s.overdueTasks).toEqual([]);
    expect(s.totals.tasks).toBe(74);
    expect(s.dueDates).toEqual({ beforeAsOf: 1, fromAsOf: 61, noDueDate: 12 });
    expect(s.totals.notTracked).toBe(62);
  });

  it("text: 'Bảng chưa có cột theo dõi kết quả', no late rate, no overdue list", async () => {
    const r = await runCli("summary", plan607, ...at);
    expect(r.out).toContain("Bảng chưa có cột theo dõi kết quả");
    expect(r.out).toContain("Tỷ lệ trễ hạn: — (chưa tính: bảng chưa có cột theo dõi kết quả)");
    expect(r.out).toContain("  Có hạn trước ngày báo cáo: 1");
    expect(r.out).not.toContain("Nhiệm vụ quá hạn chưa hoàn thành");
    expect(r.out).not.toMatch(/100,00 ?%/);
  });
});

describe("cchc validate without --year", () => {
  it("reports the inferred plan period in json and text", async () => {
    const r = await runCli("validate", plan607, "--format", "json");
    const v = JSON.parse(r.out);
    expect(v.planPeriod).toMatchObject({ startYear: 2025, endYear: 2025, from: "schedules" });
    const t = await runCli("validate", plan607);
    expect(t.out).toMatch(/Theo kỳ kế hoạch năm 2025 \(theo tiến độ của \d+ nhiệm vụ\) \(không có --year\)\./);
  });
});
