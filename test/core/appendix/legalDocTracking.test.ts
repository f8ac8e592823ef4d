// Tracking sheets of legal documents to be issued (Sở Tư pháp tỉnh An Giang, test/fixtures/real/stp-*.csv):
// their column titles, the completion written as the issued text, the sub-titles of a merged header,
// and their schedule texts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchAppendixColumn, matchAppendixHeaderRow } from "../../../core/src/appendix/columns.js";
import { issuedDateOf } from "../../../core/src/appendix/issuedText.js";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import type { AppendixTable } from "../../../core/src/appendix/types.js";
import { validateTable } from "../../../core/src/appendix/validate.js";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { parseSchedule } from "../../../core/src/schedule/parseSchedule.js";
import { annualSummary } from "../../../core/src/summary/annualSummary.js";

describe("column titles of tracking sheets of legal documents", () => {
  it.each([
    ["Tên gọi văn bản", "task"],
    ["TÊN GỌI VĂN BẢN", "task"],
    ["Ten goi van ban", "task"],
    ["Cơ quan soạn thảo", "lead"],
    ["Ngày dự kiến trình ban hành", "deadline"],
    ["Số, ngày, tháng năm ban hành VBQPPL", "completed"],
    ["Số, ngày, tháng, năm ban hành VBQPPL", "completed"],
    ["Số, trích yếu, ngày, tháng, năm ban hành VBQPPL", "completed"],
    // "Thời gian xử lý" is the month a text was issued, not the schedule "Thời gian".
    ["Thời gian xử lý", null],
    ["THỜI GIAN XỬ LÝ", null],
    // Unchanged: the schedule aliases that "Thời gian xử lý" starts like.
    ["Thời gian", "deadline"],
    ["Thời gian thực hiện", "deadline"],
    ["Thời gian hoàn thành", "deadline"],
    ["Người xử lý", null],
    ["Hình thức xử lý", null],
  ])("%j → %s", (header, key) => {
    expect(matchAppendixColumn(header)).toBe(key);
  });

  it("the header of the 'QĐ UBND đã xử lý' sheet: lead C, schedule M, completion S, T not a schedule", () => {
    const header = [
      "STT", "TÊN GỌI VĂN BẢN", "Cơ quan soạn thảo", "Hình thức xử lý", "", "", "", "", "Người xử lý",
      "VB đăng ký xây dựng", "Ngày nhận/Số vb phúc đáp", "Chấp thuận của UBND tỉnh", "Ngày dự kiến trình ban hành",
      "VB lấy ý kiến góp ý (nếu có)", "Ngày nhận/Số vb phúc đáp", "VB gửi Sở Tư pháp thẩm định", "Ngày nhận/Số vb phúc đáp",
      "VB trình UBND tỉnh ban hành", "Số, ngày, tháng năm ban hành VBQPPL", "Thời gian xử lý",
    ];
    expect(matchAppendixHeaderRow(header).columns).toEqual({ stt: 0, task: 1, lead: 2, deadline: 12, completed: 18 });
  });
});

describe("issuedDateOf: the completion written as the issued text", () => {
  it.each([
    ["Quyết định số 03/2026/QĐ-UBND ngày 22/01/2026 của UBND tỉnh An Giang Sửa đổi, bổ sung một số điều của Quyết định số 18/2025/QĐ-UBND", [2026, 1, 22]],
    ["Quyết định số 08/2026/QĐ-UBND ngày 12/02/2026 của UBND tỉnh An Giang quy định mật độ chăn nuôi trên địa bàn tỉnh An Giang.", [2026, 2, 12]],
    ["Quyet dinh so 05/2026/QD-UBND ngay 02/02/2026", [2026, 2, 2]],
    ["Nghị quyết số 19/2022/NQ-HĐND ngày 07/12/2022", [2022, 12, 7]],
    ["Công văn số 6169/VP-KT ngày 17 tháng 10 năm 2025", [2025, 10, 17]],
    ["- Công văn số 5856/SNNMT-CCCNTY ngày 11/12/2025.", [2025, 12, 11]],
    ["Quyết định 19/2020/QĐ-UBND ngày 05/5/2020 của Ủy ban nhân dân tỉnh", [2020, 5, 5]],
    ["Đã ban hành tại văn bản số 12/BC-UBND ngày 3.4.2025", [2025, 4, 3]],
    // The document's own date comes first; the date of the text it replaces comes after.
    ["Quyết định số 07/2026/QĐ-UBND ngày 12/02/2026 thay thế Quyết định số 29/2024/QĐ-UBND ngày 04/11/2024", [2026, 2, 12]],
  ])("%j → %j", (text, [y, m, d]) => {
    expect(issuedDateOf(text)).toBe(dayFromYMD(y, m, d));
  });

  it.each([
    "",
    "Đang trình UBND tỉnh",
    "Quyết định số 03/2026/QĐ-UBND", // no date: the number 03/2026 is not a date
    "Quyết định số 03/2026/QĐ-UBND ngày /01/2026", // date left blank in a draft
    "Quyết định số 03/2026/QĐ-UBND ngày 31/02/2026", // no such day
    "Tháng 01/2026",
    "Chờ ý kiến ngày 22/01/2026", // a date, but no document cited
  ])("%j → null", (text) => {
    expect(issuedDateOf(text)).toBeNull();
  });

  it("never throws and only returns the day written after 'ngày'", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2090 }), (noise, d, m, y) => {
        expect(() => issuedDateOf(noise)).not.toThrow();
        const r = issuedDateOf(`Quyết định số ${m}/${y}/QĐ-UBND ngày ${d}/${m}/${y} ${noise.replace(/ng[aà]y/gi, "")}`);
        expect(r).toBe(dayFromYMD(y, m, d));
      }),
      { numRuns: 300 },
    );
  });
});

describe("schedule texts of the tracking sheets", () => {
  it.each([
    [" Kỳ họp chuyên đề tháng 5/2026", "month", [2026, 5, 31]],
    ["Kỳ họp chuyên đề tháng 4/2026", "month", [2026, 4, 30]],
    ["Đăng ký Quý II/2026", "quarter", [2026, 6, 30]],
    ["Quý I/2026", "quarter", [2026, 3, 31]],
    ["Tháng 01/2026", "month", [2026, 1, 31]],
  ] as const)("%j → %s due %j", (text, kind, [y, m, d]) => {
    const s = parseSchedule(text, 2026);
    expect(s.kind).toBe(kind);
    expect(s.due).toBe(dayFromYMD(y, m, d));
  });

  it("a request to move to the mid-year session is not a due date", () => {
    expect(parseSchedule("Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026", 2026).due).toBeNull();
  });
});

describe("a tracking sheet with a two-row header (sub-titles of 'Hình thức xử lý')", () => {
  const cells: (string | null)[][] = [
    ["STT", "TÊN GỌI VĂN BẢN", "Cơ quan soạn thảo", "Hình thức xử lý", null, null, "Người xử lý", "Ngày dự kiến trình ban hành", "Số, ngày, tháng năm ban hành VBQPPL", "Thời gian xử lý"],
    [null, null, null, "Thay thế", "Bãi bỏ", "Ban hành mới", null, null, null, null],
    ["1", "Quyết định A", "Sở Nội vụ", null, null, "1", "Nhung", "Tháng 12/2025", "Quyết định số 05/2026/QĐ-UBND ngày 02/02/2026 của UBND tỉnh", "Tháng 02/2026"],
    ["2", "Quyết định B", "Sở Tư pháp", "1", null, null, "Thảo", "Tháng 01/2026", "Quyết định số 03/2026/QĐ-UBND ngày 22/01/2026", "Tháng 01/2026"],
    ["3", "Quyết định C", "Sở Xây dựng", null, "2", null, "Loan", "Quý I/2026", null, null],
    ["4", "Quyết định D", "Sở Y tế", null, null, "1", "Trâm", "Tháng 01/2026", null, null],
  ];
  const read = readAppendix(cells);
  const table = read as AppendixTable;

  it("reads the sub-titles as part of the header, not as an unnumbered row", () => {
    expect("error" in read).toBe(false);
    expect(table.headerRow).toBe(1);
    expect(table.tasks.map((t) => t.row)).toEqual([3, 4, 5, 6]);
    expect(table.findings.filter((f) => f.code === "unnumbered-row")).toEqual([]);
    expect(validateTable(table).warnings.filter((f) => f.code === "unnumbered-row")).toEqual([]);
    expect(table.otherColumns.map((c) => c.title)).toEqual(expect.arrayContaining(["Hình thức xử lý", "Bãi bỏ", "Ban hành mới", "Thời gian xử lý"]));
  });

  it("takes the schedule from 'Ngày dự kiến trình ban hành', never from 'Thời gian xử lý'", () => {
    expect(table.columnLetters).toMatchObject({ task: "B", lead: "C", deadline: "H", completed: "I" });
    expect(table.tasks.map((t) => t.deadlineText)).toEqual(["Tháng 12/2025", "Tháng 01/2026", "Quý I/2026", "Tháng 01/2026"]);
  });

  it("reads the completion from the issued decision's date, with no invalid-date finding", () => {
    expect(table.tasks.map((t) => t.completed)).toEqual([dayFromYMD(2026, 2, 2), dayFromYMD(2026, 1, 22), null, null]);
    expect(table.tasks.map((t) => t.completedInvalid)).toEqual([undefined, undefined, undefined, undefined]);
    const report = validateTable(table);
    expect([...report.errors, ...report.warnings].filter((f) => f.code === "invalid-date")).toEqual([]);
  });

  it("summary as of 13/02/2026: 1 done late, 1 done early, 1 pending, 1 overdue", () => {
    const sum = annualSummary(table, { planYear: 2026, asOf: dayFromYMD(2026, 2, 13) });
    expect(sum.error).toBeUndefined();
    expect(sum.totals).toMatchObject({ tasks: 4, doneEarly: 1, doneOnTime: 0, doneLate: 1, pending: 1, overdue: 1 });
    expect(sum.overdueTasks.map((t) => t.row)).toEqual([6]);
  });
});
