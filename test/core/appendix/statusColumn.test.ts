import { describe, expect, it } from "vitest";
import { dayFromYMD as dayOf } from "../../../core/src/dates/day.js";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import type { AppendixTable } from "../../../core/src/appendix/types.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";

function read(cells: unknown[][]): AppendixTable {
  const t = readAppendix(cells, { planYear: 2025 });
  if ("error" in t) throw new Error(t.error);
  return t;
}

describe("the status column is decided by what its cells hold (issue 10 §1)", () => {
  it("'Tiến độ' after 'Thời gian hoàn thành', holding statuses → the status column", () => {
    const t = read([
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Tiến độ"],
      [1, "Việc A", "Sở Tư pháp", "Quý I/2025", "Hoàn thành"],
      [2, "Việc B", "Sở Tư pháp", "Tháng 6/2025", "Đang thực hiện"],
      [3, "Việc C", "Sở Tư pháp", "30/11/2025", "Hoàn thành ngày 15/11/2025"],
    ]);
    expect(t.columnLetters).toMatchObject({ deadline: "D", status: "E" });
    expect(t.tasks.map((x) => x.statusReading?.kind)).toEqual(["done", "inProgress", "done"]);
    expect(t.tasks[0].schedule.kind).toBe("quarter");
  });

  it("'Tiến độ' first, holding statuses, with 'Thời hạn' after it → status E…, schedule from 'Thời hạn'", () => {
    const t = read([
      ["STT", "Nội dung", "Đơn vị chủ trì", "Tiến độ", "Thời hạn"],
      [1, "Việc A", "Văn phòng", "Đã hoàn thành", "Quý I/2025"],
      [2, "Việc B", "Văn phòng", "Chậm tiến độ", "30/06/2025"],
      [3, "Việc C", "Văn phòng", "Chưa triển khai", "Trong năm 2025"],
    ]);
    expect(t.columnLetters.status).toBe("D");
    expect(t.columnLetters.deadline).toBe("E");
    expect(t.columnLetters.due).toBeUndefined();
    expect(t.tasks.map((x) => x.schedule.kind)).toEqual(["quarter", "date", "year"]);
  });

  it("'Tiến độ' holding schedules stays the schedule, even with a few status-like cells", () => {
    const t = read([
      ["STT", "Nội dung", "Đơn vị chủ trì", "Tiến độ", "Kết quả/sản phẩm"],
      [1, "Việc A", "Văn phòng", "Hoàn thành trước ngày 30/6/2025", "Báo cáo"],
      [2, "Việc B", "Văn phòng", "Quý III/2025", "Kế hoạch"],
      [3, "Việc C", "Văn phòng", "Thường xuyên", "Báo cáo"],
    ]);
    expect(t.columnLetters.deadline).toBe("D");
    expect(t.columnLetters.status).toBeUndefined();
  });

  it("a second schedule-named column of 'Hoàn thành ngày …' only (reads both ways) is the status column", () => {
    const t = read([
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Tiến độ"],
      [1, "Việc A", "Sở Tư pháp", "Quý I/2025", "Hoàn thành ngày 20/03/2025"],
      [2, "Việc B", "Sở Tư pháp", "Tháng 6/2025", "Hoàn thành ngày 15/07/2025"],
    ]);
    expect(t.columnLetters).toMatchObject({ deadline: "D", status: "E" });
    // Alone, such a column is a schedule column ("Hoàn thành ngày 30/6/2025" is a deadline too).
    const alone = read([["STT", "Nội dung", "Cơ quan chủ trì", "Tiến độ"], [1, "Việc A", "Sở Tư pháp", "Hoàn thành ngày 30/06/2025"]]);
    expect(alone.columnLetters.deadline).toBe("D");
    expect(alone.columnLetters.status).toBeUndefined();
  });

  it("headers 'Tình hình thực hiện' and 'Kết quả hiện nay' name the status column", () => {
    for (const h of ["Tình hình thực hiện", "Kết quả hiện nay", "Tinh trang"]) {
      const t = read([["STT", "Nội dung", "Đơn vị chủ trì", "Tiến độ thực hiện", h], [1, "Việc", "Văn phòng", "Quý I/2025", "Hoàn thành"]]);
      expect(t.columnLetters.status, h).toBe("E");
    }
  });

  it("'Tiến độ' of status words beats a 'Kết quả hiện nay' of free text (Đảng ủy Chính phủ, PL1)", () => {
    const t = read([
      ["TT", "NHIỆM VỤ", "THỜI GIAN HOÀN THÀNH", "CƠ QUAN THỰC HIỆN", "TIẾN ĐỘ", "KẾT QUẢ HIỆN NAY"],
      ["1.", "Việc A", "Tháng 4/2025", "Bộ Tài chính", "Hoàn thành", "Thủ tướng Chính phủ sẽ xem xét, ban hành trước ngày 28/5"],
      ["2.", "Việc B", "Tháng 5/2025", "Bộ Tài chính", "Đang thực hiện", "Sửa đổi trong Luật sửa đổi 07 Luật"],
      ["3.", "Việc C", "Tháng 3/2025", "Bộ Tài chính", "Quá hạn", "Đang chuẩn bị hồ sơ."],
      ["4.", "Việc D", "Tháng 3/2025", "Bộ Tài chính", "Hoàn thành", "Bộ Tài chính đã tổng hợp các vướng mắc, khó khăn trong đầu tư công"],
    ]);
    // F: one cell of four reads as a status ("Đang chuẩn bị hồ sơ."), the rest is free text.
    expect(t.columnLetters).toMatchObject({ deadline: "C", status: "E" });
    expect(t.tasks.map((x) => x.statusReading?.kind)).toEqual(["done", "inProgress", "overdue", "done"]);
    // The same free-text column keeps the role when no other column holds status words.
    const alone = read([
      ["TT", "NHIỆM VỤ", "THỜI GIAN HOÀN THÀNH", "CƠ QUAN THỰC HIỆN", "KẾT QUẢ HIỆN NAY"],
      ["1.", "Việc A", "Tháng 4/2025", "Bộ Tài chính", "Thủ tướng Chính phủ sẽ xem xét, ban hành trước ngày 28/5"],
    ]);
    expect(alone.columnLetters.status).toBe("E");
  });

  it("validate lists the status column letter", () => {
    const r = validateAppendix(
      [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Tiến độ"], [1, "Việc", "Sở Tư pháp", "Quý I/2025", "Hoàn thành"]],
      { planYear: 2025 },
    );
    expect(r.columns).toMatchObject({ deadline: "D", status: "E" });
    expect(r.errors).toEqual([]); // a done status without a date column is not an error: "hoàn thành, chưa rõ ngày"
  });
});

describe("status-conflict (warning) on the status cell", () => {
  const header = ["STT", "Nội dung", "Đơn vị chủ trì", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Ngày hoàn thành", "Tình trạng"];
  it("a date but 'Đang thực hiện'; 'Quá hạn' but done before the due date; agreeing rows are silent", () => {
    const r = validateAppendix(
      [
        header, // 1
        [1, "A", "Văn phòng", "Quý II/2025", "BC", "15/05/2025", "Đang thực hiện"], // 2 conflict
        [2, "B", "Văn phòng", "Quý II/2025", "BC", "15/05/2025", "Quá hạn"], // 3 conflict
        [3, "C", "Văn phòng", "Quý II/2025", "BC", "15/07/2025", "Quá hạn"], // 4 agrees (done late)
        [4, "D", "Văn phòng", "Quý II/2025", "BC", "15/05/2025", "Hoàn thành"], // 5 agrees
        [5, "E", "Văn phòng", "Quý II/2025", "BC", null, "Đang thực hiện"], // 6 nothing to compare
      ],
      { planYear: 2025, asOf: dayOf(2025, 12, 31) },
    );
    const conflicts = r.warnings.filter((w) => w.code === "status-conflict");
    expect(conflicts.map((w) => `${w.column}${w.row}`)).toEqual(["G2", "G3"]);
    expect(conflicts[0].severity).toBe("warning");
    expect(conflicts[0].message).toContain("G2");
    expect(conflicts[0].message).toContain("Đang thực hiện");
    expect(conflicts[1].message).toContain("30/06/2025");
  });

  it("a status date after the reporting date is completion-in-future on the status cell", () => {
    const r = validateAppendix(
      [["STT", "Nội dung", "Đơn vị chủ trì", "Tiến độ thực hiện", "Tình trạng"], [1, "A", "Văn phòng", "Quý IV/2025", "Hoàn thành ngày 20/12/2025"]],
      { planYear: 2025, asOf: dayOf(2025, 12, 1) },
    );
    expect(r.errors.map((f) => [f.code, `${f.column}${f.row}`])).toEqual([["completion-in-future", "E2"]]);
  });
});

describe("unparsed-status (warning): a status the summary cannot read, counted as not done", () => {
  it("only in a tracking table, only without a completion date", () => {
    const header = ["STT", "Nội dung", "Đơn vị chủ trì", "Tiến độ thực hiện", "Ngày hoàn thành", "Tình trạng"];
    const r = validateAppendix(
      [
        header,
        [1, "A", "Văn phòng", "Quý II/2025", null, "Hoàn thành"],
        [2, "B", "Văn phòng", "Quý II/2025", null, "Sở đã tham mưu dự thảo"], // 3: unparsed
        [3, "C", "Văn phòng", "Quý II/2025", "10/05/2025", "Sở đã tham mưu dự thảo"], // the date decides: silent
      ],
      { planYear: 2025, asOf: dayOf(2025, 12, 31) },
    );
    const u = r.warnings.filter((w) => w.code === "unparsed-status");
    expect(u.map((w) => `${w.column}${w.row}`)).toEqual(["F3"]);
    expect(u[0].message).toContain("tính là chưa hoàn thành");
    // A plan whose "Tình trạng" cells say nothing readable is not a tracking table: no warning per row.
    const plan = validateAppendix([["STT", "Nội dung", "Đơn vị chủ trì", "Tiến độ thực hiện", "Tình trạng"], [1, "A", "Văn phòng", "Quý II/2025", "xem báo cáo"]], { planYear: 2025 });
    expect(plan.warnings.filter((w) => w.code === "unparsed-status")).toEqual([]);
  });
});
