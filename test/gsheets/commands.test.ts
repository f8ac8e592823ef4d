import { annualSummary, dayFromYMD, dossierStats, formII06aTable, validateAppendix } from "@cchc/core";
import { beforeEach, describe, expect, it } from "vitest";
import type { FakeSheet } from "./fakeSpreadsheetApp.js";
import { loadScript, type Loaded } from "./loadScript.js";
import { example607, vnDate } from "./sheetData.js";

const SETTINGS = "CCHC – Cài đặt";
let s: Loaded;

beforeEach(() => {
  s = loadScript();
});

function saveSettings(planYear: number | null, asOf: string | null, extraDaysOff: { date: string; reason: string }[] = []) {
  const r = s.g.sidebarLuuCaiDat({ planYear, asOf, extraDaysOff, extraWorkingDays: [] }) as { ok: boolean; problems: string[] };
  expect(r.problems).toEqual([]);
  expect(r.ok).toBe(true);
}

function dataSheet(values: unknown[][], name = "Phụ lục"): FakeSheet {
  const sheet = s.ss.sheets[0];
  sheet.name = name;
  sheet.load(values);
  s.ss.active = sheet;
  return sheet;
}

/** Cell reads and writes of one command. */
function counts() {
  return { reads: { ...s.log.reads }, writes: { ...s.log.writes }, valueReadsBySheet: { ...s.log.valueReadsBySheet }, totalReads: s.log.totalReads(), totalWrites: s.log.totalWrites() };
}

describe("onOpen / onInstall", () => {
  it("builds the add-on menu with the eight commands and touches no cell", () => {
    s.g.onOpen({ authMode: "NONE" });
    expect(s.ui.menus).toHaveLength(1);
    expect(s.ui.menus[0].items.map((i) => i.label)).toEqual([
      "Chèn mẫu phụ lục",
      "Kiểm tra phụ lục",
      "Kiểm tra khi nhập (bật/tắt)",
      "Tổng hợp năm",
      "Tạo sổ theo dõi",
      "Tổng hợp nhiều đơn vị",
      "Thống kê hồ sơ",
      "---",
      "Chèn mẫu tự chấm điểm",
      "Chấm điểm CCHC",
      "---",
      "Xóa đánh dấu",
      "Cài đặt",
    ]);
    for (const item of s.ui.menus[0].items.filter((i) => i.fn)) expect(typeof s.g[item.fn], item.fn).toBe("function");
    s.g.onInstall({ authMode: "NONE" });
    expect(s.ui.menus).toHaveLength(2);
    expect(s.log.totalReads() + s.log.totalWrites()).toBe(0);
    expect(s.log.other).toEqual({}); // not even the spreadsheet is opened: works in AuthMode.NONE
  });
});

describe("formats before values", () => {
  it("every sheet we write gets its number formats (plain text for text columns) before its values", () => {
    saveSettings(2025, "2025-09-30");
    dataSheet(example607());
    s.g.menuKiemTraPhuLuc();
    s.ss.active = s.ss.sheets[0];
    s.g.menuTongHopNam();
    s.g.menuChenMauPhuLuc();
    const seq = s.log.sequence;
    const sheets = new Set(seq.filter((x) => x.startsWith("setValues@")).map((x) => x.slice("setValues@".length)));
    expect(sheets.size).toBeGreaterThanOrEqual(4);
    for (const name of sheets) {
      const first = seq.indexOf(`setValues@${name}`);
      expect(seq.indexOf(`setNumberFormats@${name}`), name).toBeGreaterThanOrEqual(0);
      expect(seq.indexOf(`setNumberFormats@${name}`), name).toBeLessThan(first);
    }
  });
});

describe("unexpected failures", () => {
  it("reach the user as a Vietnamese message, not an Apps Script error", () => {
    s.ss.insertSheet = () => {
      throw new Error("Service Spreadsheets failed while accessing document");
    };
    const logged: string[] = [];
    (s.g as unknown as { console: unknown }).console = { error: (...m: unknown[]) => void logged.push(String(m[0])) };
    expect(() => s.g.menuChenMauPhuLuc()).not.toThrow();
    expect(logged).toEqual(["Chèn mẫu phụ lục: Service Spreadsheets failed while accessing document"]);
    expect(s.ui.alerts.at(-1)).toMatch(/^Chèn mẫu phụ lục\nKhông thực hiện được lệnh "Chèn mẫu phụ lục": Service Spreadsheets failed/);
  });
});

describe("Cài đặt", () => {
  it("opens the sidebar from dist/Sidebar.html", () => {
    s.g.menuCaiDat();
    expect(s.ui.sidebars).toHaveLength(1);
    expect(s.ui.sidebars[0].title).toBe("Cài đặt CCHC");
    expect(s.ui.sidebars[0].content).toContain("Ngày báo cáo");
  });

  it("saves ISO dates into a visible settings sheet with named ranges, and reads them back as ISO", () => {
    s.log.reset();
    saveSettings(2025, "2025-09-30", [{ date: "2025-03-04", reason: "Nghỉ theo quyết định của đơn vị" }]);
    const c = counts();
    expect(c.totalReads).toBe(0);
    expect(c.totalWrites).toBeLessThanOrEqual(5);
    const sheet = s.ss.sheet(SETTINGS)!;
    // core's one layout (the same as Excel's): B3 year, B4 reporting date, lists from row 9
    expect(sheet.values.get(2, 0)).toBe("Năm kế hoạch");
    expect(sheet.values.get(2, 1)).toBe(2025);
    expect(sheet.values.get(3, 1)).toBe(dayFromYMD(2025, 9, 30) + 25569);
    expect(sheet.formats.get(3, 1)).toBe("dd/mm/yyyy");
    expect(sheet.values.get(4, 1)).toBe("Không");
    expect(sheet.values.get(8, 0)).toBe(dayFromYMD(2025, 3, 4) + 25569);
    expect(sheet.values.get(8, 1)).toBe("Nghỉ theo quyết định của đơn vị");
    expect(s.ss.namedRanges).toEqual({
      CCHC_NamKeHoach: `${SETTINGS}!B3`,
      CCHC_NgayBaoCao: `${SETTINGS}!B4`,
      CCHC_NgayVanHoa: `${SETTINGS}!B5`,
      CCHC_NgayNghiThem: `${SETTINGS}!A9:A408`,
      CCHC_NgayLamBu: `${SETTINGS}!C9:C408`,
      CCHC_DonVi: `${SETTINGS}!E9:E408`,
    });
    // As Sheets would hand the cells back: serials become Dates at midnight in the spreadsheet's zone.
    sheet.values.set(3, 1, vnDate(2025, 9, 30));
    sheet.values.set(8, 0, vnDate(2025, 3, 4));
    s.log.reset();
    const dto = s.g.sidebarLayCaiDat() as Record<string, unknown>;
    expect(dto).toEqual({
      planYear: 2025,
      asOf: "2025-09-30",
      ngayVanHoa: false,
      extraDaysOff: [{ date: "2025-03-04", reason: "Nghỉ theo quyết định của đơn vị" }],
      extraWorkingDays: [],
      problems: [],
      notices: [],
      sheetExists: true,
      dossierPeriod: { from: "2025-01-01", to: "2025-09-30" }, // prefilled in the sidebar's "Thống kê hồ sơ"
    });
    expect(s.log.reads).toEqual({ getValues: 1 });
  });

  it("refuses bad input with Vietnamese problems and writes nothing", () => {
    const r = s.g.sidebarLuuCaiDat({ planYear: 25, asOf: "2025-02-30", extraDaysOff: [{ date: "hôm qua", reason: "" }] }) as { ok: boolean; problems: string[] };
    expect(r.ok).toBe(false);
    expect(r.problems.join("\n")).toMatch(/Năm kế hoạch "25"/);
    expect(r.problems.join("\n")).toMatch(/Ngày báo cáo: Ngày "30\/02\/2025" không tồn tại/);
    expect(r.problems.join("\n")).toMatch(/Ngày nghỉ thêm, dòng 1/);
    expect(s.log.totalWrites()).toBe(0);
    expect(s.ss.sheet(SETTINGS)).toBeUndefined();
  });
});

describe("Cài đặt: the department's unit list (column E)", () => {
  it("is kept when the sidebar (which does not edit it) saves, and read back", () => {
    saveSettings(2025, "2025-09-30");
    const sheet = s.ss.sheet(SETTINGS)!;
    expect(sheet.values.get(7, 4)).toBe("Đơn vị của cơ quan");
    sheet.getRange(9, 5, 2, 1).setValues([["Văn phòng"], ["Thanh tra"]]);
    saveSettings(2026, null);
    expect([sheet.values.get(8, 4), sheet.values.get(9, 4)]).toEqual(["Văn phòng", "Thanh tra"]);
    expect(sheet.values.get(2, 1)).toBe(2026);
  });
  it("a sheet from before column E with the user's text in E1:E8 is not saved over; the cell is named", () => {
    saveSettings(2025, "2025-09-30");
    const sheet = s.ss.sheet(SETTINGS)!;
    sheet.getRange(8, 5).setValues([[""]]);
    sheet.getRange(2, 5).setValues([["Hỏi lại Sở Nội vụ"]]);
    const r = s.g.sidebarLuuCaiDat({ planYear: 2026, asOf: null, extraDaysOff: [], extraWorkingDays: [] }) as { ok: boolean; problems: string[] };
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatch(/ô E2 "Hỏi lại Sở Nội vụ" sẽ bị ghi đè khi lưu cài đặt nên chưa lưu/);
    expect(sheet.values.get(2, 1)).toBe(2025);
    expect(sheet.values.get(1, 4)).toBe("Hỏi lại Sở Nội vụ");
  });
});

describe("Chèn mẫu phụ lục", () => {
  it("adds a new sheet with core's template (never replacing a sheet) that validates without errors", () => {
    saveSettings(2025, null);
    s.log.reset();
    s.g.menuChenMauPhuLuc();
    const c = counts();
    expect(c.totalWrites).toBeLessThanOrEqual(5);
    expect(c.totalReads).toBeLessThanOrEqual(1);
    const sheet = s.ss.sheet("Phụ lục 2025")!;
    expect(sheet).toBeDefined();
    const grid = sheet.dump();
    expect(grid[1][0]).toBe("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025");
    expect(grid[4].slice(0, 5)).toEqual(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ thực hiện"]);
    expect(sheet.formats.get(5, 0)).toBe("@"); // STT as text: "2.1" stays "2.1"
    expect(sheet.formats.get(5, 6)).toBe("dd/mm/yyyy");
    const byCell = new Map(sheet.validations.map((v) => [v.a1, v.rule]));
    expect(byCell.get("I6")?.kind).toBe("list"); // Tình trạng
    expect(byCell.get("I6")?.values).toContain("Đã hoàn thành");
    expect(byCell.get("G6")?.kind).toBe("date"); // Hạn
    expect(byCell.get("H73")?.kind).toBe("date"); // Ngày hoàn thành, last blank row
    expect(byCell.get("H6")?.allowInvalid).toBe(true);
    expect(byCell.has("B6")).toBe(false);
    // Cơ quan chủ trì: the settings sheet lists no units yet, so the sample rows' units; flagged, not refused
    expect(byCell.get("C6")).toMatchObject({ kind: "list", values: ["Văn phòng", "Các phòng chuyên môn giải quyết TTHC", "Văn phòng (Bộ phận Kế toán)"], allowInvalid: true });
    expect(sheet.frozenRows).toBe(5);
    const report = validateAppendix(grid, { planYear: 2025 });
    expect(report.errors).toEqual([]);
    s.g.menuChenMauPhuLuc();
    expect(s.ss.sheet("Phụ lục 2025 (2)")).toBeDefined();
  });
});

describe("Chèn mẫu phụ lục with the department's units", () => {
  it("takes the lead-unit list from the settings sheet's unit column (E9:E408) when units are listed there", () => {
    saveSettings(2025, null);
    s.ss.sheet(SETTINGS)!.getRange(9, 5, 1, 1).setValues([["Thanh tra"]]);
    s.g.menuChenMauPhuLuc();
    const sheet = s.ss.sheet("Phụ lục 2025")!;
    const lead = sheet.validations.find((v) => v.a1 === "C6" || v.a1.startsWith("C6:"))!;
    expect(lead.rule).toMatchObject({ kind: "range", values: [`${SETTINGS}!E9:E408`], allowInvalid: true });
    expect(lead.rule.helpText).toContain("Đơn vị của cơ quan");
  });
});

describe("Kiểm tra phụ lục and Xóa đánh dấu on the Kế hoạch 607 example", () => {
  it("marks findings with notes and highlights, never changing values, backgrounds or the user's own note and rules; then removes exactly that", () => {
    saveSettings(2025, "2025-09-30");
    const values = example607();
    const sheet = dataSheet(values);
    sheet.notes.set(9, 2, "Ghi chú của người dùng"); // C10
    sheet.backgrounds.set(9, 2, "#00ff00");
    sheet.rules.push({ data: { formula: "=$H2<>\"\"", background: "#cfe2f3", ranges: ["H2:H97"] }, getBooleanCondition: () => ({ getCriteriaValues: () => ['=$H2<>""'] }) } as never);
    const before = JSON.stringify(sheet.dump());
    s.ss.active = sheet;
    s.log.reset();
    s.g.menuKiemTraPhuLuc();
    const c = counts();
    expect(c.valueReadsBySheet).toEqual({ "Phụ lục": 1, [SETTINGS]: 1 });
    expect(c.reads).toEqual({ getValues: 2, getMergedRanges: 1, getNotes: 1 });
    expect(c.totalWrites).toBeLessThanOrEqual(5);
    expect(JSON.stringify(sheet.dump())).toBe(before);
    expect(sheet.backgrounds.get(9, 2)).toBe("#00ff00");

    // 18 warnings (multiple-leads, unnumbered rows 69 and 70), no errors
    const note = sheet.notes.get(9, 2);
    expect(note).toMatch(/^\[CCHC – Kiểm tra phụ lục\]\n• Cảnh báo \([a-z-]+\): /);
    expect(note).toContain("— Ghi chú trước đó —\nGhi chú của người dùng");
    expect(sheet.notes.get(68, 0)).toMatch(/Cảnh báo \(unnumbered-row\): /); // A69
    expect(sheet.notes.get(69, 0)).toMatch(/Cảnh báo \(unnumbered-row\): /); // A70
    const rules = sheet.ruleData();
    expect(rules).toHaveLength(2);
    expect(rules[0].formula).toBe('=N("CCHC-KIEMTRA-CANHBAO")=0');
    expect(rules[0].ranges).toContain("A69:A70");
    expect(rules[0].ranges).toContain("C10");
    expect(rules[1].formula).toBe('=$H2<>""');

    const report = s.ss.sheet("Kết quả kiểm tra")!;
    const grid = report.dump();
    const found = grid.filter((r) => r[0] === "Cảnh báo");
    expect(found).toHaveLength(18);
    // the "Ô" column links back to the cell on the checked sheet
    expect(found.map((r) => r[2])).toContain(`=HYPERLINK("#gid=${sheet.id}&range=A69","A69")`);
    const linkRow = grid.findIndex((r) => r[2] === `=HYPERLINK("#gid=${sheet.id}&range=C10","C10")`);
    expect(report.formats.get(linkRow, 2)).toBe("General");
    expect(s.ui.alerts.at(-1)).toMatch(/74 nhiệm vụ, 0 lỗi, 18 cảnh báo/);
    expect(s.ss.active).toBe(sheet);

    // Run again: marks replaced, not stacked; the user's note still kept once.
    s.g.menuKiemTraPhuLuc();
    expect(sheet.notes.get(9, 2).match(/Ghi chú của người dùng/g)).toHaveLength(1);
    expect(sheet.ruleData()).toHaveLength(2);
    expect(s.ss.sheet("Kết quả kiểm tra (2)")).toBeDefined();

    s.log.reset();
    s.g.menuXoaDanhDau();
    const cc = counts();
    expect(cc.reads).toEqual({ getNotes: 1 });
    expect(cc.writes).toEqual({ setNotes: 1 });
    expect(sheet.notes.get(9, 2)).toBe("Ghi chú của người dùng");
    expect(sheet.notes.get(68, 0)).toBe("");
    expect(sheet.ruleData().map((r) => r.formula)).toEqual(['=$H2<>""']);
    expect(JSON.stringify(sheet.dump())).toBe(before);
    expect(s.ui.alerts.at(-1)).toMatch(/18 ghi chú của CCHC/);

    s.g.menuXoaDanhDau();
    expect(s.ui.alerts.at(-1)).toMatch(/không có đánh dấu nào/);
  });

  it("removes the marks exactly even after the user inserted a row above them", () => {
    saveSettings(2025, "2025-09-30");
    const sheet = dataSheet(example607());
    sheet.notes.set(9, 2, "Ghi chú của người dùng"); // C10
    s.g.menuKiemTraPhuLuc();
    s.ss.active = sheet;
    sheet.userInsertsRowBefore(3);
    expect(sheet.notes.get(10, 2)).toMatch(/^\[CCHC/); // now C11
    s.g.menuXoaDanhDau();
    expect(sheet.notes.get(10, 2)).toBe("Ghi chú của người dùng");
    const left = sheet.notes.rows.flat().filter((n) => typeof n === "string" && n.startsWith("[CCHC"));
    expect(left).toEqual([]);
    expect(sheet.ruleData()).toEqual([]);
  });

  it("does not check its own report sheets or the settings sheet", () => {
    saveSettings(2025, "2025-09-30");
    dataSheet(example607());
    s.g.menuKiemTraPhuLuc();
    s.ss.active = s.ss.sheet("Kết quả kiểm tra")!;
    const sheets = s.ss.sheets.length;
    s.g.menuKiemTraPhuLuc();
    expect(s.ui.alerts.at(-1)).toMatch(/Trang "Kết quả kiểm tra" là kết quả do CCHC tạo ra\. Hãy mở trang phụ lục cần kiểm tra/);
    s.ss.active = s.ss.sheet(SETTINGS)!;
    s.g.menuTongHopNam();
    expect(s.ui.alerts.at(-1)).toMatch(/Đây là trang cài đặt/);
    expect(s.ss.sheets.length).toBe(sheets);
  });

  it("explains in Vietnamese when the sheet is not an appendix, and writes nothing", () => {
    dataSheet([["Họ tên", "Tuổi"], ["An", 30]], "Danh sách");
    s.log.reset();
    s.g.menuKiemTraPhuLuc();
    expect(s.log.totalWrites()).toBe(0);
    expect(s.ui.alerts.at(-1)).toMatch(/Trang "Danh sách": Không tìm thấy/);
  });
});

describe("merged cells (a unit or schedule merged over several tasks)", () => {
  const rows = [
    ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"],
    ["I", "Công tác chỉ đạo, điều hành CCHC", "", "", ""],
    ["1", "Xây dựng kế hoạch CCHC năm 2025", "Văn phòng chủ trì", "Quý I/2025", "Kế hoạch"],
    ["2", "Báo cáo CCHC quý", "", "", "Báo cáo"],
    ["3", "Kiểm tra CCHC", "", "", "Báo cáo"],
    ["4", "Tuyên truyền CCHC", "Phòng Văn hóa chủ trì", "Trong năm 2025", "Tin bài"],
  ];

  it("Kiểm tra phụ lục: every task under a merged unit has its lead (no missing-lead), as in Excel", () => {
    saveSettings(2025, "2025-09-30");
    const sheet = dataSheet(rows);
    sheet.merge("C3:C5");
    sheet.merge("D3:D5");
    s.g.menuKiemTraPhuLuc();
    expect(s.ui.alerts.at(-1)).toMatch(/4 nhiệm vụ, 0 lỗi/);
    const expected = validateAppendix(rows, { planYear: 2025, merges: [{ top: 3, left: 3, bottom: 5, right: 3 }, { top: 3, left: 4, bottom: 5, right: 4 }] });
    expect(expected.errors).toEqual([]);
    expect(expected.tasks.map((t) => t.lead)).toEqual(["Văn phòng", "Văn phòng", "Văn phòng", "Phòng Văn hóa"]);
  });

  it("Tổng hợp năm: the merged schedule gives each task its due date (3 tasks due 31/03/2025)", () => {
    saveSettings(2025, "2025-09-30");
    const sheet = dataSheet(rows);
    sheet.merge("C3:C5");
    sheet.merge("D3:D5");
    s.g.menuTongHopNam();
    const grid = s.ss.sheet("Tổng hợp 2025")!.dump();
    const row = (label: string) => grid.find((r) => r[0] === label);
    expect(row("Tổng số nhiệm vụ")?.[1]).toBe(4);
    // No tracking column (issue 10 §1): due dates only, nothing called overdue.
    expect(row("Có hạn trước ngày báo cáo")?.[1]).toBe(3); // Quý I/2025, 3 tasks under the merged schedule
    expect(row("Có hạn từ ngày báo cáo trở đi")?.[1]).toBe(1);
    expect(row("Quá hạn")).toBeUndefined();
  });
});

describe("Tổng hợp năm", () => {
  it("asks for the settings first", () => {
    dataSheet(example607());
    s.g.menuTongHopNam();
    expect(s.ui.alerts.at(-1)).toMatch(/Chưa có "Ngày báo cáo"/);
    expect(s.ss.sheets).toHaveLength(1);
  });

  it("writes the summary sheet with core's figures and a native stacked bar chart", () => {
    saveSettings(2025, "2025-09-30");
    const sheet = dataSheet(example607());
    const before = JSON.stringify(sheet.dump());
    s.ss.active = sheet;
    s.log.reset();
    s.g.menuTongHopNam();
    const c = counts();
    expect(c.valueReadsBySheet).toEqual({ "Phụ lục": 1, [SETTINGS]: 1 });
    expect(c.reads).toEqual({ getValues: 2, getMergedRanges: 1 });
    expect(c.totalWrites).toBeLessThanOrEqual(5);
    expect(JSON.stringify(sheet.dump())).toBe(before);
    const out = s.ss.sheet("Tổng hợp 2025")!;
    const grid = out.dump();
    const expected = annualSummary(example607(), { planYear: 2025, asOf: dayFromYMD(2025, 9, 30) });
    expect(expected.totals.tasks).toBe(74);
    const row = (label: string) => grid.find((r) => r[0] === label);
    expect(row("Tổng số nhiệm vụ")?.[1]).toBe(74);
    expect(row("Hoàn thành trước hạn")?.[1]).toBe(expected.totals.doneEarly);
    expect(row("Quá hạn")?.[1]).toBe(expected.totals.overdue);
    expect(grid[1][0]).toMatch(/Tính đến ngày 30\/09\/2025: 74 nhiệm vụ, tỷ lệ trễ hạn 7,94%/);
    // overdue tasks: their row number links back to the task
    const overdueRows = grid.filter((r) => typeof r[0] === "string" && r[0].startsWith("=HYPERLINK("));
    expect(overdueRows.length).toBe(expected.overdueTasks.length + expected.upcoming.length);
    expect(overdueRows[0][0]).toBe(`=HYPERLINK("#gid=${sheet.id}&range=A${expected.overdueTasks[0].row}","${expected.overdueTasks[0].row}")`);
    expect(out.charts).toHaveLength(1);
    const chart = out.charts[0];
    expect(chart.type).toBe("BAR");
    expect(chart.options.isStacked).toBe(true);
    expect(chart.ranges).toHaveLength(7); // categories + 6 statuses
    expect(chart.ranges[0]).toMatch(/^Tổng hợp 2025!C\d+:C\d+$/);
    // overdue dates are real dates (serials) formatted dd/mm/yyyy
    const dateCells = grid.flatMap((r, i) => r.map((v, j) => [v, out.formats.get(i, j)] as const)).filter(([, f]) => f === "dd/mm/yyyy");
    expect(dateCells.length).toBeGreaterThan(0);
    expect(dateCells.every(([v]) => v === "" || typeof v === "number")).toBe(true);
  });
});

describe("Thống kê hồ sơ", () => {
  it("turns a pasted one-stop export into the II.06a table and KL 91 flags on a new sheet", () => {
    saveSettings(2025, "2025-06-30");
    const header = ["Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái", "Hình thức nộp"];
    const rows: unknown[][] = [header];
    for (let i = 0; i < 40; i++) {
      const unit = i % 2 === 0 ? "Phòng Quản lý đầu tư" : "Văn phòng";
      const received = vnDate(2025, 3, 3 + (i % 20));
      const due = vnDate(2025, 3, 10 + (i % 20));
      const late = i % 2 === 1 && i % 4 === 1; // some late in Văn phòng
      const ended = i % 10 === 9 ? "" : vnDate(2025, 3, 10 + (i % 20) + (late ? 2 : 0));
      rows.push([`HS-${i}`, unit, received, due, ended, ended ? "Đã trả kết quả" : "Đang xử lý", i % 3 === 0 ? "Trực tuyến" : "Trực tiếp"]);
    }
    const sheet = dataSheet(rows, "Xuất một cửa");
    s.log.reset();
    s.g.menuThongKeHoSo();
    const c = counts();
    expect(c.valueReadsBySheet["Xuất một cửa"]).toBe(1);
    expect(c.totalWrites).toBeLessThanOrEqual(5);
    expect(c.reads).toEqual({ getValues: 2 }); // the export + the settings block
    const said = s.ui.alerts.at(-1)!;
    expect(said).toMatch(/40 hồ sơ đọc được, 2 đơn vị/);
    // the quick default says which period and grouping it used, and where to choose others
    expect(said).toContain('Đã tạo trang "Thống kê hồ sơ" từ trang "Xuất một cửa": kỳ 01/01/2025 – 30/06/2025, theo đơn vị.');
    expect(said).toContain('mở CCHC › Cài đặt, mục "Thống kê hồ sơ"');
    const out = s.ss.sheet("Thống kê hồ sơ")!;
    const grid = out.dump();
    const total = grid.find((r) => r[1] === "Tổng cộng")!;
    expect(total[2]).toBe(40); // Tiếp nhận – Tổng số
    // the same figures as core on the same cells (Dates as core reads them)
    const coreCells = rows.map((r) => r.map((v) => (v instanceof Date ? new Date(v.getTime() + 7 * 3_600_000) : v)));
    const core = dossierStats(coreCells, { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 6, 30), by: "unit" });
    if (!core.ok) throw new Error(core.message);
    const t = formII06aTable(core.result);
    expect(total.slice(2, 13)).toEqual(t.total.figures.map((f) => f ?? ""));
    expect(total[13]).toBe(t.total.lateRate);
    for (const r of t.rows) expect(grid.find((g) => g[1] === r.name)?.slice(2, 13)).toEqual(r.figures.map((f) => f ?? ""));
    expect(Number(total[6]) + Number(total[10])).toBe(40); // resolved + pending
    // block 2 (core's Kết luận 91 block): STT, Đơn vị, tổng số, trễ hạn, tỷ lệ, không đạt, kết luận
    const kl91 = grid.filter((r) => r[1] === "Văn phòng").at(-1)!;
    expect(kl91[5]).toMatch(/^(x|)$/);
    expect(String(kl91[6])).toContain("Kết luận 91-KL/TU");
    // the signature block of an official report under the tables (from the spec's print settings)
    const signers = grid.findIndex((r) => r[0] === "NGƯỜI LẬP BIỂU");
    expect(signers).toBeGreaterThan(grid.indexOf(kl91));
    expect(grid[signers]).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    expect(grid[signers - 1]).toContain("……………, ngày …… tháng …… năm ………");
    expect(sheet.dump()[0]).toEqual(header);
  });
});

describe("Thống kê hồ sơ from the menu without settings", () => {
  it("asks for the plan year or another period, and writes nothing", () => {
    dataSheet([["Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả"], ["HS-1", "Văn phòng", "03/03/2025", "10/03/2025"]], "Một cửa");
    s.g.menuThongKeHoSo();
    expect(s.ui.alerts.at(-1)).toBe(
      'Thống kê hồ sơ\nChưa có "Năm kế hoạch" hoặc "Ngày báo cáo" trên trang "CCHC – Cài đặt".\n\nHãy mở CCHC › Cài đặt, nhập rồi bấm Lưu; hoặc chọn kỳ ngay ở mục "Thống kê hồ sơ" cuối thanh bên đó.',
    );
    expect(s.log.totalWrites()).toBe(0);
    expect(s.ss.sheets).toHaveLength(1);
  });
});

describe("Thống kê hồ sơ from the sidebar (sidebarThongKeHoSo)", () => {
  type Reply = { ok: boolean; message: string; problems: string[] };
  const HEADER = ["Mã hồ sơ", "Đơn vị", "Cán bộ xử lý", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái", "Hình thức nộp"];
  const AN = "Nguyễn Văn An";
  const BINH = "Trần Thị Bình";
  /**
   * Nine dossiers around March 2025, dates as Sheets hands them (Dates) and as text. For the
   * period 01/03–31/03: resolved 5 (early HS-1, HS-6; on time HS-2, HS-9; late HS-3), pending 2
   * (overdue HS-4, within HS-5); HS-6 carried over; HS-7 after and HS-8 before the period.
   * Late rate (1 + 1) ÷ (5 + 2) = 2/7; An 1/3 (HS-3 of 3), Bình 1/4 (HS-4 of 4).
   */
  function march(): unknown[][] {
    const row = (id: string, staff: string, received: Date, due: string, ended: string, online = false) => [
      id,
      "Bộ phận một cửa",
      staff,
      received,
      due,
      ended,
      ended ? "Đã trả kết quả" : "Đang xử lý",
      online ? "Trực tuyến" : "Trực tiếp",
    ];
    return [
      HEADER,
      row("HS-1", AN, vnDate(2025, 3, 3), "10/03/2025", "07/03/2025", true),
      row("HS-2", AN, vnDate(2025, 3, 4), "11/03/2025", "11/03/2025"),
      row("HS-3", AN, vnDate(2025, 3, 5), "12/03/2025", "14/03/2025", true),
      row("HS-4", BINH, vnDate(2025, 3, 6), "13/03/2025", ""),
      row("HS-5", BINH, vnDate(2025, 3, 20), "04/04/2025", ""),
      row("HS-6", BINH, vnDate(2025, 2, 20), "05/03/2025", "04/03/2025"),
      row("HS-7", BINH, vnDate(2025, 4, 5), "15/04/2025", ""),
      row("HS-8", AN, vnDate(2025, 1, 10), "20/01/2025", "20/01/2025"),
      row("HS-9", BINH, vnDate(2025, 3, 24), "31/03/2025", "31/03/2025"),
    ];
  }
  const coreCells = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v instanceof Date ? new Date(v.getTime() + 7 * 3_600_000) : v)));

  it("runs the active sheet with the chosen period, by staff: core's figures, 2 reads, ≤ 5 writes, the source untouched", () => {
    saveSettings(2025, "2025-09-30", [{ date: "2025-03-04", reason: "Nghỉ theo quyết định của đơn vị" }]);
    const rows = march();
    const sheet = dataSheet(rows, "Một cửa tháng 3");
    const before = JSON.stringify(sheet.dump());
    s.log.reset();
    const r = s.g.sidebarThongKeHoSo({ from: "2025-03-01", to: "2025-03-31", by: "staff" }) as Reply;
    const c = counts();
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(c.valueReadsBySheet).toEqual({ "Một cửa tháng 3": 1, [SETTINGS]: 1 });
    expect(c.reads).toEqual({ getValues: 2 });
    expect(c.writes).toEqual({ setNumberFormats: 1, setValues: 1, setFontWeights: 1, setBackgrounds: 1 });
    expect(JSON.stringify(sheet.dump())).toBe(before);
    expect(r.message).toContain('Đã tạo trang "Thống kê hồ sơ" từ trang "Một cửa tháng 3": kỳ 01/03/2025 – 31/03/2025, theo cán bộ xử lý.');
    expect(r.message).toContain("9 hồ sơ đọc được, 2 cán bộ; tỷ lệ trễ hạn 28,57% = 2 ÷ 7;");
    expect(r.message).toContain('2 cán bộ không đủ điều kiện xếp loại "Hoàn thành tốt nhiệm vụ"');

    const out = s.ss.sheet("Thống kê hồ sơ")!;
    expect(s.ss.active).toBe(out);
    const grid = out.dump();
    expect(grid[0][0]).toMatch(/THEO CÁN BỘ XỬ LÝ$/);
    expect(grid[1][0]).toBe('Kỳ báo cáo: từ 01/03/2025 đến 31/03/2025 · Nguồn: trang "Một cửa tháng 3", 9 hồ sơ đã đọc');
    // the same figures as core on the same cells, with the same period, grouping and calendar
    const core = dossierStats(coreCells(rows), {
      from: dayFromYMD(2025, 3, 1),
      to: dayFromYMD(2025, 3, 31),
      by: "staff",
      calendar: { extraDaysOff: [dayFromYMD(2025, 3, 4)] },
    });
    if (!core.ok) throw new Error(core.message);
    const t = formII06aTable(core.result);
    // by staff the sheet is headed "Cán bộ" with the staff member's "Đơn vị" beside it (column 3)
    const head = grid.find((g) => g[0] === "STT" && g[1] === "Cán bộ")!;
    expect(head[2]).toBe("Đơn vị");
    const total = grid.find((g) => g[1] === "Tổng cộng")!;
    expect(total.slice(3, 14)).toEqual(t.total.figures.map((f) => f ?? ""));
    expect(total[14]).toBe(t.total.lateRate);
    expect(t.rows.map((x) => x.name).sort()).toEqual([AN, BINH]);
    for (const x of t.rows) {
      const line = grid.find((g) => g[1] === x.name)!;
      expect(line[2]).toBe("Bộ phận một cửa");
      expect(line.slice(3, 15)).toEqual([...x.figures.map((f) => f ?? ""), x.lateRate]);
    }
    // and the hand count above: resolved 5 (2 early, 2 on time, 1 late), pending 2 (1 within, 1 overdue)
    expect(total.slice(7, 14)).toEqual([5, 2, 2, 1, 2, 1, 1]);
    expect(total[14]).toBeCloseTo(2 / 7, 12);
    expect(grid.find((g) => g[1] === AN)?.[14]).toBeCloseTo(1 / 3, 12);
    expect(grid.find((g) => g[1] === BINH)?.[14]).toBeCloseTo(1 / 4, 12);
    // block 2: STT, Cán bộ, Đơn vị, tổng số, trễ hạn, tỷ lệ, không đạt, kết luận
    const flags = grid.filter((g) => g[1] === AN).at(-1)!;
    expect(flags.slice(3, 7)).toEqual([3, 1, 1 / 3, "x"]); // 33 % ≥ 5 % (staff threshold from 2025)
  });

  it("by unit over another period gives other figures than the menu's default, each as core computes them", () => {
    saveSettings(2025, "2025-03-15");
    const rows = march();
    dataSheet(rows, "Một cửa");
    const r = s.g.sidebarThongKeHoSo({ from: "2025-03-16", to: "2025-04-30", by: "unit" }) as Reply;
    expect(r.ok).toBe(true);
    expect(r.message).toContain("kỳ 16/03/2025 – 30/04/2025, theo đơn vị.");
    const core = dossierStats(coreCells(rows), { from: dayFromYMD(2025, 3, 16), to: dayFromYMD(2025, 4, 30), by: "unit" });
    if (!core.ok) throw new Error(core.message);
    const grid = s.ss.sheet("Thống kê hồ sơ")!.dump();
    expect(grid.find((g) => g[1] === "Tổng cộng")!.slice(2, 13)).toEqual(formII06aTable(core.result).total.figures.map((f) => f ?? ""));
    expect(grid.find((g) => g[1] === "Bộ phận một cửa")).toBeDefined();

    s.ss.active = s.ss.sheet("Một cửa")!;
    s.g.menuThongKeHoSo(); // the menu's quick default: 01/01/2025 – 15/03/2025, by unit, on a sheet "(2)"
    expect(s.ui.alerts.at(-1)).toContain('Đã tạo trang "Thống kê hồ sơ (2)" từ trang "Một cửa": kỳ 01/01/2025 – 15/03/2025, theo đơn vị.');
    const menuCore = dossierStats(coreCells(rows), { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 3, 15), by: "unit" });
    if (!menuCore.ok) throw new Error(menuCore.message);
    const menuTotal = s.ss.sheet("Thống kê hồ sơ (2)")!.dump().find((g) => g[1] === "Tổng cộng")!;
    expect(menuTotal.slice(2, 13)).toEqual(formII06aTable(menuCore.result).total.figures.map((f) => f ?? ""));
    expect(menuTotal.slice(2, 13)).not.toEqual(grid.find((g) => g[1] === "Tổng cộng")!.slice(2, 13));
  });

  it("lists unreadable rows with a link back to their row on the export, and says so", () => {
    saveSettings(2025, "2025-09-30");
    const rows = march();
    rows[3][4] = "12/13/2025"; // HS-3: no 13th month
    const sheet = dataSheet(rows, "Một cửa");
    const r = s.g.sidebarThongKeHoSo({ from: "2025-03-01", to: "2025-03-31", by: "unit" }) as Reply;
    expect(r.ok).toBe(true);
    expect(r.message).toContain("1 dòng không đọc được (xem mục 3 trên trang kết quả, bấm số dòng để tới dòng đó).");
    const grid = s.ss.sheet("Thống kê hồ sơ")!.dump();
    const bad = grid.find((g) => typeof g[0] === "string" && g[0].startsWith("=HYPERLINK("))!;
    expect(bad[0]).toBe(`=HYPERLINK("#gid=${sheet.id}&range=A4","4")`);
    expect(String(bad[1])).toMatch(/12\/13\/2025/);
  });

  it("refuses a bad form with Vietnamese problems, reading and writing nothing", () => {
    saveSettings(2025, "2025-09-30");
    dataSheet(march(), "Một cửa");
    const cases: [unknown, RegExp][] = [
      [{ from: "2025-07-01", to: "2025-06-30", by: "unit" }, /^"Đến ngày" \(30\/06\/2025\) đang trước "Từ ngày" \(01\/07\/2025\): hãy sửa kỳ thống kê\.$/],
      [{ from: "2025-02-30", to: "2025-03-31", by: "unit" }, /^"Từ ngày": Ngày "30\/02\/2025" không tồn tại/],
      [{ from: "2025-01-01", to: "cuối quý", by: "staff" }, /^"Đến ngày": Không đọc được ngày "cuối quý"\. Hãy nhập theo dạng ngày\/tháng\/năm/],
      [{ from: "", to: "2025-03-31" }, /^Chưa nhập "Từ ngày": nhập ngày\/tháng\/năm, ví dụ 01\/01\/2025\.$/],
      [{ from: "2025-01-01", to: "2025-03-31", by: "phòng" }, /^Cách thống kê "phòng" không có: chọn "Theo đơn vị" hoặc "Theo cán bộ xử lý"\.$/],
      [null, /^Chưa nhập "Từ ngày"/],
    ];
    const sheetsBefore = s.ss.sheets.length;
    for (const [dto, problem] of cases) {
      s.log.reset();
      const r = s.g.sidebarThongKeHoSo(dto) as Reply;
      expect(r.ok, JSON.stringify(dto)).toBe(false);
      expect(r.message).toBe("Chưa thống kê: hãy sửa các mục sau.");
      expect(r.problems.some((p) => problem.test(p)), `${JSON.stringify(dto)} → ${r.problems.join(" | ")}`).toBe(true);
      expect(s.log.totalReads() + s.log.totalWrites()).toBe(0);
    }
    expect(s.ss.sheets.length).toBe(sheetsBefore);
  });

  it("says what to do on a CCHC sheet, an empty sheet, a sheet without a dossier table, and by staff without that column", () => {
    saveSettings(2025, "2025-09-30");
    const ok = { from: "2025-03-01", to: "2025-03-31", by: "unit" };
    const sheetsBefore = s.ss.sheets.length;
    const run = (dto = ok) => {
      s.log.reset();
      const r = s.g.sidebarThongKeHoSo(dto) as Reply;
      expect(r.ok).toBe(false);
      expect(s.log.totalWrites()).toBe(0);
      return r;
    };
    s.ss.active = s.ss.sheet(SETTINGS)!;
    let r = run();
    expect(r.message).toBe("Chưa thống kê: trang đang mở là trang của CCHC, không phải danh sách hồ sơ.");
    expect(r.problems).toEqual(['Đây là trang cài đặt. Hãy mở trang có danh sách hồ sơ (dán từ phần mềm một cửa) rồi bấm lại "Thống kê trang đang mở".']);
    expect(s.log.valueReadsBySheet).toEqual({ [SETTINGS]: 1 });

    dataSheet([], "Trang trống");
    r = run();
    expect(r.message).toBe('Chưa thống kê: trang "Trang trống" đang trống.');
    expect(r.problems[0]).toMatch(/^Hãy dán danh sách hồ sơ xuất từ phần mềm một cửa \(kể cả dòng tiêu đề\) vào trang "Trang trống"/);

    dataSheet(example607(), "Phụ lục");
    r = run();
    expect(r.message).toBe('Chưa thống kê trang "Phụ lục".');
    expect(r.problems[0]).toMatch(/^Không tìm thấy dòng tiêu đề của danh sách hồ sơ trong 30 dòng đầu: cần các cột "Ngày tiếp nhận" và "Ngày hẹn trả"/);

    dataSheet(march().map((row) => [...row.slice(0, 2), ...row.slice(3)]), "Không có cán bộ");
    r = run({ ...ok, by: "staff" });
    expect(r.message).toBe('Chưa thống kê trang "Không có cán bộ".');
    expect(r.problems[0]).toMatch(/thiếu cột "Cán bộ xử lý"/);
    expect(s.ss.sheets.length).toBe(sheetsBefore); // dataSheet reuses the first sheet; no result sheet was added

    // after a run the result sheet is active: a second click says to go back to the list
    dataSheet(march(), "Một cửa");
    expect((s.g.sidebarThongKeHoSo(ok) as Reply).ok).toBe(true);
    r = run();
    expect(r.problems[0]).toBe('Trang "Thống kê hồ sơ" là kết quả do CCHC tạo ra. Hãy mở trang có danh sách hồ sơ (dán từ phần mềm một cửa) rồi bấm lại "Thống kê trang đang mở".');
  });

  it("a settings sheet with an unreadable day off stops the run (the deadlines would be wrong)", () => {
    saveSettings(2025, "2025-09-30");
    s.ss.sheet(SETTINGS)!.values.set(8, 0, "ngày 4");
    dataSheet(march(), "Một cửa");
    s.log.reset();
    const r = s.g.sidebarThongKeHoSo({ from: "2025-03-01", to: "2025-03-31", by: "unit" }) as Reply;
    expect(r.ok).toBe(false);
    expect(r.message).toBe('Chưa thống kê: trang "CCHC – Cài đặt" có ô không đọc được (ngày nghỉ thêm và ngày làm bù dùng để tính hạn).');
    expect(r.problems[0]).toMatch(/^Ô A9 \(Ngày nghỉ thêm\) của trang "CCHC – Cài đặt": /);
    expect(r.problems.at(-1)).toBe("Hãy sửa trong CCHC › Cài đặt rồi bấm Lưu.");
    expect(s.log.totalWrites()).toBe(0);
  });

  it("an unexpected Sheets failure comes back as a Vietnamese reply, not an exception", () => {
    saveSettings(2025, "2025-09-30");
    dataSheet(march(), "Một cửa");
    s.ss.insertSheet = () => {
      throw new Error("Service Spreadsheets failed while accessing document");
    };
    const logged: string[] = [];
    (s.g as unknown as { console: unknown }).console = { error: (...m: unknown[]) => void logged.push(String(m[0])) };
    const r = s.g.sidebarThongKeHoSo({ from: "2025-03-01", to: "2025-03-31", by: "unit" }) as Reply;
    expect(r.ok).toBe(false);
    expect(r.message).toBe('Không thực hiện được lệnh "Thống kê hồ sơ".');
    expect(r.problems[0]).toBe("Service Spreadsheets failed while accessing document");
    expect(logged).toEqual(["Thống kê hồ sơ: Service Spreadsheets failed while accessing document"]);
  });
});
