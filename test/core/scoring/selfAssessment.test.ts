// Self-assessment scoring of a criteria table (issue 14): the example in examples/ pinned, and
// the table reader's tree, decimals, columns, total row and settings lines.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreSelfAssessment } from "../../../core/src/scoring/selfAssessment.js";
import { parseCsv } from "../helpers/csv.js";

export const EXAMPLE_SCORING = resolve(dirname(fileURLToPath(import.meta.url)), "../../../examples/tu-cham-diem-vi-du.csv");

const codes = (fs: { code: string; row: number; column: string | null }[]) => fs.map((f) => `${f.code}@${f.column ?? ""}${f.row}`);

describe("examples/tu-cham-diem-vi-du.csv (every rule kind, every finding)", () => {
  const cells = parseCsv(readFileSync(EXAMPLE_SCORING, "utf8"));
  const r = scoreSelfAssessment(cells);

  it("totals, index, band with the KL91 cap", () => {
    expect(r.error).toBeUndefined();
    expect(r.headerRow).toBe(5);
    expect(r.columns).toEqual({ stt: "A", title: "B", max: "C", rule: "D", evidence: "E", self: "F", documents: "G", notes: "H" });
    // areas: 6 + 10 (as written; its criteria add up to 9) + 3
    expect(r.areas.map((a) => [a.id, a.max, a.self, a.suggested])).toEqual([
      ["1", 6, 5.5, 4.5],
      ["2", 10, 7.5, 5.52],
      ["3", 3, 4, 3.5],
    ]);
    expect(r.maxTotal).toBe(19);
    expect(r.selfTotal).toBe(17);
    expect(r.suggestedTotal).toBe(13.52);
    expect(r.percent).toBeCloseTo((13.52 / 19) * 100, 9); // 71,16
    expect(r.selfPercent).toBeCloseTo((17 / 19) * 100, 9);
    expect(r.bands).toEqual({ good: 70, fair: 60, average: 50 });
    expect(r.lateRate).toBe(0.06);
    expect(r.bandBeforeCap).toBe("Tốt");
    expect(r.band).toBe("Khá");
    expect(r.unscored).toBe(3);
  });

  it("every rule kind is read", () => {
    const kinds = Object.fromEntries(r.criteria.map((c) => [c.id, c.rule.kind]));
    expect(kinds).toEqual({
      "1": "sum", "1.1": "categories", "1.2": "tiers", "1.3": "categories", "1.4": "yesno", "1.5": "unparsed",
      "2": "sum", "2.1": "sum", "2.1.1": "tiers", "2.1.2": "proportional", "2.2": "threshold", "2.3": "tiers", "2.4": "yesno",
      "3": "sum", "3.1": "yesno", "3.2": "yesno", "3.3": "dates",
    });
    const suggested = Object.fromEntries(r.criteria.map((c) => [c.id, c.suggested]));
    expect(suggested).toEqual({
      "1": 4.5, "1.1": 1, "1.2": 2, "1.3": 0.5, "1.4": 1, "1.5": null,
      "2": 5.52, "2.1": 3.92, "2.1.1": 2, "2.1.2": 1.92, "2.2": 1.6, "2.3": null, "2.4": null,
      "3": 3.5, "3.1": 1, "3.2": 2, "3.3": 0.5,
    });
  });

  it("every finding, at its cell", () => {
    expect(codes(r.errors)).toEqual(["max-sum-mismatch@C12", "score-unreadable@F18", "score-above-max@F20", "missing-max@C22"]);
    expect(codes(r.warnings)).toEqual([
      "rule-unparsed@D11",
      "score-above-rule@F14",
      "evidence-unreadable@E17",
      "missing-evidence@G17",
      "missing-evidence@E18",
      "self-sum-mismatch@F19",
      "score-above-rule@F20",
      "missing-evidence@G21",
    ]);
    expect(codes(r.infos)).toEqual(["kl91-cap@3"]);
    for (const f of [...r.errors, ...r.warnings, ...r.infos]) expect(f.message.normalize("NFC")).toBe(f.message);
    expect(r.errors[0].message).toBe(
      "Tiêu chí 2 (dòng 12): điểm tối đa 10 (ô C12) khác tổng điểm tối đa của các tiêu chí con (2.1, 2.2, 2.3, 2.4) là 9. Hãy sửa cho khớp.",
    );
  });

  it("options override the sheet's bands and late rate", () => {
    const strict = scoreSelfAssessment(cells, { bands: { good: 90, fair: 80, average: 70 }, lateRate: 0.01 });
    expect(strict.band).toBe("Trung bình");
    expect(strict.bandBeforeCap).toBeNull();
    expect(strict.infos).toEqual([]);
    const none = scoreSelfAssessment(cells, { bands: null, lateRate: null });
    expect(none.band).toBeNull();
  });
});

describe("criteria table reader", () => {
  const header = ["STT", "Tiêu chí", "Điểm tối đa", "Cách tính điểm", "Kết quả thực hiện", "Điểm tự đánh giá"];

  it("reads Roman areas with 1, 1.1 under them, decimal commas and points, numbers as Excel gives them", () => {
    const r = scoreSelfAssessment([
      ["Bảng tự chấm"],
      header,
      ["I", "Chỉ đạo điều hành", "2,5", "", "", ""],
      ["1", "Kế hoạch", 1.5, "Có: 1,5 điểm; Không: 0 điểm", "Có", "1,5"],
      ["2", "Báo cáo", "1.0", "Tỷ lệ × điểm tối đa", 0.5, 0.5],
      ["II", "TTHC", 2, "", "", ""],
      ["1", "Công khai", 2, "Từ 90% trở lên: 2 điểm; Dưới 90%: 0 điểm", "90%", 2],
      [null, "Tổng cộng", 4.5, null, null, 4],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.criteria.map((c) => [c.id, c.parent, c.level, c.suggested])).toEqual([
      ["I", null, 1, 2],
      ["1", "I", 2, 1.5],
      ["2", "I", 2, 0.5],
      ["II", null, 1, 2],
      ["1", "II", 2, 2],
    ]);
    expect([r.maxTotal, r.selfTotal, r.suggestedTotal]).toEqual([4.5, 4, 4]);
  });

  it("checks the total row against the areas", () => {
    const r = scoreSelfAssessment([header, ["1", "A", 2, "Có/Không", "Có", 2], ["2", "B", 3, "Có/Không", "Không", 0], ["", "Tổng điểm", 6, "", "", 3]]);
    expect(codes(r.errors)).toEqual(["max-sum-mismatch@C4"]);
    expect(codes(r.warnings)).toEqual(["self-sum-mismatch@F4"]);
  });

  it("matches headers without diacritics and in another order", () => {
    const r = scoreSelfAssessment([
      ["Diem tu danh gia", "So TT", "Noi dung tieu chi", "Cach cham diem", "Diem toi da", "Ket qua"],
      [1, "1", "A", "Dat: 1; Khong dat: 0", 1, "dat"],
    ]);
    expect(r.columns).toEqual({ self: "A", stt: "B", title: "C", rule: "D", max: "E", evidence: "F" });
    expect(r.suggestedTotal).toBe(1);
    expect(r.percent).toBe(100);
  });

  it("links evidence to our own figures when given, and says how to give them when not", () => {
    const grid = [header, ["1", "Hoàn thành kế hoạch", 2, "Từ 90% trở lên: 2 điểm; Dưới 90%: 1 điểm", "Liên kết: tỷ lệ hoàn thành kế hoạch", 2]];
    const without = scoreSelfAssessment(grid);
    expect(codes(without.warnings)).toEqual(["missing-evidence@E2"]);
    expect(without.warnings[0].message).toContain("--plan");
    const linked = scoreSelfAssessment(grid, { links: { planCompletion: 0.85 } });
    expect(linked.criteria[0].evidence).toBe(0.85);
    expect(linked.criteria[0].suggested).toBe(1);
    expect(codes(linked.warnings.concat(linked.errors))).toEqual(["score-above-rule@F2"]);
  });

  it("reports settings lines it cannot use, and refuses its own result sheet", () => {
    const r = scoreSelfAssessment([["Ngưỡng xếp hạng:", "70; 80; 90"], ["Tỷ lệ hồ sơ trễ hạn: nhiều"], header, ["1", "A", 1, "Có/Không", "Có", 1]]);
    expect(codes(r.warnings)).toEqual(["settings-unreadable@B1", "settings-unreadable@A2"]);
    expect(r.warnings[0].message).toContain("giảm dần");
    expect(r.band).toBeNull();
    expect(r.lateRate).toBeNull();
    const own = scoreSelfAssessment([["KẾT QUẢ TỰ CHẤM ĐIỂM CẢI CÁCH HÀNH CHÍNH"], [], [], [], ["STT", "Lĩnh vực", "Điểm tối đa"]]);
    expect(own.error).toContain("trang kết quả chấm điểm");
  });

  it("a header without criteria → a Vietnamese error, not a score of 0/0", () => {
    expect(scoreSelfAssessment([header, ["", "", "", "", "", ""]]).error).toContain("chưa có tiêu chí nào");
  });

  it("no header → a Vietnamese error naming the columns it needs", () => {
    const r = scoreSelfAssessment([["a", "b"], [1, 2]]);
    expect(r.error).toContain('"STT"');
    expect(r.error).toContain('"Điểm tối đa"');
  });
});
