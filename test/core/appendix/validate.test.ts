import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { validateAppendix, type ValidationReport } from "../../../core/src/appendix/validate.js";
import type { Finding } from "../../../core/src/appendix/types.js";

type Row = (string | number | null | Date)[];

const HEADER: Row = ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Hạn", "Ngày hoàn thành"];

/** A small valid appendix: title, blank, header on row 3, two sections. Row numbers in comments. */
function base(): Row[] {
  return [
    ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"], // 1
    [], // 2
    [...HEADER], // 3
    ["I", "Cải cách thể chế", null, null, null, null, null], // 4
    [1, "Rà soát văn bản quy phạm pháp luật", "Văn phòng thực hiện.", "Trong năm 2025", "Báo cáo", null, null], // 5
    [2, "Kiểm tra văn bản", "Văn phòng chủ trì, phối hợp các phòng", "Quý II/2025", "Kế hoạch", null, null], // 6
    ["II", "Cải cách thủ tục hành chính", null, null, null, null, null], // 7
    [1, "Công khai thủ tục hành chính", "Văn phòng thực hiện", "Trước ngày 30/6/2025", "Danh mục TTHC", null, null], // 8
  ];
}

const OPTS = { planYear: 2025, asOf: dayFromYMD(2025, 9, 30) };

function codes(r: ValidationReport): [string, number, string | null][] {
  return [...r.errors, ...r.warnings, ...r.infos].map((f: Finding) => [f.code, f.row, f.column]);
}

function only(r: ValidationReport, code: string): Finding[] {
  return [...r.errors, ...r.warnings, ...r.infos].filter((f) => f.code === code);
}

describe("validateAppendix: every code at its exact row and column", () => {
  it("the base table is clean", () => {
    const r = validateAppendix(base(), OPTS);
    expect(codes(r)).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.stats).toEqual({ rows: 5, tasks: 3, sections: 2, errors: 0, warnings: 0 });
    expect(r.columns).toEqual({ stt: "A", task: "B", lead: "C", responsibility: "C", deadline: "D", output: "E", due: "F", completed: "G" });
  });

  it("missing-column (error): no schedule column, reported on the header row", () => {
    const g = base().map((row) => row.filter((_, j) => j !== 3 && j !== 5));
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["missing-column", 3, null]]);
    expect(r.errors[0].severity).toBe("error");
    expect(r.errors[0].message).toContain("Tiến độ thực hiện");
    expect(r.errors[0].message).toContain("dòng 3");
    expect(r.valid).toBe(false);
  });

  it("missing-column: no responsibility column", () => {
    const g = base().map((row) => row.filter((_, j) => j !== 2));
    expect(codes(validateAppendix(g, OPTS))).toEqual([["missing-column", 3, null]]);
  });

  it("duplicate-stt (error) at the STT cell", () => {
    const g = base();
    g[5][0] = 1;
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["duplicate-stt", 6, "A"]]);
    expect(r.errors[0].message).toMatch(/A6.*trùng với dòng 5/);
  });

  it("missing-task (error) at the task cell", () => {
    const g = base();
    g[4][1] = null;
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["missing-task", 5, "B"]]);
    expect(r.errors[0].message).toContain("B5");
  });

  it("missing-task: a numbered row with nothing else", () => {
    const g = base();
    g.splice(6, 0, [3, null, null, null, null, null, null]);
    expect(codes(validateAppendix(g, OPTS))).toEqual([["missing-task", 7, "B"]]);
  });

  it("missing-lead (error) at the responsibility cell", () => {
    const g = base();
    g[4][2] = null;
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["missing-lead", 5, "C"]]);
    expect(r.errors[0].message).toContain("C5");
  });

  it("missing-deadline (error) at the schedule cell", () => {
    const g = base();
    g[4][3] = null;
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["missing-deadline", 5, "D"]]);
    expect(r.errors[0].message).toContain("D5");
  });

  it("a date in the Hạn column replaces a missing schedule", () => {
    const g = base();
    g[4][3] = null;
    g[4][5] = "15/11/2025";
    expect(codes(validateAppendix(g, OPTS))).toEqual([]);
  });

  it("invalid-date (error) in the completion and due columns, including #N/A", () => {
    const g = base();
    g[4][6] = "31/02/2025";
    g[5][5] = "#N/A";
    g[7][6] = "xong rồi";
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([
      ["invalid-date", 5, "G"],
      ["invalid-date", 6, "F"],
      ["invalid-date", 8, "G"],
    ]);
    expect(r.errors[0].message).toContain("G5");
    expect(r.errors[0].message).toContain("không tồn tại");
  });

  it("invalid-date (error): status says done but no completion date", () => {
    const g = base().map((row, i) => (i === 2 ? [...row, "Tình trạng"] : i >= 3 ? [...row, null] : row));
    g[4][7] = "Đã hoàn thành";
    g[5][7] = "Đang thực hiện";
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["invalid-date", 5, "G"]]);
    expect(r.errors[0].message).toContain("H5");
    expect(r.errors[0].message).toContain("G5");
    g[4][6] = "12/05/2025";
    expect(codes(validateAppendix(g, OPTS))).toEqual([]);
  });

  it("completion-in-future (error): completed after the reporting date", () => {
    const g = base();
    g[4][6] = "15/10/2025";
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["completion-in-future", 5, "G"]]);
    expect(r.errors[0].message).toContain("15/10/2025");
    expect(r.errors[0].message).toContain("30/09/2025");
    // Without a reporting date there is nothing to compare with.
    expect(codes(validateAppendix(g, { planYear: 2025 }))).toEqual([]);
  });

  it("dates as Excel serials and Date objects are read", () => {
    const g = base();
    g[4][6] = 45839; // Excel serial of 2025-07-01
    g[5][6] = new Date(Date.UTC(2025, 5, 30));
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([]);
    expect(r.table!.tasks[0].completed).toBe(dayFromYMD(2025, 7, 1));
    expect(r.table!.tasks[1].completed).toBe(dayFromYMD(2025, 6, 30));
  });

  it("stt-sequence (warning): a gap", () => {
    const g = base();
    g[5][0] = 3;
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["stt-sequence", 6, "A"]]);
    expect(r.warnings[0].message).toContain('thiếu "2"');
    expect(r.valid).toBe(true);
  });

  it("stt-sequence: a section's numbering that neither restarts nor runs on is a gap", () => {
    // Changed by issue 10 §3: "3" here (running on from 1, 2 of section I) is a normal convention
    // now (test/core/appendix/numbering.test.ts); "4" is wrong under both conventions.
    const g = base();
    g[7][0] = 4;
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["stt-sequence", 8, "A"]]);
    expect(r.warnings[0].message).toContain("bắt đầu");
    const running = base();
    running[7][0] = 3;
    expect(codes(validateAppendix(running, OPTS))).toEqual([]);
  });

  it("stt-sequence: wrong order and a sub-task under the wrong parent", () => {
    const g = base();
    g.splice(6, 0, ["1.1", "Việc con", "Văn phòng thực hiện", "Quý III/2025", "Báo cáo", null, null]); // row 7 under task 2
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["stt-sequence", 7, "A"]]);
    expect(r.warnings[0].message).toContain('"2"');
    const g2 = base();
    g2[4][0] = 2;
    g2[5][0] = 1;
    expect(codes(validateAppendix(g2, OPTS))).toEqual([
      ["stt-sequence", 5, "A"],
      ["stt-sequence", 6, "A"],
    ]);
  });

  it("sub-tasks 2.1, 2.2 and 1.1.1 under their parents are fine", () => {
    const g = base();
    g.splice(6, 0, ["2.1", "Việc con 1", "Văn phòng thực hiện", "Quý III/2025", "Báo cáo", null, null]);
    g.splice(7, 0, ["2.1.1", "Việc con của việc con", "Văn phòng thực hiện", "Quý III/2025", "Báo cáo", null, null]);
    g.splice(8, 0, ["2.2", "Việc con 2", "Văn phòng thực hiện", "Quý IV/2025", "Báo cáo", null, null]);
    expect(codes(validateAppendix(g, OPTS))).toEqual([]);
  });

  it("Roman sections must run I, II, III", () => {
    const g = base();
    g[6][0] = "III";
    expect(codes(validateAppendix(g, OPTS))).toEqual([["stt-sequence", 7, "A"]]);
  });

  it("multiple-leads (warning) when several units and none marked chủ trì", () => {
    const g = base();
    g[4][2] = "Văn phòng, Ban Quản lý dự án hạ tầng thực hiện.";
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["multiple-leads", 5, "C"]]);
    expect(r.warnings[0].message).toContain("Ban Quản lý dự án hạ tầng");
    expect(r.tasks[0].lead).toBeNull();
  });

  it("a blanket assignment is not an error", () => {
    const g = base();
    g[4][2] = "Tất cả các phòng, đơn vị trực thuộc thực hiện.";
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([]);
    expect(r.tasks[0].lead).toBe("Tất cả các phòng, đơn vị trực thuộc");
    expect(r.table!.tasks[0].blanket).toBe(true);
  });

  it("unparsed-deadline (warning)", () => {
    const g = base();
    g[4][3] = "Tuần sau";
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["unparsed-deadline", 5, "D"]]);
    expect(r.warnings[0].message).toContain("Tuần sau");
  });

  it("deadline-outside-year (warning) for a 2023 schedule in a 2025 plan, and for a Hạn date", () => {
    const g = base();
    g[4][3] = "Quý I năm 2023";
    g[5][5] = "31/01/2026";
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([
      ["deadline-outside-year", 5, "D"],
      ["deadline-outside-year", 6, "F"],
    ]);
    expect(r.warnings[0].message).toContain("2025");
  });

  it("missing-output (warning)", () => {
    const g = base();
    g[7][4] = null;
    expect(codes(validateAppendix(g, OPTS))).toEqual([["missing-output", 8, "E"]]);
  });

  it("legacy-encoding (warning) with the Unicode fix, and the text is read converted", () => {
    const g = base();
    g[4][3] = "Trong n¨m 2025"; // TCVN3
    g[5][1] = "KiÓm tra v¨n b¶n"; // TCVN3 "Kiểm tra văn bản"
    g[7][1] = "Coâng khai thuû tuïc haønh chính"; // VNI
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([
      ["legacy-encoding", 5, "D"],
      ["legacy-encoding", 6, "B"],
      ["legacy-encoding", 8, "B"],
    ]);
    expect(r.warnings.map((w) => w.fix)).toEqual(["Trong năm 2025", "Kiểm tra văn bản", "Công khai thủ tục hành chính"]);
    expect(r.tasks[0].deadline).toEqual({ text: "Trong năm 2025", kind: "year", due: "2025-12-31" });
    expect(r.tasks[1].task).toBe("Kiểm tra văn bản");
  });

  it("legacy-encoding also flags NFD text", () => {
    const g = base();
    g[4][1] = "Rà soát văn bản".normalize("NFD");
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["legacy-encoding", 5, "B"]]);
    expect(r.warnings[0].fix).toBe("Rà soát văn bản".normalize("NFC"));
    expect(r.warnings[0].message).toContain("NFD");
  });

  it("unnumbered-row (warning): a task row with empty STT is counted and reported", () => {
    const g = base();
    g.splice(6, 0, [null, "Việc không đánh số", "Văn phòng thực hiện", "Trong năm 2025", "Báo cáo", null, null]);
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["unnumbered-row", 7, "A"]]);
    expect(r.stats.tasks).toBe(4);
    expect(r.tasks[2]).toMatchObject({ row: 7, stt: "" });
  });

  it("unnumbered-row: a continuation line (only text) is reported, not counted", () => {
    const g = base();
    g.splice(5, 0, [null, "(tiếp theo) và báo cáo kết quả", null, null, null, null, null]);
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["unnumbered-row", 6, "B"]]);
    expect(r.warnings[0].message).toContain("dòng 5");
    expect(r.stats.tasks).toBe(3);
  });

  it("external-deadline (info) names the body that sets the timing", () => {
    const g = base();
    g[4][3] = "Theo kế hoạch của Bộ Nội vụ";
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["external-deadline", 5, "D"]]);
    expect(r.infos[0].severity).toBe("info");
    expect(r.infos[0].message).toContain("Bộ Nội vụ");
  });

  it("blank-row (info): one finding per run of blank rows inside the table; trailing blanks ignored", () => {
    const g = base();
    g.splice(5, 0, [null, "", null], []);
    g.push([], [null, null]);
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([["blank-row", 6, null]]);
    expect(r.infos[0].message).toContain("6–7");
  });

  it("repeated-header (info): a pasted header and a row of column numbers are skipped", () => {
    const g = base();
    g.splice(3, 0, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]);
    g.splice(7, 0, [...HEADER]);
    const r = validateAppendix(g, OPTS);
    expect(codes(r)).toEqual([
      ["repeated-header", 4, null],
      ["repeated-header", 8, null],
    ]);
    expect(r.stats.tasks).toBe(3);
  });

  it("every message is Vietnamese NFC and names the cell", () => {
    const g = base();
    g[4][1] = null;
    g[4][2] = null;
    g[4][3] = null;
    g[4][4] = null;
    g[5][6] = "32/13/2025";
    const r = validateAppendix(g, OPTS);
    for (const f of [...r.errors, ...r.warnings]) {
      expect(f.message).toBe(f.message.normalize("NFC"));
      expect(f.message).toContain(`${f.column}${f.row}`);
      expect(f.message).toMatch(/Hãy/);
    }
  });
});

describe("validateAppendix: layouts and positions", () => {
  it("split columns: Cơ quan chủ trì + Cơ quan phối hợp", () => {
    const g: Row[] = [
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì (tham mưu triển khai)", "Cơ quan thực hiện, phối hợp", "Thời gian", "Sản phẩm"],
      ["I", "Cải cách thể chế"],
      ["1", "Rà soát văn bản", "Sở Tư pháp", "Các sở, ban, ngành; UBND cấp huyện", "Quý III/2025", "Báo cáo"],
      ["2", "Kiểm tra văn bản", null, "Văn phòng", "Năm 2025", "Báo cáo"],
      ["3", "Tuyên truyền", "Sở Nội vụ, Sở Tư pháp", null, "Năm 2025", "Tin bài"],
    ];
    const r = validateAppendix(g, { planYear: 2025 });
    expect(r.columns).toMatchObject({ stt: "A", task: "B", lead: "C", partners: "D", deadline: "E", output: "F" });
    expect(r.tasks[0]).toMatchObject({ lead: "Sở Tư pháp", partners: ["Các sở, ban, ngành", "UBND cấp huyện"] });
    expect(codes(r)).toEqual([
      ["missing-lead", 4, "C"],
      ["multiple-leads", 5, "C"],
    ]);
    expect(r.errors[0].message).toContain("chỉ ghi đơn vị phối hợp");
  });

  it("merged cells: a vertical merge of the responsibility and schedule cells is filled down", () => {
    const g = base();
    g[5][2] = null; // C6 part of C5:C6
    g[5][3] = null; // D6 part of D5:D6
    expect(codes(validateAppendix(g, OPTS))).toEqual([
      ["missing-lead", 6, "C"],
      ["missing-deadline", 6, "D"],
    ]);
    const merges = [
      { top: 5, left: 3, bottom: 6, right: 3 },
      { top: 5, left: 4, bottom: 6, right: 4 },
      { top: 4, left: 2, bottom: 4, right: 7 }, // heading across columns: not filled
      { top: 5, left: 1, bottom: 6, right: 1 }, // STT merge: never filled
    ];
    const r = validateAppendix(g, { ...OPTS, merges });
    expect(codes(r)).toEqual([]);
    expect(r.tasks[1]).toMatchObject({ row: 6, lead: "Văn phòng", deadline: { kind: "year", due: "2025-12-31" } });
    expect(g[5][2]).toBeNull(); // the caller's grid is not modified
  });

  it("a two-row header: 'Cơ quan thực hiện' above 'Chủ trì' | 'Phối hợp'", () => {
    const g: Row[] = [
      ["PHỤ LỤC"],
      ["STT", "Nhiệm vụ", "Cơ quan thực hiện", null, "Thời gian hoàn thành", "Sản phẩm"],
      [null, null, "Chủ trì", "Phối hợp", null, null],
      ["I", "Cải cách thể chế"],
      [1, "Rà soát", "Sở Tư pháp", "Các sở, ngành", "Quý II/2025", "Báo cáo"],
    ];
    const r = validateAppendix(g, { planYear: 2025 });
    expect(codes(r)).toEqual([]);
    expect(r.columns).toEqual({ stt: "A", task: "B", lead: "C", partners: "D", deadline: "E", output: "F" });
    expect(r.tasks[0]).toMatchObject({ row: 5, lead: "Sở Tư pháp", partners: ["Các sở, ngành"], deadline: { due: "2025-06-30" } });
  });

  it("firstRow / firstColumn shift the reported cells", () => {
    const g = base();
    g[4][2] = null;
    const r = validateAppendix(g, { ...OPTS, firstRow: 10, firstColumn: 3 });
    expect(codes(r)).toEqual([["missing-lead", 14, "E"]]);
    expect(r.errors[0].message).toContain("E14");
    expect(r.columns.stt).toBe("C");
  });

  it("header found below a title block of many rows; an unusable sheet gives a Vietnamese error", () => {
    const g: Row[] = [...Array.from({ length: 20 }, (_, i) => [`Dòng tiêu đề ${i + 1}`]), ...base().slice(2)];
    expect(validateAppendix(g, OPTS).stats.tasks).toBe(3);
    const none = validateAppendix([["Danh sách cán bộ"], ["Họ tên", "Chức vụ"], ["A", "B"]], OPTS);
    expect(none.valid).toBe(false);
    expect(none.error).toMatch(/^Không tìm thấy dòng tiêu đề/);
    expect(none.error).toContain("Nội dung công việc");
    expect(none.error).toContain("Tiến độ thực hiện");
    const late: Row[] = [...Array.from({ length: 31 }, () => ["x"]), ...base().slice(2)];
    expect(validateAppendix(late, OPTS).error).toContain("30 dòng đầu");
    expect(validateAppendix([], OPTS).error).toContain("trống");
  });

  it("header only: no tasks, no crash", () => {
    const r = validateAppendix([[...HEADER]], OPTS);
    expect(r.error).toBeUndefined();
    expect(r.stats.tasks).toBe(0);
    expect(r.valid).toBe(true);
  });

  it("a date typed as a real date in the schedule column is read as a date schedule", () => {
    const g = base();
    g[4][3] = new Date(Date.UTC(2025, 11, 5));
    const r = validateAppendix(g, OPTS);
    expect(r.tasks[0].deadline).toEqual({ text: "05/12/2025", kind: "date", due: "2025-12-05" });
  });
});
