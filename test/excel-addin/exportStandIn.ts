// Writes stand-in sheets to an .xlsx (values, number formats, bold, fills, widths, merges,
// frozen rows) so the result sheets can be rendered with LibreOffice and looked at.
// Charts are not exported (exceljs does not write charts).
import ExcelJS from "exceljs";
import type { WorkbookModel } from "./standIn.js";

export async function exportSheets(model: WorkbookModel, names: string[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const name of names) {
    const view = model.sheet(name);
    const m = view.model as unknown as {
      cells: Map<number, { v: unknown; nf: string; fill: string | null; bold: boolean; wrap?: boolean; fontSize?: number; fontColor?: string }>;
      colWidths: Map<number, number>;
      merges?: string[];
      frozenRows: number;
    };
    const ws = wb.addWorksheet(name, { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    for (const [key, cell] of m.cells) {
      const r = Math.floor(key / 16384) + 1;
      const c = (key % 16384) + 1;
      const x = ws.getCell(r, c);
      const v = cell.v;
      if (v !== "" && v !== null && v !== undefined) {
        if (typeof v === "number" && /d|y/.test(cell.nf) && !/#/.test(cell.nf)) x.value = new Date(Math.round((v - 25569) * 86400000));
        else x.value = v as ExcelJS.CellValue;
      }
      if (cell.nf && cell.nf !== "General") x.numFmt = cell.nf;
      if (cell.bold || cell.fontSize || cell.fontColor) x.font = { bold: cell.bold, size: cell.fontSize, color: cell.fontColor ? { argb: `FF${cell.fontColor.replace("#", "")}` } : undefined };
      if (cell.fill) x.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill.replace("#", "")}` } };
      if (cell.wrap) x.alignment = { wrapText: true, vertical: "top" };
    }
    for (const [c, points] of m.colWidths) ws.getColumn(c + 1).width = Math.max(2, (points - 5) / 5.25);
    // what Excel's autofitRows does for wrapped cells: as many lines as the longest wrapped text needs
    const lines = new Map<number, number>();
    const mergedRows = new Set((m.merges ?? []).map((a) => Number(/\d+/.exec(a.split("!")[1])?.[0])));
    for (const [key, cell] of m.cells) {
      if (!cell.wrap || typeof cell.v !== "string" || cell.v === "") continue;
      const r = Math.floor(key / 16384) + 1;
      if (mergedRows.has(r)) continue;
      const width = ws.getColumn((key % 16384) + 1).width ?? 9;
      const n = Math.ceil((cell.v.length * 1.1) / Math.max(4, width));
      lines.set(r, Math.max(lines.get(r) ?? 1, n));
    }
    for (const [r, n] of lines) if (n > 1) ws.getRow(r).height = 15 * n;
    for (const a of m.merges ?? []) ws.mergeCells(a.split("!")[1]);
    if (m.frozenRows) ws.views = [{ state: "frozen", ySplit: m.frozenRows }];
  }
  await wb.xlsx.writeFile(file);
}
