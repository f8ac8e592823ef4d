// Chấm điểm CCHC and Chèn mẫu tự chấm điểm against office-addin-mock objects: the result sheet
// (headline, areas, criteria, findings, a column chart), marks on the criteria sheet, the
// user's values untouched, three requests.
import { scoreHeadline, scoreSelfAssessment } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { insertScoringTemplate } from "../../../excel-addin/src/commands/insertScoringTemplate.js";
import { scoreSheet } from "../../../excel-addin/src/commands/scoreSheet.js";
import { MARK_FILLS, MARKS_KEY } from "../../../excel-addin/src/excel/marks.js";
import { scoreMessage } from "../../../excel-addin/src/taskpane/scoringButtons.js";
import { scoringExampleAsHostValues } from "../../shared/scoringExample.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const R = "Kết quả chấm điểm";

describe("scoreSheet with office-addin-mock", () => {
  it("scores the example: result sheet, chart, marks; nothing written on the criteria sheet but marks", async () => {
    const cells = scoringExampleAsHostValues();
    const book = mockWorkbook({ "Tự chấm điểm": cells });
    const before = book.get("Tự chấm điểm", `A1:H${cells.length}`);

    const r = await scoreSheet(book.context());

    expect(book.state.syncs).toBe(3); // read, marks/comments, write
    expect(r.syncs).toBe(3);
    expect(r.resultSheet).toBe(R);
    expect(book.activeName()).toBe(R);
    expect([r.report.maxTotal, r.report.selfTotal, r.report.suggestedTotal, r.report.band]).toEqual([19, 17, 13.52, "Khá"]);
    expect(book.value(R, "A1")).toBe("KẾT QUẢ TỰ CHẤM ĐIỂM CẢI CÁCH HÀNH CHÍNH");
    expect(book.value(R, "A2")).toBe(scoreHeadline(r.report));
    expect(String(book.value(R, "A2"))).toBe("Chỉ số 71,16% (13,52/19 điểm đề xuất) — xếp hạng Khá (đủ điểm Tốt nhưng hạ theo Kết luận 91); tự chấm 17/19 (89,47%).");
    expect(book.get(R, "A5:F9")).toEqual([
      ["STT", "Lĩnh vực", "Điểm tối đa", "Điểm tự đánh giá", "Điểm đề xuất", "Tỷ lệ đạt"],
      ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", 6, 5.5, 4.5, 0.75],
      ["2", "Cải cách thủ tục hành chính", 10, 7.5, 5.52, 0.552],
      ["3", "Cải cách tổ chức bộ máy", 3, 4, 3.5, 1.16666666667],
      ["", "Tổng cộng", 19, 17, 13.52, 0.711578947368],
    ]);
    const result = book.sheet(R);
    expect(result.formats.get("C6")).toBe("0.00");
    // the column chart: areas × (maximum, self, suggested)
    expect(result.charts).toHaveLength(1);
    expect(result.charts[0].type).toBe("ColumnClustered");
    expect(result.charts[0].series[0].mock.name).toBe("Điểm tối đa");
    expect(result.charts[0].series.map((s) => s.values.split("!")[1])).toEqual(["C6:C8", "D6:D8", "E6:E8"]); // maximum, self, suggested
    expect(book.get(R, result.charts[0].series[0].xValues.split("!")[1]).flat()).toEqual(r.report.areas.map((a) => a.title));

    // marks: one per offending cell (errors red, warnings yellow) with a comment
    const targets = new Set([...r.report.errors, ...r.report.warnings].map((f) => `${f.column}${f.row}`));
    expect(r.markedCells).toBe(targets.size);
    const source = book.sheet("Tự chấm điểm");
    expect(source.fills.get("C12")).toBe(MARK_FILLS.error);
    expect(source.fills.get("D11")).toBe(MARK_FILLS.warning);
    expect(source.fills.get("F20")).toBe(MARK_FILLS.error); // error and warning on one cell: red
    expect(book.state.comments.find((c) => c.cell === "F20")!.content).toContain("(score-above-max)");
    expect(book.state.comments.find((c) => c.cell === "F20")!.content).toContain("(score-above-rule)");
    expect(JSON.parse(String(book.state.settings.get(MARKS_KEY)))[0].cells).toHaveLength(targets.size);
    expect(book.cellWrites("Tự chấm điểm")).toEqual([]);
    expect(book.get("Tự chấm điểm", `A1:H${cells.length}`)).toEqual(before);
    expect(scoreMessage(r)).toContain('Xem trang "Kết quả chấm điểm"; đã tô màu 11 ô');
  });

  it("a second run replaces its marks instead of stacking them, and numbers the result sheet", async () => {
    const book = mockWorkbook({ "Tự chấm điểm": scoringExampleAsHostValues() });
    await scoreSheet(book.context());
    const first = book.state.comments.length;
    book.state.activeId = book.sheet("Tự chấm điểm").id; // the user goes back to the criteria sheet
    const r2 = await scoreSheet(book.context());
    expect(r2.resultSheet).toBe(`${R} (2)`);
    expect(book.state.comments.length).toBe(first);
    expect(JSON.parse(String(book.state.settings.get(MARKS_KEY)))).toHaveLength(1);
  });

  it("says in Vietnamese when the sheet is not a criteria table", async () => {
    const book = mockWorkbook({ "Phụ lục": [["STT", "Nội dung"], [1, "x"]] });
    await expect(scoreSheet(book.context())).rejects.toThrow(/Không tìm thấy dòng tiêu đề của bảng tự chấm điểm/);
    expect(book.sheetNames()).toEqual(["Phụ lục"]);
  });
});

describe("insertScoringTemplate with office-addin-mock", () => {
  it("adds a 'Tự chấm điểm' sheet whose example rows are shaded and marked, in two requests; it scores as 3 criteria", async () => {
    const book = mockWorkbook({ "Trang 1": [["x"]] });
    const r = await insertScoringTemplate(book.context());
    expect(r).toMatchObject({ sheet: "Tự chấm điểm", headerRow: 6, exampleRows: { from: 7, to: 9 } });
    expect(book.state.syncs).toBe(2);
    expect(book.get("Tự chấm điểm", "A6:H6")).toEqual([["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Cách tính điểm", "Kết quả thực hiện", "Điểm tự đánh giá", "Tài liệu kiểm chứng", "Ghi chú"]]);
    expect(String(book.value("Tự chấm điểm", "B7"))).toMatch(/^\(Ví dụ\)/);
    expect(book.sheet("Tự chấm điểm").fills.get("B8")).toBe("#FFF2CC");
    expect(book.sheet("Tự chấm điểm").formats.get("A7")).toBe("@");
    const grid = book.get("Tự chấm điểm", "A1:H39");
    const scored = scoreSelfAssessment(grid);
    expect(scored.criteria.map((c) => c.id)).toEqual(["1", "1.1", "1.2"]);
    expect(scored.errors).toEqual([]);
    expect(book.get("Trang 1", "A1")).toEqual([["x"]]);
  });
});
