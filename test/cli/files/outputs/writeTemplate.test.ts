import { appendixTemplate } from "@cchc/core";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { templateToWorkbook } from "../../../../cli/src/files/outputs/writeTemplate.js";
import { tempDir } from "../makeFiles.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function written(year: number): Promise<ExcelJS.Workbook> {
  const path = tmp.file(`mau-${year}.xlsx`);
  await templateToWorkbook(appendixTemplate(year)).xlsx.writeFile(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("templateToWorkbook", () => {
  it("writes the appendix sheet first, the notes on their own sheet, then the settings sheet", async () => {
    const wb = await written(2026);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Phụ lục 2026", "Hướng dẫn", "CCHC – Cài đặt"]);
    expect(wb.worksheets[1].getCell("A3").value).toMatch(/^1\. Mỗi nhiệm vụ chỉ giao một cơ quan chủ trì/);
  });

  it("has the titles, the standard and tracking headers, and the PAR INDEX sections", async () => {
    const ws = (await written(2026)).getWorksheet("Phụ lục 2026")!;
    expect(ws.getCell("A1").value).toBe("PHỤ LỤC");
    expect(ws.getCell("A2").value).toBe("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026");
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([
      "STT",
      "Nội dung công việc",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Tiến độ thực hiện",
      "Kết quả/sản phẩm",
      "Hạn",
      "Ngày hoàn thành",
      "Tình trạng",
      "Ghi chú",
    ]);
    expect(ws.getCell("A5").font.bold).toBe(true);
    expect(ws.getCell("A5").border.bottom?.style).toBe("thin");
    expect((ws.getCell("G5").fill as ExcelJS.FillPattern).fgColor?.argb).not.toBe((ws.getCell("A5").fill as ExcelJS.FillPattern).fgColor?.argb);
    expect([ws.getCell("A6").value, ws.getCell("B6").value]).toEqual(["I", "Công tác chỉ đạo, điều hành cải cách hành chính"]);
    expect(ws.getCell("B6").font.bold).toBe(true);
    expect(ws.getCell("A22").value).toBe("IX");
    expect(ws.getCell("B7").value).toBe("(Ví dụ) Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026");
  });

  it("formats dates dd/mm/yyyy and puts the status list on every task row, samples and blank ones", async () => {
    const ws = (await written(2026)).getWorksheet("Phụ lục 2026")!;
    for (const r of [7, 24, 73]) {
      expect(ws.getCell(`G${r}`).numFmt).toBe("dd/mm/yyyy");
      expect(ws.getCell(`H${r}`).numFmt).toBe("dd/mm/yyyy");
      expect(ws.getCell(`H${r}`).dataValidation).toMatchObject({ type: "date", allowBlank: true });
      const list = ws.getCell(`I${r}`).dataValidation;
      expect(list.type).toBe("list");
      expect(list.formulae[0]).toBe('"Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Tạm dừng,Không thực hiện (nêu lý do)"');
    }
    expect(ws.getCell("I74").dataValidation).toBeUndefined(); // 18 rows + 50 blank ones end at row 73
    // sample rows are bordered; the blank rows are not, so the blank template prints no empty page
    expect(ws.getCell("B7").border.left?.style).toBe("thin");
    for (const r of [24, 73]) expect(ws.getCell(`B${r}`).border?.left).toBeUndefined();
  });

  it("offers the department's units on the lead column of every task row: a list from the settings sheet, a warning for other names", async () => {
    const wb = await written(2026);
    const ws = wb.getWorksheet("Phụ lục 2026")!;
    for (const r of [7, 24, 73]) {
      const v = ws.getCell(`C${r}`).dataValidation;
      expect(v).toMatchObject({ type: "list", allowBlank: true, showErrorMessage: true, errorStyle: "warning", showInputMessage: true, promptTitle: "Cơ quan chủ trì" });
      expect(v.formulae).toEqual(["'CCHC – Cài đặt'!$E$9:$E$408"]);
    }
    expect(ws.getCell("C74").dataValidation).toBeUndefined();
    expect(ws.getCell("C5").dataValidation).toBeUndefined(); // not on the header
    // the list the rule refers to: the units of the sample rows, under the header "Đơn vị của cơ quan"
    const settings = wb.getWorksheet("CCHC – Cài đặt")!;
    expect(settings.getCell("E8").value).toBe("Đơn vị của cơ quan");
    expect([9, 10, 11, 12].map((r) => settings.getCell(`E${r}`).value)).toEqual(["Văn phòng", "Các phòng chuyên môn giải quyết TTHC", "Văn phòng (Bộ phận Kế toán)", null]);
    expect(settings.getCell("B3").value).toBe(2026);
    expect(wb.definedNames.getRanges("CCHC_DonVi").ranges).toEqual(["'CCHC – Cài đặt'!$E$9:$E$408"]);
  });

  it("sets widths, frozen panes and A4 landscape printing with the header repeated", async () => {
    const ws = (await written(2026)).getWorksheet("Phụ lục 2026")!;
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(48);
    expect(ws.getColumn(8).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5, xSplit: 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe("5:5");
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 });
  });
});
