/** Report specs written to .xlsx by the CLI: which sheets repeat a header row on every printed page. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { SheetSpec, TableBlock } from "../../../core/src/index.js";
import { specsToXlsx } from "../../../cli/src/render/specToXlsx.js";

const table = (title: string, n: number): TableBlock => ({
  title,
  columns: [{ header: "Đơn vị", kind: "text" }, { header: "Số", kind: "integer" }],
  rows: Array.from({ length: n }, (_, i) => [`Đơn vị ${i + 1}`, i]),
});

async function sheetsOf(specs: SheetSpec[]): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await specsToXlsx(specs)) as never);
  return wb.worksheets;
}

describe("print titles of report sheets", () => {
  it("a single long table repeats its header row; a sheet of several tables repeats none", async () => {
    const [one, several] = await sheetsOf([
      { name: "Một bảng", title: "MỘT BẢNG", subtitle: "phụ đề", blocks: [table("1. Bảng", 80)] },
      { name: "Nhiều bảng", title: "NHIỀU BẢNG", blocks: [table("1. Đầu", 3), table("2. Sau", 60)] },
    ]);
    // title, subtitle, blank, block title → the header is on row 5
    expect(one.getCell(5, 1).value).toBe("Đơn vị");
    expect(one.pageSetup.printTitlesRow).toBe("5:5");
    expect(several.pageSetup.printTitlesRow).toBeUndefined();
    expect(several.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
  });
});
