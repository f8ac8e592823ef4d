/** Builds the test files (good and bad) in a temporary folder. */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const HEADER = ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"];

export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "cchc-cli-"));
  return { dir, file: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A workbook with the given sheets (rows of values), written with the normal exceljs writer. */
export async function writeXlsx(
  path: string,
  sheets: Record<string, unknown[][]>,
  edit?: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  edit?.(wb);
  await wb.xlsx.writeFile(path);
}

/** A small, valid plan appendix (PAR INDEX shaped) as rows. */
export function smallPlan(): unknown[][] {
  return [
    HEADER,
    ["I", "Công tác chỉ đạo, điều hành CCHC", null, null, null],
    ["1", "Xây dựng kế hoạch CCHC năm 2025", "Văn phòng chủ trì, phối hợp các phòng", "Trước ngày 31/01/2025", "Kế hoạch"],
    ["2", "Báo cáo CCHC định kỳ", "Văn phòng thực hiện", "Quý II năm 2025", "Báo cáo"],
    ["II", "Cải cách thủ tục hành chính", null, null, null],
    ["1", "Rà soát thủ tục hành chính", "Phòng Quản lý doanh nghiệp chủ trì", "Trong năm 2025", "Báo cáo rà soát"],
  ];
}

export function writeCsv(path: string, text: string, bom = false): void {
  writeFileSync(path, (bom ? "\ufeff" : "") + text, "utf8");
}
