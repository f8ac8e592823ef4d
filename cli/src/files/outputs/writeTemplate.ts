/**
 * core's TemplateSpec (a blank appendix) → an exceljs worksheet: merged title rows, the header
 * (tracking columns in another colour), PAR INDEX sections in bold, sample task rows with borders,
 * blank task rows ready to type in (formats and validation, no borders: an empty blank template
 * prints no empty page), dd/mm/yyyy and date validation on date columns, a drop-down list on the status
 * column, a drop-down on the lead-unit column from the unit list of the settings sheet (core's
 * templateLeadList: a warning, not a refusal, for a unit not in it), widths, frozen panes, A4
 * landscape with the header repeated on every printed page.
 */
import { emptySettings, HEADER_FILL, SCHEDULE_HINT, settingsSheetGrid, templateCellFill, templateLeadList, type TemplateSpec } from "@cchc/core";
import ExcelJS from "exceljs";
import { addGridSheet } from "../../render/gridToExcelJs.js";
import { FONT_NAME, wrappedLines } from "./writeWorkbook.js";
import { solidFill } from "./solidFill.js";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Name of the hidden sheet holding the status list when it cannot be written inline. */
export const LIST_SHEET = "Danh mục";
/** Name of the sheet holding the notes of the template. */
export const NOTES_SHEET = "Hướng dẫn";

/** Excel keeps an inline list ("a,b,c") under 256 characters and without commas inside items. */
function inlineList(values: string[]): string | null {
  if (values.some((v) => v.includes(",") || v.includes('"'))) return null;
  const joined = values.join(",");
  return joined.length <= 250 ? `"${joined}"` : null;
}

const EXCEL_EPOCH_1900 = Date.UTC(1900, 0, 1);

export function addTemplateSheet(wb: ExcelJS.Workbook, spec: TemplateSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.sheetName);
  const n = spec.columns.length;
  spec.columns.forEach((c, j) => {
    ws.getColumn(j + 1).width = c.width;
  });
  const total = spec.columns.reduce((a, c) => a + c.width, 0);
  const index = (key: string) => spec.columns.findIndex((c) => c.key === key);

  let list = inlineList(spec.statusValues);
  if (list === null) {
    const hidden = wb.addWorksheet(LIST_SHEET, { state: "hidden" });
    spec.statusValues.forEach((v, i) => {
      hidden.getCell(i + 1, 1).value = v;
    });
    list = `'${LIST_SHEET}'!$A$1:$A$${spec.statusValues.length}`;
  }
  const statusCol = index("status");
  const leadList = templateLeadList(spec);
  const leadCol = index(leadList.column);
  const dateCols = new Set(spec.dateColumns.map(index).filter((j) => j >= 0));

  /** Task rows get wrap, formats and validation; sample rows borders too (blank rows would print as empty pages). */
  const styleTaskRow = (row: ExcelJS.Row, borders = true) => {
    let lines = 1;
    spec.columns.forEach((col, j) => {
      const cell = row.getCell(j + 1);
      cell.font = { name: FONT_NAME, size: 11 };
      if (borders) cell.border = BORDER;
      if (dateCols.has(j)) {
        cell.numFmt = spec.dateFormat;
        cell.alignment = { vertical: "top", horizontal: "center" };
        cell.dataValidation = {
          type: "date",
          operator: "greaterThan",
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: "Ngày không hợp lệ",
          error: "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 31/12/" + spec.year + ".",
          formulae: [new Date(EXCEL_EPOCH_1900)],
        };
      } else {
        cell.alignment = { vertical: "top", wrapText: true, horizontal: col.key === "stt" ? "center" : undefined };
        if (typeof cell.value === "string") lines = Math.max(lines, wrappedLines(cell.value, col.width));
      }
      if (col.key === "deadline") {
        // free text, with the accepted forms shown as a hint (no list, nothing refused)
        cell.dataValidation = { type: "custom", allowBlank: true, formulae: ["TRUE"], showInputMessage: true, promptTitle: "Tiến độ", prompt: SCHEDULE_HINT };
      }
      if (j === leadCol) {
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [leadList.source],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: leadList.errorTitle,
          error: leadList.error,
          showInputMessage: true,
          promptTitle: leadList.promptTitle,
          prompt: leadList.prompt,
        };
      }
      if (j === statusCol) {
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [list!],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: "Tình trạng",
          error: `Hãy chọn một trong: ${spec.statusValues.join("; ")}.`,
          showInputMessage: true,
          promptTitle: "Tình trạng",
          prompt: "Chọn trong danh sách.",
        };
      }
    });
    row.height = 15 * lines + 3;
  };

  let r = 1;
  for (const tr of spec.rows) {
    const row = ws.getRow(r);
    switch (tr.kind) {
      case "title":
      case "subtitle": {
        const cell = row.getCell(1);
        cell.value = tr.cells[0];
        cell.font = { name: FONT_NAME, size: tr.kind === "title" ? 13 : 11, bold: tr.kind === "title", italic: tr.kind === "subtitle" };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        ws.mergeCells(r, 1, r, n);
        row.height = tr.kind === "title" ? 20 : 18 * wrappedLines(String(tr.cells[0] ?? ""), total);
        break;
      }
      case "blank":
        break;
      case "header":
        spec.columns.forEach((col, j) => {
          const cell = row.getCell(j + 1);
          cell.value = tr.cells[j];
          cell.font = { name: FONT_NAME, size: 11, bold: true };
          cell.fill = solidFill(templateCellFill("header", col) ?? HEADER_FILL);
          cell.border = BORDER;
          cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        });
        row.height = 15 * Math.max(...spec.columns.map((c) => wrappedLines(c.header, c.width))) + 8;
        break;
      case "section":
        spec.columns.forEach((col, j) => {
          const cell = row.getCell(j + 1);
          cell.value = tr.cells[j];
          cell.font = { name: FONT_NAME, size: 11, bold: true };
          cell.fill = solidFill(templateCellFill("section", col) ?? HEADER_FILL);
          cell.border = BORDER;
          // The title may run over the empty cells to its right, as headings do in printed plans.
          cell.alignment = { vertical: "middle", horizontal: col.key === "stt" ? "center" : undefined };
        });
        row.height = 18;
        break;
      case "task":
        tr.cells.forEach((v, j) => {
          row.getCell(j + 1).value = v;
        });
        styleTaskRow(row);
        break;
    }
    r++;
  }
  for (let k = 0; k < spec.blankTaskRows; k++, r++) styleTaskRow(ws.getRow(r), false);

  ws.views = [
    {
      state: "frozen",
      xSplit: spec.freeze.columns,
      ySplit: spec.freeze.rows,
      topLeftCell: `${String.fromCharCode(65 + spec.freeze.columns)}${spec.freeze.rows + 1}`,
      activeCell: `A${spec.freeze.rows + 1}`,
    },
  ];
  const m = spec.print.marginsInches;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: spec.print.orientation,
    fitToPage: true,
    fitToWidth: spec.print.fitToWidth,
    fitToHeight: spec.print.fitToHeight,
    horizontalCentered: true,
    margins: { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: 0.3, footer: 0.3 },
    printTitlesRow: `${spec.print.repeatRows.from}:${spec.print.repeatRows.to}`,
  };
  ws.headerFooter.oddFooter = `&C&"${FONT_NAME},Regular"&10Trang &P/&N`;
  if (spec.notes.length > 0) addNotesSheet(wb, spec);
  return ws;
}

/**
 * The notes go on their own sheet: under the table they would be read back as rows of the
 * appendix (and any text typed below the last task is part of the table for the readers).
 */
function addNotesSheet(wb: ExcelJS.Workbook, spec: TemplateSpec): void {
  const ws = wb.addWorksheet(NOTES_SHEET);
  ws.getColumn(1).width = 110;
  const title = ws.getCell("A1");
  title.value = `Hướng dẫn điền phụ lục kế hoạch CCHC năm ${spec.year} (trang tính "${spec.sheetName}")`;
  title.font = { name: FONT_NAME, size: 13, bold: true };
  spec.notes.forEach((note, i) => {
    const cell = ws.getCell(i + 3, 1);
    cell.value = `${i + 1}. ${note}`;
    cell.font = { name: FONT_NAME, size: 11 };
    cell.alignment = { wrapText: true, vertical: "top" };
    ws.getRow(i + 3).height = 16 * wrappedLines(note, 110);
  });
  const values = ws.getCell(spec.notes.length + 4, 1);
  values.value = `Cột "Tình trạng" chọn trong danh sách: ${spec.statusValues.join("; ")}.`;
  values.font = { name: FONT_NAME, size: 11 };
  values.alignment = { wrapText: true };
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/**
 * A new workbook holding the template and the settings sheet both add-ins read and write (with its
 * names, the plan year filled in, and the units of the sample rows as the start of the department's
 * unit list, which the lead-unit drop-down shows).
 */
export function templateToWorkbook(spec: TemplateSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc";
  addTemplateSheet(wb, spec);
  addGridSheet(wb, settingsSheetGrid({ ...emptySettings(), planYear: spec.year, departmentUnits: templateLeadList(spec).units }));
  return wb;
}
