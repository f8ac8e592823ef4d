// One settings sheet for all hosts: the sheet "CCHC – Cài đặt" written by the Excel adapter
// (office-addin-mock) is read by the Sheets adapter (typed SpreadsheetApp fake) and by the CLI
// (an .xlsx through its own reader and its commands), and the reverse, with the same values;
// `cchc template` writes the same sheet and names; the old Excel and old Sheets layouts are read
// by all three and migrated at the next save.
import { dayFromYMD, emptySettings, SETTINGS_NAMES, type WorkbookSettings, ymdFromDay } from "@cchc/core";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { readCells } from "../../cli/src/files/inputs/readCells.js";
import { workbookSettings } from "../../cli/src/settings/workbookSettings.js";
import { readSettings as excelRead, saveSettings as excelSave } from "../../excel-addin/src/commands/settings.js";
import { readSettings as sheetsRead, writeSettings as sheetsWrite } from "../../gsheets/src/settings/settings.js";
import { runCli } from "../cli/runCli.js";
import { smallPlan, tempDir } from "../cli/files/makeFiles.js";
import { mockWorkbook } from "../excel-addin/mock/officeMockWorkbook.js";
import { CallLog, FakeSpreadsheet } from "../gsheets/fakeSpreadsheetApp.js";

const S = "CCHC – Cài đặt";
const TZ = "Asia/Ho_Chi_Minh";
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const d = (y: number, m: number, day: number, reason = "") => ({ day: dayFromYMD(y, m, day), reason });
const SAVED: WorkbookSettings = {
  planYear: 2025,
  asOf: dayFromYMD(2025, 9, 30),
  ngayVanHoa: true,
  extraDaysOff: [d(2025, 9, 5, "Nghỉ lễ của ngành"), d(2025, 12, 24)],
  extraWorkingDays: [d(2025, 10, 4, "Làm bù ngày 05/09")],
  departmentUnits: ["Văn phòng", "Thanh tra", "Phòng Tư pháp"],
};

/** A sheet's cells as a host holds them: values (2-D) and number formats by 0-based cell. */
interface Cells {
  values: unknown[][];
  format: (r: number, c: number) => string;
}

const isDateFormat = (f: string) => /d.*m.*y/i.test(f);

// ---- the three hosts: write settings, read settings, hand over the cells of the sheet ----

async function excelWrite(s: WorkbookSettings): Promise<Cells> {
  const book = mockWorkbook({ "Phụ lục": [["STT"]] });
  await excelSave(book.context(), s);
  const sheet = book.sheet(S);
  const names = Object.fromEntries(book.state.names);
  return { values: sheet.values.map((r) => [...(r ?? [])]), format: (r, c) => sheet.formats.get(`${String.fromCharCode(65 + c)}${r + 1}`) ?? "General", ...{ names } };
}

async function excelReadCells(cells: Cells) {
  const book = mockWorkbook({ "Phụ lục": [["STT"]], [S]: cells.values.map((r) => r.map((v) => (v instanceof Date ? serialOfDate(v) : (v ?? "")))) });
  return excelRead(book.context());
}

function sheetsSpreadsheet(cells: Cells | null): FakeSpreadsheet {
  const ss = new FakeSpreadsheet(new CallLog(), TZ);
  if (cells) {
    const sheet = ss.addSheet(S);
    // Sheets hands back a date-formatted number as a Date (midnight in the spreadsheet's zone)
    sheet.load(cells.values.map((row, r) => row.map((v, c) => (typeof v === "number" && isDateFormat(cells.format(r, c)) ? vnMidnight(v) : (v ?? "")))));
  }
  return ss;
}

function sheetsWriteCells(s: WorkbookSettings): Cells & { named: Record<string, string> } {
  const ss = sheetsSpreadsheet(null);
  sheetsWrite(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, s);
  const sheet = ss.sheet(S)!;
  return { values: sheet.dump(), format: (r, c) => sheet.formats.get(r, c), named: ss.namedRanges };
}

function sheetsReadCells(cells: Cells) {
  const ss = sheetsSpreadsheet(cells);
  return sheetsRead(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, TZ);
}

/** An .xlsx holding a plan and the settings cells (numbers with their formats), as a workbook saved by Excel. */
async function xlsxWith(cells: Cells, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Phụ lục");
  for (const r of smallPlan()) plan.addRow(r);
  const ws = wb.addWorksheet(S);
  cells.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "" || v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v instanceof Date ? serialOfDate(v) : (v as ExcelJS.CellValue);
      const f = cells.format(r, c);
      if (f !== "General") cell.numFmt = f;
    }),
  );
  const file = tmp.file(name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function cliRead(file: string) {
  const loaded = await readCells(file);
  return workbookSettings(loaded.sheets.find((s) => s.name === S)?.cells ?? null)!;
}

function serialOfDate(v: Date): number {
  return Math.round((v.getTime() + 7 * 3_600_000) / 86_400_000) + 25569;
}
function vnMidnight(serial: number): Date {
  const { year, month, day } = ymdFromDay(serial - 25569);
  return new Date(Date.UTC(year, month - 1, day) - 7 * 3_600_000);
}

describe("the settings sheet moves between Excel, Google Sheets and the CLI", () => {
  it("written by Excel: read the same by Sheets and by the CLI (its reader and its commands)", async () => {
    const excel = await excelWrite(SAVED);
    expect((await excelReadCells(excel)).settings).toEqual(SAVED);
    const sheets = sheetsReadCells(excel);
    expect({ ...sheets, problems: undefined, notices: undefined, layout: undefined, overwrites: undefined }).toEqual({ ...SAVED, problems: undefined, notices: undefined, layout: undefined, overwrites: undefined });
    expect(sheets.problems).toEqual([]);
    expect(sheets.layout).toBe("current");

    const file = await xlsxWith(excel, "from-excel.xlsx");
    const cli = await cliRead(file);
    expect(cli.settings).toEqual(SAVED);
    expect(cli.problems).toEqual([]);
    // the commands use it: no --year / --as-of given
    const r = await runCli("summary", file, "--format", "json");
    expect(r.err).toContain('Theo trang "CCHC – Cài đặt" của tệp: năm kế hoạch 2025, ngày báo cáo 30/09/2025, 2 ngày nghỉ thêm, 1 ngày làm việc thêm, nghỉ ngày 24/11.');
    expect(JSON.parse(r.out)).toMatchObject({ year: 2025, asOf: "2025-09-30" });
  });

  it("written by Sheets: read the same by Excel and by the CLI, cell for cell what Excel writes", async () => {
    const sheets = sheetsWriteCells(SAVED);
    const excel = await excelWrite(SAVED);
    // the same cells and number formats in both hosts
    const width = 5;
    for (let r = 0; r < 408; r++) {
      for (let c = 0; c < width; c++) {
        const a = excel.values[r]?.[c] ?? "";
        const b = sheets.values[r]?.[c] ?? "";
        expect(b, `${String.fromCharCode(65 + c)}${r + 1}`).toEqual(a);
        expect(sheets.format(r, c), `format ${String.fromCharCode(65 + c)}${r + 1}`).toBe(excel.format(r, c));
      }
    }
    expect((await excelReadCells(sheets)).settings).toEqual(SAVED);
    const file = await xlsxWith(sheets, "from-sheets.xlsx");
    expect((await cliRead(file)).settings).toEqual(SAVED);
    // the same names in both hosts, on the same cells
    expect(sheets.named).toEqual({
      CCHC_NamKeHoach: `${S}!B3`,
      CCHC_NgayBaoCao: `${S}!B4`,
      CCHC_NgayVanHoa: `${S}!B5`,
      CCHC_NgayNghiThem: `${S}!A9:A408`,
      CCHC_NgayLamBu: `${S}!C9:C408`,
      CCHC_DonVi: `${S}!E9:E408`,
    });
    expect((excel as unknown as { names: Record<string, string> }).names).toEqual({
      CCHC_NamKeHoach: `='${S}'!$B$3`,
      CCHC_NgayBaoCao: `='${S}'!$B$4`,
      CCHC_NgayVanHoa: `='${S}'!$B$5`,
      CCHC_NgayNghiThem: `='${S}'!$A$9:$A$408`,
      CCHC_NgayLamBu: `='${S}'!$C$9:$C$408`,
      CCHC_DonVi: `='${S}'!$E$9:$E$408`,
    });
  });

  it("`cchc template` carries the same sheet and the same defined names, read by Excel and Sheets", async () => {
    const out = tmp.file("mau-2026.xlsx");
    const r = await runCli("template", "--year", "2026", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('kèm trang "CCHC – Cài đặt" (năm kế hoạch 2026');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain(S);
    const names = Object.fromEntries(
      (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges.join(",")]),
    );
    expect(names).toEqual({
      CCHC_NamKeHoach: `'${S}'!$B$3`,
      CCHC_NgayBaoCao: `'${S}'!$B$4`,
      CCHC_NgayVanHoa: `'${S}'!$B$5`,
      CCHC_NgayNghiThem: `'${S}'!$A$9:$A$408`,
      CCHC_NgayLamBu: `'${S}'!$C$9:$C$408`,
      CCHC_DonVi: `'${S}'!$E$9:$E$408`,
    });
    expect(Object.keys(names).sort()).toEqual(Object.values(SETTINGS_NAMES).sort());
    const ws = wb.getWorksheet(S)!;
    const values: unknown[][] = [];
    const formats = new Map<string, string>();
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: unknown[] = [];
      for (let c = 1; c <= 5; c++) {
        const v = row.getCell(c).value;
        line.push(v ?? "");
        if (row.getCell(c).numFmt) formats.set(`${r - 1},${c - 1}`, row.getCell(c).numFmt);
      }
      values.push(line);
    });
    const cells: Cells = { values, format: (r, c) => formats.get(`${r},${c}`) ?? "General" };
    // the unit list starts with the units of the template's sample rows
    const expected = { ...emptySettings(), planYear: 2026, departmentUnits: ["Văn phòng", "Các phòng chuyên môn giải quyết TTHC", "Văn phòng (Bộ phận Kế toán)"] };
    expect((await excelReadCells(cells)).settings).toEqual(expected);
    const sheets = sheetsReadCells(cells);
    expect([sheets.planYear, sheets.asOf, sheets.ngayVanHoa, sheets.extraDaysOff, sheets.problems]).toEqual([2026, null, false, [], []]);
    expect((await cliRead(out)).settings).toEqual(expected);
    // and its cells are those Excel writes for the same settings
    const excel = await excelWrite(expected);
    for (let r = 0; r < 12; r++) for (let c = 0; c < 5; c++) expect(values[r]?.[c] ?? "", `${r},${c}`).toEqual(excel.values[r]?.[c] ?? "");
  });
});

// ---- the two old layouts ----

/** The sheet as the Excel add-in wrote it before (B3/B4, lists from row 9 in A and B, notes in C). */
function oldExcelCells(): Cells {
  const v: unknown[][] = Array.from({ length: 12 }, () => ["", "", ""]);
  v[0][0] = S;
  v[1][0] = "Phần bổ trợ CCHC đọc trang này. Sửa giá trị ở cột B; thêm ngày (ngày/tháng/năm) ở cột A, B từ hàng 9.";
  v[2] = ["Năm kế hoạch", 2025, ""];
  v[3] = ["Ngày báo cáo", dayFromYMD(2025, 9, 30) + 25569, ""];
  v[7] = ["Ngày nghỉ thêm", "Ngày làm việc thêm (làm bù)", "Ghi chú"];
  v[8] = [dayFromYMD(2025, 9, 5) + 25569, dayFromYMD(2025, 10, 4) + 25569, "Nghỉ lễ của ngành"];
  v[9] = [dayFromYMD(2025, 12, 24) + 25569, "", ""];
  return { values: v, format: (r, c) => ((r === 3 && c === 1) || (r >= 8 && c < 2) ? "dd/mm/yyyy" : "General") };
}

/** The sheet as the Sheets add-on wrote it before (B2/B3, lists from row 7 with reasons, CCHC_NGAY_NGHI_THEM). */
function oldSheetsCells(): Cells {
  const v: unknown[][] = Array.from({ length: 9 }, () => ["", "", "", ""]);
  v[0][0] = "Cài đặt CCHC — dùng cho các hàm CCHC_… và các lệnh trong menu Tiện ích mở rộng › CCHC";
  v[1] = ["Năm kế hoạch", 2025, "", ""];
  v[2] = ["Ngày báo cáo", dayFromYMD(2025, 9, 30) + 25569, "", ""];
  v[3] = ["Ghi chú", "Google Sheets không cho dùng TODAY() …", "", ""];
  v[5] = ["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do"];
  v[6] = [dayFromYMD(2025, 9, 5) + 25569, "Nghỉ lễ của ngành", dayFromYMD(2025, 10, 4) + 25569, ""];
  v[7] = [dayFromYMD(2025, 12, 24) + 25569, "", "", ""];
  return { values: v, format: (r, c) => ((r === 2 && c === 1) || (r >= 6 && (c === 0 || c === 2)) ? "dd/mm/yyyy" : "General") };
}

const OLD: WorkbookSettings = {
  planYear: 2025,
  asOf: dayFromYMD(2025, 9, 30),
  ngayVanHoa: false,
  extraDaysOff: [d(2025, 9, 5, "Nghỉ lễ của ngành"), d(2025, 12, 24)],
  extraWorkingDays: [d(2025, 10, 4)],
  departmentUnits: [],
};

describe("old layouts are read by every host and migrated, never ignored", () => {
  for (const [label, cells, notice] of [
    ["old Excel layout", oldExcelCells, /bố cục cũ của phần bổ trợ Excel/],
    ["old Sheets layout", oldSheetsCells, /bố cục cũ của Google Sheets/],
  ] as const) {
    it(`${label}: the same settings in Excel, Sheets and the CLI, with a notice`, async () => {
      const excel = await excelReadCells(cells());
      expect(excel.settings).toEqual(OLD);
      expect(excel.notices.join("\n")).toMatch(notice);
      const sheets = sheetsReadCells(cells());
      expect([sheets.planYear, sheets.asOf, sheets.extraDaysOff, sheets.extraWorkingDays]).toEqual([OLD.planYear, OLD.asOf, OLD.extraDaysOff, OLD.extraWorkingDays]);
      expect(sheets.notices.join("\n")).toMatch(notice);
      const file = await xlsxWith(cells(), `${label}.xlsx`);
      const cli = await cliRead(file);
      expect(cli.settings).toEqual(OLD);
      const r = await runCli("validate", file);
      expect(r.err).toMatch(notice);
      expect(r.out).toContain("Theo năm kế hoạch 2025, ngày báo cáo 30/09/2025.");
    });
  }

  it("Excel saves an old Excel sheet in the current layout: values moved, the note kept as the reason, names moved", async () => {
    const book = mockWorkbook({ "Phụ lục": [["STT"]], [S]: oldExcelCells().values });
    book.state.names.set("CCHC_NgayNghiThem", `='${S}'!$A$9:$A$400`);
    book.state.names.set("CCHC_NgayLamBu", `='${S}'!$B$9:$B$400`);
    const loaded = await excelRead(book.context());
    const r = await excelSave(book.context(), loaded.settings, loaded.settings);
    expect(r.migrated).toBe(true);
    const again = await excelRead(book.context());
    expect(again.layout).toBe("current");
    expect(again.notices).toEqual([]);
    expect(again.settings).toEqual(OLD);
    expect(book.get(S, "A9:D9")).toEqual([[dayFromYMD(2025, 9, 5) + 25569, "Nghỉ lễ của ngành", dayFromYMD(2025, 10, 4) + 25569, ""]]);
    expect(book.state.names.get("CCHC_NgayLamBu")).toBe(`='${S}'!$C$9:$C$408`);
    expect(book.state.names.get("CCHC_NgayNghiThem")).toBe(`='${S}'!$A$9:$A$408`);
  });

  it("Sheets saves an old Sheets sheet in the current layout, keeping the old names on the new cells", () => {
    const ss = sheetsSpreadsheet(oldSheetsCells());
    const before = sheetsRead(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, TZ);
    expect(before.layout).toBe("sheets-2025");
    sheetsWrite(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, before, before);
    const after = sheetsRead(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, TZ);
    expect(after.layout).toBe("current");
    expect([after.planYear, after.asOf, after.extraDaysOff, after.extraWorkingDays]).toEqual([OLD.planYear, OLD.asOf, OLD.extraDaysOff, OLD.extraWorkingDays]);
    expect(ss.namedRanges.CCHC_NGAY_NGHI_THEM).toBe(`${S}!A9:A408`);
    expect(ss.namedRanges.CCHC_NGAY_BAO_CAO).toBe(`${S}!B4`);
    expect(ss.namedRanges.CCHC_NgayNghiThem).toBe(`${S}!A9:A408`);
  });
});

