import { describe, expect, it } from "vitest";
import { DEFAULT_766_GROUP_MAXIMA, DEFAULT_766_THRESHOLDS, ratioPoints, score766 } from "../../../core/src/scoring/score766.js";

describe("Bộ chỉ số 766 ratio criteria", () => {
  it("gives full points at or above the threshold, else rate × max ÷ threshold", () => {
    expect(ratioPoints(0.8, 0.8, 2)).toEqual({ ok: true, points: 2 });
    expect(ratioPoints(0.95, 0.8, 2)).toEqual({ ok: true, points: 2 });
    expect(ratioPoints(0.6, 0.8, 2)).toEqual({ ok: true, points: 1.5 });
    // online share 54.64 % against 50 % → full; satisfaction 85 % against 90 % of 18 → 17
    expect(ratioPoints(0.5464, 0.5, 4)).toEqual({ ok: true, points: 4 });
    const s = ratioPoints(0.85, 0.9, 18);
    expect(s.ok && s.points).toBeCloseTo(17, 12);
  });

  it("refuses rates outside 0–100 % and non-positive thresholds", () => {
    expect(ratioPoints(1.59, 0.8, 2).ok).toBe(false);
    expect(ratioPoints(0.5, 0, 2).ok).toBe(false);
    expect(ratioPoints(0.5, 0.8, -1).ok).toBe(false);
  });

  it("has the default group maxima 18/20/22/22/18 = 100 and the default thresholds", () => {
    expect(Object.values(DEFAULT_766_GROUP_MAXIMA)).toEqual([18, 20, 22, 22, 18]);
    expect(Object.values(DEFAULT_766_GROUP_MAXIMA).reduce((a, b) => a + b, 0)).toBe(100);
    expect(DEFAULT_766_THRESHOLDS).toEqual({ onlineServices: 0.8, paymentIntegration: 0.8, digitisation: 0.8, dataReuse: 0.8, onlineSubmission: 0.5, satisfaction: 0.9 });
  });

  it("sums criteria per group, capped at the group maximum, with settings", () => {
    const r = score766([
      { group: "dichVuTrucTuyen", name: "DVC trực tuyến", rate: 0.4, maxPoints: 10, thresholdKey: "onlineServices" }, // 5
      { group: "dichVuTrucTuyen", name: "Nộp trực tuyến", rate: 0.25, maxPoints: 12, thresholdKey: "onlineSubmission" }, // 6
      { group: "mucDoHaiLong", name: "Hài lòng", rate: 0.95, maxPoints: 20, thresholdKey: "satisfaction" }, // 20 → capped 18
      { group: "soHoaHoSo", name: "Số hóa", rate: 2, maxPoints: 10, thresholdKey: "digitisation" }, // problem
    ]);
    expect(r.groups.dichVuTrucTuyen).toEqual({ points: 11, max: 22 });
    expect(r.groups.mucDoHaiLong).toEqual({ points: 18, max: 18 });
    expect(r.total).toBe(29);
    expect(r.problems).toEqual([expect.stringContaining("Số hóa: Tỷ lệ phải từ 0 đến 1")]);
    const custom = score766([{ group: "dichVuTrucTuyen", name: "x", rate: 0.4, maxPoints: 10, thresholdKey: "onlineServices" }], { thresholds: { onlineServices: 0.4 } });
    expect(custom.total).toBe(10);
  });
});
