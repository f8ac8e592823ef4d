import { describe, expect, it } from "vitest";
import { columnIndex, columnLetter, matchAppendixColumn, matchAppendixHeaderRow } from "../../../core/src/appendix/columns.js";

describe("column aliases (DOMAIN.md §1), accent- and case-insensitive", () => {
  it.each([
    ["STT", "stt"],
    ["TT", "stt"],
    ["Số TT", "stt"],
    ["Nội dung công việc", "task"],
    ["Nhiệm vụ", "task"],
    ["Nội dung", "task"],
    ["Nhiệm vụ, giải pháp", "task"],
    ["Nhiệm vụ/giải pháp", "task"],
    ["Trách nhiệm thực hiện", "responsibility"],
    ["Cơ quan chủ trì (tham mưu triển khai)", "lead"],
    ["Cơ quan chủ trì", "lead"],
    ["Cơ quan (thực hiện,) phối hợp", "partners"],
    ["Cơ quan phối hợp", "partners"],
    ["Tiến độ thực hiện", "deadline"],
    ["Thời gian", "deadline"],
    ["Thời hạn hoàn thành", "deadline"],
    ["Tiến độ", "deadline"],
    ["Kết quả/sản phẩm", "output"],
    ["Kết quả/Sản phẩm", "output"],
    ["Sản phẩm", "output"],
    ["Kết quả dự kiến", "output"],
    ["Ngày hoàn thành", "completed"],
    ["Hạn", "due"],
    ["Ngày hết hạn", "due"],
    ["Tình trạng", "status"],
    ["Kết quả thực hiện", "status"],
    ["Ghi chú", "notes"],
    ["TIẾN ĐỘ THỰC HIỆN", "deadline"],
    ["tien do thuc hien", "deadline"],
    ["Tiến độ\nthực hiện", "deadline"],
    ["Thời hạn", "ambiguous"],
    ["Người ký", null],
  ])("%j → %s", (header, key) => {
    expect(matchAppendixColumn(header)).toBe(key);
  });

  it("'Thời hạn' is the schedule unless another schedule column exists, then the due date", () => {
    expect(matchAppendixHeaderRow(["STT", "Nhiệm vụ", "Thời hạn"]).columns).toEqual({ stt: 0, task: 1, deadline: 2 });
    expect(matchAppendixHeaderRow(["STT", "Nhiệm vụ", "Tiến độ", "Thời hạn"]).columns).toEqual({ stt: 0, task: 1, deadline: 2, due: 3 });
  });

  it("column letters", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    for (let i = 0; i < 2000; i++) expect(columnIndex(columnLetter(i))).toBe(i);
    expect(columnLetter(-1)).toBe("?");
  });
});
