// Progress tables of public-investment projects (UBND tỉnh Đắk Lắk, test/fixtures/real/ubnd-dak-lak-*.csv):
// "Tên dự án" is the task and "Chủ đầu tư" the lead, but only when no other lead column exists.
import { describe, expect, it } from "vitest";
import { matchAppendixColumn, matchAppendixHeaderRow } from "../../../core/src/appendix/columns.js";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import type { AppendixTable } from "../../../core/src/appendix/types.js";

describe("project tables: 'Tên dự án' and 'Chủ đầu tư'", () => {
  it("'Tên dự án' names the task column", () => {
    expect(matchAppendixColumn("Tên dự án")).toBe("task");
    expect(matchAppendixColumn("TÊN DỰ ÁN")).toBe("task");
  });

  it("'Chủ đầu tư' is the lead of a table without another lead column", () => {
    const header = ["STT", "Tên dự án", "Tổng mức đầu tư (Triệu đồng)", "Chủ đầu tư", "Thời gian thực hiện", "Ghi chú các bước"];
    expect(matchAppendixHeaderRow(header).columns).toEqual({ stt: 0, task: 1, lead: 3, deadline: 4, notes: 5 });
  });

  it("'Chủ đầu tư' gives way to 'Cơ quan chủ trì' or 'Trách nhiệm thực hiện', wherever they stand", () => {
    expect(matchAppendixHeaderRow(["STT", "Tên dự án", "Chủ đầu tư", "Cơ quan chủ trì", "Thời gian"]).columns).toEqual({
      stt: 0,
      task: 1,
      lead: 3,
      deadline: 4,
    });
    expect(matchAppendixHeaderRow(["STT", "Nhiệm vụ", "Chủ đầu tư", "Trách nhiệm thực hiện", "Tiến độ"]).columns).toEqual({
      stt: 0,
      task: 1,
      responsibility: 3,
      deadline: 4,
    });
  });

  it("reads a project table below its title rows, with the investor as lead", () => {
    const cells: (string | null)[][] = [
      ["Phụ lục III\nKẾ HOẠCH ĐIỀU HÀNH TIẾN ĐỘ", null, null, null, null],
      [null, null, null, null, null],
      ["STT", "Tên dự án", "Tổng mức đầu tư (Triệu đồng)", "Chủ đầu tư", "Thời gian thực hiện"],
      ["A", "NGUỒN TRUNG ƯƠNG", null, null, null],
      ["1", "Dự án Xây dựng mạng WAN tỉnh", "96.898", "Sở Khoa học và Công nghệ ", "2025-2026"],
      ["2", "Số hoá tài liệu lưu trữ", "10.908", "Sở Tư pháp", "2026"],
    ];
    const t = readAppendix(cells) as AppendixTable;
    expect("error" in t).toBe(false);
    expect(t.headerRow).toBe(3);
    expect(t.tasks.map((x) => [x.row, x.lead, x.schedule.kind])).toEqual([
      [5, "Sở Khoa học và Công nghệ", "range"],
      [6, "Sở Tư pháp", "year"],
    ]);
  });
});
