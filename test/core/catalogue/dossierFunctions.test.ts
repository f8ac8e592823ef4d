import { describe, expect, it } from "vitest";
import { dossierFunctions, DIEM766, THONGKEHOSO, TYLETREHAN, XEPLOAI } from "../../../core/src/catalogue/dossierFunctions.js";
import { evaluate } from "../../../core/src/catalogue/evaluate.js";
import { CellError } from "../../../core/src/catalogue/types.js";
import { NGUOIDUNGDAU, XEPHANG } from "../../../core/src/catalogue/rankFunctions.js";

// As hosts pass them: Excel serials (45726 = 10/03/2025), text dates, Date objects (Sheets), blanks.
describe("TYLETREHAN(hẹn trả, kết thúc, ngày báo cáo)", () => {
  it("counts late resolved and overdue pending over all dossiers", () => {
    const appt = [["Ngày hẹn trả"], [45726], ["10/03/2025"], [new Date(Date.UTC(2025, 2, 10))], [45726], [45747]];
    const end = [["Ngày trả kết quả"], [45725], [45727], [null], [""], [null]];
    // rows: early; late (11/03); pending, appointment 10/03 < 31/03 → overdue; same; pending 31/03 → within
    const r = evaluate(TYLETREHAN, [appt, end, "31/03/2025"]);
    expect(r).toBeCloseTo(3 / 5, 15);
    // on 10/03/2025 the dossier ended 11/03 is still pending and within its deadline
    expect(evaluate(TYLETREHAN, [appt, end, 45726])).toBeCloseTo(0, 15);
  });

  it("gives a Vietnamese #VALUE! for a bad date, mismatched ranges or no dossier", () => {
    const bad = evaluate(TYLETREHAN, [[[45726], ["32/03/2025"]], [[null], [null]], 45747]);
    expect(bad).toBeInstanceOf(CellError);
    expect((bad as CellError).message).toContain("Ô thứ 2 của vùng ngày hẹn trả");
    const size = evaluate(TYLETREHAN, [[[45726], [45726]], [[null]], 45747]) as CellError;
    expect(size.message).toContain("cùng kích thước");
    const empty = evaluate(TYLETREHAN, [[[null]], [[null]], 45747]) as CellError;
    expect(empty.kind).toBe("value");
    expect(empty.message).toContain("Không có hồ sơ");
  });
});

describe("THONGKEHOSO(vùng, từ ngày, đến ngày)", () => {
  const range = [
    ["Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Hình thức nộp"],
    ["Sở Y tế", "03/03/2025", "10/03/2025", "07/03/2025", "Trực tuyến"],
    ["Sở Y tế", "03/03/2025", "10/03/2025", "11/03/2025", "Trực tiếp"],
    ["Sở Y tế", "25/02/2025", "05/03/2025", "05/03/2025", "Trực tiếp"],
    ["Sở Du lịch", "20/03/2025", "27/03/2025", null, "Trực tuyến"],
    ["Sở Du lịch", "28/03/2025", "04/04/2025", null, "Bưu chính"],
  ];
  it("returns the 11 figures of the II.06a row as one row", () => {
    expect(evaluate(THONGKEHOSO, [range, "01/03/2025", "31/03/2025"])).toEqual([[5, 2, 2, 1, 3, 1, 1, 1, 2, 1, 1]]);
  });
  it("refuses a range with a bad row, naming the row", () => {
    const bad = evaluate(THONGKEHOSO, [[...range, ["Sở Y tế", "03/03/2025", "hôm qua", null, ""]], "01/03/2025", "31/03/2025"]) as CellError;
    expect(bad).toBeInstanceOf(CellError);
    expect(bad.message).toMatch(/^Dòng thứ 7 của vùng: .*Ngày hẹn trả/);
    expect((evaluate(THONGKEHOSO, [[["a", "b"]], "01/03/2025", "31/03/2025"]) as CellError).message).toContain("Không tìm thấy dòng tiêu đề");
  });
});

describe("XEPLOAI and DIEM766", () => {
  it("gives the unit verdict, or the staff verdict when a year is given", () => {
    expect(evaluate(XEPLOAI, [0.0159])).toBe('Đơn vị chưa bị loại khỏi xếp loại "Tốt" theo Kết luận 91-KL/TU: tỷ lệ hồ sơ trễ hạn 1,59% < ngưỡng 5%.');
    expect(evaluate(XEPLOAI, [0.07, null, 2024])).toContain("chưa bị hạn chế");
    expect(evaluate(XEPLOAI, [0.07, null, 2025])).toContain('không đủ điều kiện xếp loại "Hoàn thành tốt nhiệm vụ"');
    expect(evaluate(XEPLOAI, [0.01, 0.75])).toContain("chỉ số hài lòng 75,00% ≤ 80%");
    expect(evaluate(XEPLOAI, [[[0.01], [0.06]]])).toEqual([[expect.stringContaining("chưa bị loại")], [expect.stringContaining("không đủ điều kiện")]]);
  });
  it("refuses 1.59 meaning 1.59 % and bad years", () => {
    expect((evaluate(XEPLOAI, [1.59]) as CellError).message).toContain("1,59%");
    expect(evaluate(XEPLOAI, [0.01, null, 20])).toBeInstanceOf(CellError);
  });
  it("scores a ratio criterion", () => {
    expect(evaluate(DIEM766, [0.6, 0.8, 2])).toBe(1.5);
    expect(evaluate(DIEM766, ["0,85", 0.8, 2])).toBe(2); // text with a decimal comma, read by the runner
    expect(evaluate(DIEM766, [1.2, 0.8, 2])).toBeInstanceOf(CellError);
  });
  it("describes every function and parameter in Vietnamese", () => {
    expect(dossierFunctions.map((f) => f.id)).toEqual(["TYLETREHAN", "THONGKEHOSO", "XEPLOAI", "DIEM766"]);
    for (const f of dossierFunctions) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.example).toContain(`CCHC.${f.id}(`);
      for (const p of f.params) expect(p.description.length).toBeGreaterThan(5);
    }
  });
});

describe("NGUOIDUNGDAU(xếp hạng năm nay, [xếp hạng năm trước])", () => {
  it("gives the Kết luận 91 verdict for one unit and for a column", () => {
    expect(evaluate(NGUOIDUNGDAU, ["Trung bình", "Trung bình"])).toContain("2 năm liên tục xếp hạng CCHC Trung bình");
    expect(evaluate(NGUOIDUNGDAU, ["Khá"])).toContain("không bị hạn chế");
    const col = evaluate(NGUOIDUNGDAU, [[["Tốt"], ["Yếu"], ["trung binh"]], [["Tốt"], [""], ["TB"]]]);
    expect(col).toEqual([
      [expect.stringContaining("có thể được xét")],
      [expect.stringContaining("đơn vị xếp hạng CCHC Yếu")],
      [expect.stringContaining("2 năm liên tục")],
    ]);
  });

  it("says which argument is not a ranking", () => {
    const bad = evaluate(NGUOIDUNGDAU, ["Xuất sắc"]) as CellError;
    expect(bad).toBeInstanceOf(CellError);
    expect(bad.message).toMatch(/^Xếp hạng năm nay: Không hiểu xếp hạng "Xuất sắc"/);
    expect((evaluate(NGUOIDUNGDAU, ["Khá", "giỏi"]) as CellError).message).toMatch(/^Xếp hạng năm trước: /);
    expect(evaluate(NGUOIDUNGDAU, [""])).toBeInstanceOf(CellError);
  });
});

describe("XEPHANG(điểm, ngưỡng Tốt, ngưỡng Khá, ngưỡng Trung bình)", () => {
  it("ranks a column of scores and names the bands used; the result feeds NGUOIDUNGDAU", () => {
    expect(evaluate(XEPHANG, [85.5, 90, 80, 70])).toBe("Khá (Tốt từ 90; Khá từ 80 đến dưới 90; Trung bình từ 70 đến dưới 80; Yếu dưới 70)");
    const col = evaluate(XEPHANG, [[[92], [70], ["69,5"]], 90, 80, 70]) as string[][];
    expect(col.map((r) => r[0].split(" (")[0])).toEqual(["Tốt", "Trung bình", "Yếu"]);
    expect(evaluate(NGUOIDUNGDAU, [col[2][0]])).toContain("đơn vị xếp hạng CCHC Yếu");
  });

  it("refuses cut-offs in the wrong order with a Vietnamese #VALUE!", () => {
    const bad = evaluate(XEPHANG, [85, 70, 80, 90]) as CellError;
    expect(bad).toBeInstanceOf(CellError);
    expect(bad.message).toBe("Ngưỡng xếp hạng phải giảm dần: Tốt (70) > Khá (80) > Trung bình (90).");
    expect(evaluate(XEPHANG, ["tám mươi", 90, 80, 70])).toBeInstanceOf(CellError);
  });
});
