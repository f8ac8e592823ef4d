import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCchcRank } from "../../../core/src/scoring/headOfUnit.js";
import { checkRankBands, rankBandsText, rankOfScore } from "../../../core/src/scoring/rankBands.js";

const bands = { good: 90, fair: 80, average: 70 };

describe("rankOfScore", () => {
  it("puts a score on a cut-off in the higher band", () => {
    expect(rankOfScore(90, bands)).toBe("Tốt");
    expect(rankOfScore(89.99, bands)).toBe("Khá");
    expect(rankOfScore(80, bands)).toBe("Khá");
    expect(rankOfScore(79.5, bands)).toBe("Trung bình");
    expect(rankOfScore(70, bands)).toBe("Trung bình");
    expect(rankOfScore(69.9, bands)).toBe("Yếu");
    expect(rankOfScore(-5, bands)).toBe("Yếu");
  });

  it("never ranks a higher score lower", () => {
    const order = ["Yếu", "Trung bình", "Khá", "Tốt"];
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: -1000, max: 1000, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return order.indexOf(rankOfScore(lo, bands)) <= order.indexOf(rankOfScore(hi, bands));
      }),
    );
  });
});

describe("checkRankBands and rankBandsText", () => {
  it("accepts decreasing cut-offs and writes them in Vietnamese with a decimal comma", () => {
    expect(checkRankBands(90, 80, 70)).toEqual({ ok: true, bands });
    expect(rankBandsText({ good: 85.5, fair: 75, average: 60 })).toBe("Tốt từ 85,5; Khá từ 75 đến dưới 85,5; Trung bình từ 60 đến dưới 75; Yếu dưới 60");
  });

  it("refuses cut-offs in the wrong order or not numbers", () => {
    expect(checkRankBands(80, 90, 70)).toEqual({ ok: false, message: "Ngưỡng xếp hạng phải giảm dần: Tốt (80) > Khá (90) > Trung bình (70)." });
    expect(checkRankBands(90, 90, 70).ok).toBe(false);
    expect(checkRankBands(Number.NaN, 80, 70).ok).toBe(false);
  });

  it("its text, as XEPHANG writes it, reads back as the band (for NGUOIDUNGDAU)", () => {
    expect(parseCchcRank(`Trung bình (${rankBandsText(bands)})`)).toEqual({ ok: true, rank: "Trung bình" });
  });
});
