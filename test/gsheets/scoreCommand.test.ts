// Chấm điểm CCHC and Chèn mẫu tự chấm điểm in the BUILT Apps Script, on the typed fake: the
// result sheet, notes and highlights on the criteria sheet, one read of its cells, its values
// untouched.
import { scoreHeadline, scoreSelfAssessment } from "@cchc/core";
import { beforeEach, describe, expect, it } from "vitest";
import { scoringExampleAsHostValues } from "../shared/scoringExample.js";
import { loadScript, type Loaded } from "./loadScript.js";

let s: Loaded;
beforeEach(() => {
  s = loadScript();
});

const R = "Kết quả chấm điểm";

describe("menu Chấm điểm CCHC", () => {
  it("scores the example: result sheet with headline, areas and a column chart; notes on the offending cells", () => {
    const cells = scoringExampleAsHostValues("sheets");
    const sheet = s.ss.sheets[0];
    sheet.name = "Tự chấm điểm";
    sheet.load(cells);
    const before = sheet.dump();
    s.log.reset();

    s.g.menuChamDiemCCHC();

    const expected = scoreSelfAssessment(cells);
    expect(s.log.valueReadsBySheet).toEqual({ "Tự chấm điểm": 1 });
    expect(s.log.reads.getNotes).toBe(1);
    const out = s.ss.sheet(R)!;
    expect(s.ss.active).toBe(out);
    expect(out.values.get(0, 0)).toBe("KẾT QUẢ TỰ CHẤM ĐIỂM CẢI CÁCH HÀNH CHÍNH");
    expect(out.values.get(1, 0)).toBe(scoreHeadline(expected));
    expect(out.dump().slice(4, 9).map((r) => r.slice(0, 5))).toEqual([
      ["STT", "Lĩnh vực", "Điểm tối đa", "Điểm tự đánh giá", "Điểm đề xuất"],
      ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", 6, 5.5, 4.5],
      ["2", "Cải cách thủ tục hành chính", 10, 7.5, 5.52],
      ["3", "Cải cách tổ chức bộ máy", 3, 4, 3.5],
      ["", "Tổng cộng", 19, 17, 13.52],
    ]);
    expect(out.formats.get(5, 2)).toBe("0.00");
    expect(out.charts).toHaveLength(1);
    expect(out.charts[0].options.title).toBe("Điểm theo lĩnh vực");
    expect(out.charts[0].ranges).toEqual([`${R}!B5:B8`, `${R}!C5:C8`, `${R}!D5:D8`, `${R}!E5:E8`]);

    // notes: errors and warnings on their cells (F20 has both); infos are not marked
    expect(sheet.notes.get(11, 2)).toContain("Lỗi (max-sum-mismatch): Tiêu chí 2 (dòng 12): điểm tối đa 10");
    expect(sheet.notes.get(19, 5)).toContain("lớn hơn điểm tối đa 1");
    expect(sheet.notes.get(19, 5)).toContain("cao hơn điểm theo cách tính là 1");
    expect(sheet.dump()).toEqual(before);
    expect(s.ui.alerts.at(-1)).toContain(scoreHeadline(expected));
  });

  it("on its own result sheet, says which sheet to open instead", () => {
    const sheet = s.ss.sheets[0];
    sheet.name = R;
    sheet.load([["x"]]);
    s.g.menuChamDiemCCHC();
    expect(s.ui.alerts.at(-1)).toContain(`Trang "${R}" là kết quả do CCHC tạo ra`);
    expect(s.ss.sheets).toHaveLength(1);
  });

  it("on a sheet that is not a criteria table, explains what it needs and writes nothing", () => {
    s.ss.sheets[0].load([["STT", "Nội dung"], [1, "x"]]);
    s.log.reset();
    s.g.menuChamDiemCCHC();
    expect(s.ui.alerts.at(-1)).toContain("Không tìm thấy dòng tiêu đề của bảng tự chấm điểm");
    expect(s.log.totalWrites()).toBe(0);
  });
});

describe("menu Chèn mẫu tự chấm điểm", () => {
  it("adds the template in four writes, example rows shaded and marked, and it scores as 3 criteria", () => {
    s.log.reset();
    s.g.menuChenMauTuChamDiem();
    const t = s.ss.sheet("Tự chấm điểm")!;
    expect(s.log.writes).toMatchObject({ setNumberFormats: 1, setValues: 1, setFontWeights: 1, setBackgrounds: 1 });
    expect(t.values.get(5, 0)).toBe("STT");
    expect(String(t.values.get(6, 1))).toMatch(/^\(Ví dụ\)/);
    expect(String(t.backgrounds.get(7, 1)).toLowerCase()).toBe("#fff2cc");
    expect(t.formats.get(6, 0)).toBe("@");
    const scored = scoreSelfAssessment(t.dump());
    expect(scored.criteria.map((c) => c.id)).toEqual(["1", "1.1", "1.2"]);
    expect(scored.errors).toEqual([]);
  });
});
