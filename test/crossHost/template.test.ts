// The blank appendix ("Chèn mẫu phụ lục" in both add-ins, `cchc template`) is core's TemplateSpec:
// the three write the same cells with the same number formats.
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { insertTemplate } from "../../excel-addin/src/commands/insertTemplate.js";
import { dayFromYMD, HEADER_FILL, SECTION_FILL, TEMPLATE_FILLS } from "@cchc/core";
import { readCells } from "../../cli/src/files/inputs/readCells.js";
import { runCli } from "../cli/runCli.js";
import { tempDir } from "../cli/files/makeFiles.js";
import { mockWorkbook } from "../excel-addin/mock/officeMockWorkbook.js";
import { loadScript } from "../gsheets/loadScript.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const blank = (v: unknown) => v === "" || v === null || v === undefined;
const clean = (rows: unknown[][]) => {
  let n = rows.length;
  while (n > 0 && (rows[n - 1] ?? []).every(blank)) n--;
  return rows.slice(0, n).map((r) => {
    const out = (r ?? []).map((v) => (blank(v) ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
};

describe("the blank appendix of 2026 is the same from Excel, Google Sheets and the CLI", () => {
  it("same cells, and the date columns formatted dd/mm/yyyy in all three", async () => {
    const book = mockWorkbook({ "Trang tính1": [] });
    const r = await insertTemplate(book.context(), { today: dayFromYMD(2026, 3, 1) });
    const excel = book.sheet(r.sheet);
    const excelValues = clean(excel.values);

    const s = loadScript();
    s.g.sidebarLuuCaiDat({ planYear: 2026, asOf: null, extraDaysOff: [], extraWorkingDays: [] });
    s.g.menuChenMauPhuLuc();
    const sheet = s.ss.sheets.find((x) => x.name.startsWith("Phụ lục 2026"))!;
    const sheetsValues = clean(sheet.dump());

    const out = tmp.file("mau.xlsx");
    expect((await runCli("template", "--year", "2026", "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Phụ lục 2026")!;
    // values through the CLI's own reader (a merged title holds its text in the first cell only, as in the add-ins)
    const loaded = await readCells(out);
    const cliValues = clean(loaded.sheets.find((x) => x.name === "Phụ lục 2026")!.cells);

    expect(excelValues.length).toBeGreaterThan(10);
    expect(sheetsValues).toEqual(excelValues);
    expect(cliValues).toEqual(excelValues);

    // the first task row's date columns
    const header = excelValues.findIndex((row) => row.includes("Ngày hoàn thành"));
    const dateCols = excelValues[header].map((h, c) => (h === "Hạn" || h === "Ngày hoàn thành" ? c : -1)).filter((c) => c >= 0);
    expect(dateCols.length).toBeGreaterThan(0);
    const row = header + 2; // 0-based row under the first section
    for (const c of dateCols) {
      expect(excel.formats.get(`${String.fromCharCode(65 + c)}${row + 1}`), `Excel ${c}`).toBe("dd/mm/yyyy");
      expect(sheet.formats.get(row, c), `Sheets ${c}`).toBe("dd/mm/yyyy");
      expect(ws.getCell(row + 1, c + 1).numFmt, `CLI ${c}`).toBe("dd/mm/yyyy");
    }

    // the same fills (core's templateCellFill): header blue over the plan's columns, yellow over
    // the tracking columns; section rows light blue; task rows none
    const fills = { excel: [] as (string | null)[][], sheets: [] as (string | null)[][], cli: [] as (string | null)[][] };
    for (let r = header; r <= header + 2; r++) {
      const cols = excelValues[header].map((_, c) => c);
      fills.excel.push(cols.map((c) => excel.fills.get(`${String.fromCharCode(65 + c)}${r + 1}`)?.toUpperCase() ?? null));
      fills.sheets.push(cols.map((c) => {
        const bg = String(sheet.backgrounds.get(r, c)).toUpperCase();
        return bg === "#FFFFFF" ? null : bg;
      }));
      fills.cli.push(cols.map((c) => {
        const f = ws.getCell(r + 1, c + 1).fill as ExcelJS.FillPattern | undefined;
        return f?.fgColor?.argb ? `#${f.fgColor.argb.slice(2)}` : null;
      }));
    }
    const expected = [header, header + 1, header + 2].map((_, i) =>
      excelValues[header].map((h) => (i === 0 ? (["Hạn", "Ngày hoàn thành", "Tình trạng", "Ghi chú"].includes(String(h)) ? TEMPLATE_FILLS.tracking : HEADER_FILL) : i === 1 ? SECTION_FILL : null)),
    );
    expect(fills.excel).toEqual(expected);
    expect(fills.sheets).toEqual(expected);
    expect(fills.cli).toEqual(expected);
  });
});
