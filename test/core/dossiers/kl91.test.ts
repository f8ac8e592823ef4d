import { describe, expect, it } from "vitest";
import { DEFAULT_KL91_THRESHOLDS, kl91StaffVerdict, kl91UnitVerdict, staffLateThreshold } from "../../../core/src/dossiers/kl91.js";
import { lateRate } from "../../../core/src/dossiers/lateRate.js";

describe("late rate (DOMAIN.md §4)", () => {
  it("reproduces the province 2022: 9,761 ÷ 615,045 = 1.59 %", () => {
    const r = lateRate({ total: 596_533, late: 9_009 }, { total: 18_512, overdue: 752 });
    expect(r).toBeCloseTo(9_761 / 615_045, 15);
    expect(((r as number) * 100).toFixed(2)).toBe("1.59");
    expect(lateRate({ total: 596_533, late: 9_009 }, { total: 18_512, overdue: 752 }, "resolvedOnly")).toBeCloseTo(9_009 / 596_533, 15);
    expect(lateRate({ total: 0, late: 0 }, { total: 0, overdue: 0 })).toBeNull();
  });
});

describe("Kết luận 91-KL/TU flags", () => {
  it("bars a unit from 'Tốt' at exactly 5 % late, not at 4.99 %", () => {
    expect(kl91UnitVerdict(0.05)).toEqual({ notEligible: true, reason: 'Đơn vị không đủ điều kiện xếp loại "Tốt" (Kết luận 91-KL/TU): tỷ lệ hồ sơ trễ hạn 5,00% ≥ ngưỡng 5%.' });
    expect(kl91UnitVerdict(0.0499).notEligible).toBe(false);
    expect(kl91UnitVerdict(1 / 20).notEligible).toBe(true);
  });

  it("bars a unit whose satisfaction is ≤ 80 % even with few late dossiers", () => {
    const v = kl91UnitVerdict(0.0159, 0.8);
    expect(v.notEligible).toBe(true);
    expect(v.reason).toContain("chỉ số hài lòng 80,00% ≤ 80%");
    expect(kl91UnitVerdict(0.0159, 0.8001).notEligible).toBe(false);
  });

  it("uses 10 % for staff before 2025 and 5 % from 2025", () => {
    expect(staffLateThreshold(2024)).toBe(0.1);
    expect(staffLateThreshold(2025)).toBe(0.05);
    expect(kl91StaffVerdict(0.07, 2024).notEligible).toBe(false);
    expect(kl91StaffVerdict(0.07, 2025)).toEqual({
      notEligible: true,
      reason: 'Cán bộ không đủ điều kiện xếp loại "Hoàn thành tốt nhiệm vụ" trở lên (Kết luận 91-KL/TU): tỷ lệ hồ sơ trễ hạn 7,00% ≥ ngưỡng 5% áp dụng cho năm 2025.',
    });
    expect(kl91StaffVerdict(0.1, 2024).notEligible).toBe(true);
  });

  it("takes thresholds from settings", () => {
    expect(DEFAULT_KL91_THRESHOLDS.unitLateRate).toBe(0.05);
    expect(kl91UnitVerdict(0.04, null, { unitLateRate: 0.03 }).reason).toContain("4,00% ≥ ngưỡng 3%");
    expect(kl91StaffVerdict(0.06, 2026, { staffLateRateStricter: 0.07 }).notEligible).toBe(false);
  });
});
