import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CCHC_RANKS, headOfUnitVerdict, parseCchcRank, type CchcRank } from "../../../core/src/scoring/headOfUnit.js";

// Kết luận 91-KL/TU III.1.d (seed 004): head not "Hoàn thành tốt" at Trung bình or below;
// accountability after 2 consecutive years Trung bình or 1 year Yếu; collective leadership
// "Hoàn thành xuất sắc" only with ranking Tốt.
describe("headOfUnitVerdict", () => {
  const flags = (c: CchcRank, p: CchcRank | null = null) => {
    const v = headOfUnitVerdict(c, p);
    return [v.headNotEligibleGood, v.accountability, v.leadershipExcellentAllowed];
  };

  it("applies the three rules band by band", () => {
    expect(flags("Tốt")).toEqual([false, false, true]);
    expect(flags("Khá")).toEqual([false, false, false]);
    expect(flags("Trung bình")).toEqual([true, false, false]);
    expect(flags("Yếu")).toEqual([true, true, false]);
  });

  it("holds the head accountable after two consecutive years Trung bình, not after Khá then Trung bình", () => {
    expect(flags("Trung bình", "Trung bình")).toEqual([true, true, false]);
    expect(flags("Trung bình", "Khá")).toEqual([true, false, false]);
    expect(flags("Khá", "Trung bình")).toEqual([false, false, false]);
    // one year Yếu is enough, whatever came before
    expect(flags("Yếu", "Tốt")).toEqual([true, true, false]);
  });

  it("explains in Vietnamese, and asks for last year's ranking when it could matter", () => {
    expect(headOfUnitVerdict("Trung bình", "Trung bình").reason).toBe(
      "Xử lý trách nhiệm người đứng đầu (đưa ra khỏi quy hoạch, điều chuyển, thay thế) theo Kết luận 91-KL/TU: đơn vị 2 năm liên tục xếp hạng CCHC Trung bình. " +
        'Người đứng đầu không được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên: xếp hạng CCHC Trung bình (từ Trung bình trở xuống). ' +
        'Tập thể lãnh đạo không được xếp loại "Hoàn thành xuất sắc nhiệm vụ" (cần xếp hạng CCHC Tốt).',
    );
    expect(headOfUnitVerdict("Trung bình").reason).toContain("hãy nhập xếp hạng năm trước");
    expect(headOfUnitVerdict("Trung bình", "Khá").reason).not.toContain("năm trước");
    expect(headOfUnitVerdict("Tốt").reason).toBe(
      'Xếp hạng CCHC Tốt: người đứng đầu không bị hạn chế xếp loại theo Kết luận 91-KL/TU. Tập thể lãnh đạo có thể được xét "Hoàn thành xuất sắc nhiệm vụ".',
    );
  });

  it("accountability always implies the head is not eligible for 'Hoàn thành tốt'", () => {
    const rank = fc.constantFrom(...CCHC_RANKS);
    fc.assert(
      fc.property(rank, fc.option(rank), (c, p) => {
        const v = headOfUnitVerdict(c, p);
        return !v.accountability || v.headNotEligibleGood;
      }),
    );
  });
});

describe("parseCchcRank", () => {
  it("reads the bands with or without diacritics, in any case, NFD, with 'Xếp hạng' or 'TB'", () => {
    expect(parseCchcRank("Trung bình")).toEqual({ ok: true, rank: "Trung bình" });
    expect(parseCchcRank("  TRUNG BINH ")).toEqual({ ok: true, rank: "Trung bình" });
    expect(parseCchcRank("TB")).toEqual({ ok: true, rank: "Trung bình" });
    expect(parseCchcRank("Xếp hạng Khá".normalize("NFD"))).toEqual({ ok: true, rank: "Khá" });
    expect(parseCchcRank("yếu.")).toEqual({ ok: true, rank: "Yếu" });
    expect(parseCchcRank("tot")).toEqual({ ok: true, rank: "Tốt" });
  });

  it("refuses anything else with the accepted values", () => {
    const r = parseCchcRank("Xuất sắc");
    expect(r).toEqual({ ok: false, message: 'Không hiểu xếp hạng "Xuất sắc": hãy nhập một trong "Tốt", "Khá", "Trung bình", "Yếu".' });
  });
});
