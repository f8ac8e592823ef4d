/**
 * Chèn mẫu phụ lục: a new sheet "Phụ lục <năm>" from core's appendix template (title rows,
 * standard and tracking columns, PAR INDEX sections with sample tasks), with text/date formats,
 * widths, a drop-down on "Tình trạng" and on "Cơ quan chủ trì" (the department's units), date validation, frozen header and columns, A4 landscape
 * with the header repeated on every page. Two or three batches: sheet list → settings → write.
 */
import { appendixTemplate, effectivePlanYear, insertedTemplateLeadList, templateGrid, templateLeadList, type Day, type TemplateSpec, SCHEDULE_HINT, templateCellFill, DEPARTMENT_UNITS_EXCEL_LIST } from "@cchc/core";
import { columnLetter, rangeAddress } from "../excel/addresses.js";
import { bookRead, queueBookRead, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { FORMATS, type LayoutBlock, type SheetLayout } from "../excel/sheetLayout.js";
import { columnWidthPoints, writeLayout } from "../excel/writeLayout.js";

export interface InsertOptions {
  today: Day;
}

export interface InsertResult {
  sheet: string;
  year: number;
  /** Rows under the header: sections, sample tasks and blank task rows. */
  rows: number;
  /** How to fill the template (shown in the task pane). */
  notes: string[];
  syncs: number;
}

export async function insertTemplate(context: Excel.RequestContext, options: InsertOptions): Promise<InsertResult> {
  let syncs = 0;
  const q = queueBookRead(context, false);
  await context.sync();
  syncs++;
  const book = bookRead(q);
  const settingsRange = queueSettingsRead(context, book);
  if (settingsRange) {
    await context.sync();
    syncs++;
  }
  const { settings } = settingsRead(settingsRange);
  const spec = appendixTemplate(effectivePlanYear(settings, options.today));
  const name = uniqueSheetName(spec.sheetName, book.sheets.map((s) => s.name));

  context.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(name);
  const t = templateLayout(spec);
  syncs += await writeLayout(context, sheet, t.layout);
  const body = (col: number) => sheet.getRange(rangeAddress(spec.headerRow, col, t.tableRows, 1));
  const lead = templateLeadList(spec);
  const leadList = insertedTemplateLeadList(spec, settings.departmentUnits);
  spec.columns.forEach((c, i) => {
    if (c.key === "lead") {
      // the department's units (settings sheet, column E) or the sample rows' units: a warning, not a refusal, for another name
      const v = body(i).dataValidation;
      v.rule = { list: { inCellDropDown: true, source: "range" in leadList ? `=${DEPARTMENT_UNITS_EXCEL_LIST}` : leadList.values.join(",") } };
      v.errorAlert = { showAlert: true, style: "Warning" as Excel.DataValidationAlertStyle, title: lead.errorTitle, message: lead.error };
      v.prompt = { showPrompt: true, title: lead.promptTitle, message: lead.prompt };
    } else if (c.key === "status") {
      body(i).dataValidation.rule = { list: { inCellDropDown: true, source: spec.statusValues.join(",") } };
    } else if (c.key === "deadline") {
      // free text, with the accepted forms shown as a hint
      body(i).dataValidation.prompt = { showPrompt: true, title: "Tiến độ", message: SCHEDULE_HINT };
    } else if (c.kind === "date") {
      const v = body(i).dataValidation;
      v.rule = { date: { formula1: "1900-03-01", formula2: "2100-12-31", operator: "Between" as Excel.DataValidationOperator } };
      v.errorAlert = {
        showAlert: true,
        style: "Stop" as Excel.DataValidationAlertStyle,
        title: "Ngày không hợp lệ",
        message: `Cột "${c.header}": nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/06/${spec.year}.`,
      };
    }
  });
  sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(0, 0, spec.freeze.rows, spec.freeze.columns)));
  const page = sheet.pageLayout;
  page.paperSize = "A4" as Excel.PaperType;
  // fit to one page wide as a scale (a "0 pages tall" fit is not something every host accepts)
  page.zoom = { scale: printScale(spec) };
  page.leftMargin = spec.print.marginsInches.left * 72;
  page.rightMargin = spec.print.marginsInches.right * 72;
  page.topMargin = spec.print.marginsInches.top * 72;
  page.bottomMargin = spec.print.marginsInches.bottom * 72;
  page.setPrintTitleRows(`$${spec.print.repeatRows.from}:$${spec.print.repeatRows.to}`);
  sheet.activate();
  await context.sync();
  syncs++;
  return { sheet: name, year: spec.year, rows: t.tableRows, notes: spec.notes, syncs };
}

/** The template as a layout: title lines, then one block (header, sections, samples, blank rows). */
export function templateLayout(spec: TemplateSpec): { layout: SheetLayout; tableRows: number } {
  const grid = templateGrid(spec).map((r) => r.map((v) => v ?? ""));
  const width = spec.columns.length;
  for (let i = 0; i < spec.blankTaskRows; i++) grid.push(new Array<string>(width).fill(""));
  // title lines above the table: one cell each (merged across), the titles large and bold
  const top = spec.rows.findIndex((r) => r.kind !== "title" && r.kind !== "subtitle");
  const blocks: LayoutBlock[] = spec.rows.slice(0, top).map((r, i) => ({ row: i, col: 0, values: [[r.cells[0] ?? ""]], title: r.kind === "title" }));
  blocks.push({
    row: top,
    col: 0,
    values: grid.slice(top),
    headerRows: [spec.headerRow - 1 - top],
    boldRows: spec.rows.flatMap((r, i) => (r.kind === "section" ? [i - top] : [])),
    cellFills: spec.rows.slice(top).map((r) => spec.columns.map((c) => templateCellFill(r.kind, c))),
    wrap: true,
    columnFormats: spec.columns.map((c) => (c.kind === "date" ? FORMATS.date : FORMATS.text)),
  });
  // the notes are not written under the table (they would be read back as rows): the pane shows them
  const merges = spec.rows.flatMap((r, i) => (r.kind === "title" || r.kind === "subtitle" ? [{ row: i, col: 0, rows: 1, cols: width }] : []));
  return {
    layout: { blocks, merges, widths: spec.columns.map((c) => c.width), landscape: spec.print.orientation === "landscape" },
    tableRows: grid.length - spec.headerRow,
  };
}

/** A4 landscape width in points, less the margins. */
const A4_LANDSCAPE_POINTS = 11.69 * 72;

/** Print scale (percent) that fits every column on the width of an A4 landscape page. */
export function printScale(spec: TemplateSpec): number {
  const usable = A4_LANDSCAPE_POINTS - (spec.print.marginsInches.left + spec.print.marginsInches.right) * 72;
  const total = spec.columns.reduce((n, c) => n + columnWidthPoints(c.width), 0);
  return Math.max(10, Math.min(100, Math.floor((usable / total) * 100)));
}

/** Letter of a template column (e.g. for help texts): "I" for "Tình trạng". */
export function templateColumnLetter(spec: TemplateSpec, key: string): string | null {
  const i = spec.columns.findIndex((c) => c.key === key);
  return i < 0 ? null : columnLetter(i);
}
