// The same fixture (the tracked appendix of Kế hoạch 607, plan year 2025, reporting date
// 30/09/2025) through the Excel adapter (office-addin-mock), the Sheets adapter (the built
// script on the typed SpreadsheetApp fake) and the CLI (`cchc summary --out`, read back with
// exceljs) gives cell for cell the same report sheets: values and number formats. Core lays
// every report out (layoutSheetSpec); the hosts only write it.
import { dayFromYMD, emptySettings, settingsSheetGrid } from "@cchc/core";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { annualSummary } from "../../excel-addin/src/commands/annualSummary.js";
import { validateSheet } from "../../excel-addin/src/commands/validateSheet.js";
import { runCli } from "../cli/runCli.js";
import { tempDir } from "../cli/files/makeFiles.js";
import { EXAMPLE_607, loadCsvCells } from "../excel-addin/mock/fixtureSheets.js";
import { mockWorkbook } from "../excel-addin/mock/officeMockWorkbook.js";
import { loadScript } from "../gsheets/loadScript.js";
import { example607 } from "../gsheets/sheetData.js";

const SEP_30 = dayFromYMD(2025, 9, 30);
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A report sheet as cells: [value, number format] per cell; empty cells null, General formats "General". */
type Sheet = { values: unknown[][]; formats: string[][] };

const blank = (v: unknown) => v === "" || v === null || v === undefined;

function trim(s: Sheet): Sheet {
  let rows = s.values.length;
  while (rows > 0 && s.values[rows - 1].every(blank)) rows--;
  const width = Math.max(0, ...s.values.slice(0, rows).map((r) => r.reduce((w: number, v, i) => (blank(v) ? w : i + 1), 0)));
  const cut = <T>(g: T[][], fill: T) => Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => g[r]?.[c] ?? fill));
  return { values: cut(s.values, null).map((r) => r.map((v) => (blank(v) ? null : v))), formats: cut(s.formats, "General") };
}

/** The source line of the notes names the sheet (add-ins) or the file (CLI): compared apart. */
function withoutSource(s: Sheet): { sheet: Sheet; source: string } {
  const i = s.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Nguồn: "));
  const source = String(s.values[i]?.[0] ?? "");
  const values = s.values.map((r, k) => (k === i ? ["Nguồn: …", ...r.slice(1)] : r));
  return { sheet: { values, formats: s.formats }, source };
}

const SETTINGS = settingsSheetGrid({ ...emptySettings(), planYear: 2025, asOf: SEP_30 }).values.map((r) => r.map((v) => v ?? ""));

async function excelReports(): Promise<{ summary: Sheet; validation: Sheet }> {
  const book = mockWorkbook({ "Theo dõi": loadCsvCells(EXAMPLE_607), "CCHC – Cài đặt": SETTINGS }, { active: "Theo dõi" });
  const s = await annualSummary(book.context(), { today: SEP_30 });
  // back to the plan sheet, then check it
  book.state.activeId = book.sheet("Theo dõi").id;
  const v = await validateSheet(book.context(), { today: SEP_30 });
  const grab = (name: string): Sheet => {
    const st = book.sheet(name);
    const values = st.values.map((r) => [...(r ?? [])]);
    const formats = values.map((r, ri) => r.map((_, ci) => st.formats.get(`${String.fromCharCode(65 + ci)}${ri + 1}`) ?? "General"));
    return trim({ values, formats });
  };
  return { summary: grab(s.summarySheet), validation: grab(v.reportSheet) };
}

function sheetsReports(): { summary: Sheet; validation: Sheet } {
  const s = loadScript();
  const r = s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-09-30", extraDaysOff: [], extraWorkingDays: [] }) as { ok: boolean };
  expect(r.ok).toBe(true);
  const plan = s.ss.sheets[0];
  plan.name = "Theo dõi";
  plan.load(example607());
  s.ss.active = plan;
  s.g.menuTongHopNam();
  s.ss.active = plan;
  s.g.menuKiemTraPhuLuc();
  const grab = (name: string): Sheet => {
    const sheet = s.ss.sheet(name)!;
    const rows = sheet.getLastRow();
    const width = sheet.getLastColumn();
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = sheet.values.get(r, c);
        // a link back to the plan is a HYPERLINK formula: its text is what the cell shows
        const m = typeof v === "string" ? /^=HYPERLINK\("[^"]*","((?:[^"]|"")*)"\)$/.exec(v) : null;
        if (!m) return v;
        const text = m[1].replace(/""/g, '"');
        return /^\d+$/.test(text) ? Number(text) : text;
      }),
    );
    const formats = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = sheet.values.get(r, c);
        // the link cell's format is General so Sheets reads the formula; Excel keeps the column's
        return typeof v === "string" && v.startsWith("=HYPERLINK(") ? "(link)" : sheet.formats.get(r, c);
      }),
    );
    return trim({ values, formats });
  };
  return { summary: grab("Tổng hợp 2025"), validation: grab("Kết quả kiểm tra") };
}

async function cliSummary(): Promise<Sheet> {
  const out = tmp.file("tong-hop.xlsx");
  const r = await runCli("summary", new URL(EXAMPLE_607).pathname, "--year", "2025", "--as-of", "2025-09-30", "--out", out);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("Tổng hợp 2025")!;
  const values: unknown[][] = [];
  const formats: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const v: unknown[] = [];
    const f: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      const value = cell.value instanceof Date ? Math.round(cell.value.getTime() / 86_400_000) + 25569 : cell.value;
      v.push(value);
      f.push(cell.numFmt || "General");
    }
    values[n - 1] = v;
    formats[n - 1] = f;
  });
  for (let i = 0; i < values.length; i++) {
    values[i] ??= [];
    formats[i] ??= [];
  }
  return trim({ values, formats });
}

/** Link cells: Sheets writes them General (a formula); compare the others' format there as "(link)". */
function markLinks(s: Sheet, like: Sheet): Sheet {
  return { values: s.values, formats: s.formats.map((r, ri) => r.map((f, ci) => (like.formats[ri]?.[ci] === "(link)" ? "(link)" : f))) };
}

describe("one report layout: Excel, Google Sheets and the CLI write the same cells", () => {
  it("Tổng hợp 2025: the same values and number formats, cell for cell, in all three", async () => {
    const excel = await excelReports();
    const sheets = sheetsReports();
    const cli = await cliSummary();
    const e = withoutSource(excel.summary);
    const s = withoutSource(sheets.summary);
    const c = withoutSource(cli);
    expect(e.source).toBe('Nguồn: trang "Theo dõi".');
    expect(s.source).toBe('Nguồn: trang "Theo dõi".');
    expect(c.source).toBe('Nguồn: tệp "ke-hoach-607-theo-doi.csv".');
    expect(e.sheet.values.length).toBeGreaterThan(40); // all five tables and the notes
    expect(s.sheet.values).toEqual(e.sheet.values);
    expect(c.sheet.values).toEqual(e.sheet.values);
    expect(markLinks(e.sheet, s.sheet).formats).toEqual(s.sheet.formats);
    expect(c.sheet.formats).toEqual(e.sheet.formats);
    // spot checks with real figures: 74 tasks, late rate 5 ÷ 63, a date as a serial shown dd/mm/yyyy
    expect(e.sheet.values[1][0]).toBe("Tính đến ngày 30/09/2025: 74 nhiệm vụ, tỷ lệ trễ hạn 7,94%");
    expect(e.sheet.values[5].slice(0, 3)).toEqual(["Tổng số nhiệm vụ", 74, 1]);
    expect(e.sheet.formats[5].slice(0, 3)).toEqual(["@", "#,##0", "0.00%"]);
  });

  it("Kết quả kiểm tra: the same in Excel and Google Sheets (the CLI prints its findings as text)", async () => {
    const excel = await excelReports();
    const sheets = sheetsReports();
    expect(excel.validation.values[1][0]).toMatch(/^Trang "Theo dõi", ngày báo cáo 30\/09\/2025, năm kế hoạch 2025\. 74 nhiệm vụ/);
    expect(sheets.validation.values).toEqual(excel.validation.values);
    expect(markLinks(excel.validation, sheets.validation).formats).toEqual(sheets.validation.formats);
  });
});
