import { appendixTemplate, effectivePlanYear, insertedTemplateLeadList, SETTINGS_NAME_BLOCKS, SETTINGS_SHEET, templateLeadList, type TemplateSpec, SCHEDULE_HINT, templateCellFill } from "@cchc/core";
import { dayOfSheetDate } from "../dates/sheetDates.js";
import { sheetNames, uniqueSheetName } from "../render/uniqueSheetName.js";
import { NUMBER_FORMATS } from "../render/cellFormats.js";
import { alert } from "./alert.js";
import { commandContext } from "./settingsCommands.js";

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const TITLE = "Chèn mẫu phụ lục";

/**
 * Menu "Chèn mẫu phụ lục": a NEW sheet "Phụ lục <năm>" (name made unique) with core's template:
 * title rows, the standard and tracking columns, the PAR INDEX sections with sample tasks,
 * text format on plan columns (so "2.1" stays text), dd/mm/yyyy on date columns, a drop-down
 * of statuses, a drop-down of the department's units on "Cơ quan chủ trì" (the settings sheet's
 * unit column, else the sample rows' units; another name is flagged, not refused), date validation on date columns, frozen header, widths. Year: settings, else the reporting date's, else this year.
 * Writes: setNumberFormats, setValues, setFontWeights, setBackgrounds, setDataValidations.
 */
export function insertTemplate(): void {
  const { ss, timeZone, settings } = commandContext();
  // today in the spreadsheet's zone (the host reads the clock; core decides the year)
  const today = dayOfSheetDate(new Date(), timeZone) ?? 0;
  const year = effectivePlanYear(settings, today);
  const spec = appendixTemplate(year);
  const sheet = writeTemplate(ss, spec, settings.departmentUnits);
  sheet.activate();
  alert(TITLE, [`Đã tạo trang "${sheet.getName()}" theo mẫu phụ lục năm ${spec.year}.`, ...spec.notes.map((n) => `• ${n}`)].join("\n"));
}

export function writeTemplate(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TemplateSpec, departmentUnits?: readonly string[]): GoogleAppsScript.Spreadsheet.Sheet {
  const width = spec.columns.length;
  const header = spec.headerRow;
  const height = spec.rows.length + spec.blankTaskRows;
  const values: (string | null)[][] = [];
  const formats: string[][] = [];
  const weights: FontWeight[][] = [];
  const backgrounds: (string | null)[][] = [];
  const bodyFormats = spec.columns.map((c) => NUMBER_FORMATS[c.kind]);
  for (let r = 0; r < height; r++) {
    const row = spec.rows[r];
    values.push(row ? row.cells.map((v) => v ?? "") : new Array(width).fill(""));
    const kind = row?.kind ?? "task";
    formats.push(r + 1 > header ? bodyFormats.slice() : new Array(width).fill("General"));
    const bold = kind === "title" || kind === "header" || kind === "section";
    weights.push(new Array<FontWeight>(width).fill(bold ? "bold" : "normal"));
    backgrounds.push(spec.columns.map((c) => templateCellFill(kind, c)));
  }
  const sheet = ss.insertSheet(uniqueSheetName(sheetNames(ss), spec.sheetName));
  const range = sheet.getRange(1, 1, height, width);
  range.setNumberFormats(formats); // first: STT "2.1" stays text
  range.setValues(values);
  range.setFontWeights(weights);
  range.setBackgrounds(backgrounds);
  if (height > header) {
    // One write for every rule of the body: the status drop-down and real dates in date columns
    // (invalid input is flagged, not refused, so pasted text is never lost).
    const status = SpreadsheetApp.newDataValidation()
      .requireValueInList(spec.statusValues, true)
      .setAllowInvalid(true)
      .setHelpText(`Chọn một trong: ${spec.statusValues.join("; ")}.`)
      .build();
    const date = SpreadsheetApp.newDataValidation()
      .requireDate()
      .setAllowInvalid(true)
      .setHelpText("Nhập một ngày dạng ngày/tháng/năm, ví dụ 30/06/2025.")
      .build();
    // free text in the schedule column, with the accepted forms as help text
    const schedule = SpreadsheetApp.newDataValidation().requireFormulaSatisfied("=TRUE").setAllowInvalid(true).setHelpText(SCHEDULE_HINT).build();
    const lead = leadValidation(ss, spec, departmentUnits);
    const line = spec.columns.map((c) => (c.key === "status" ? status : c.key === "lead" ? lead : c.key === "deadline" ? schedule : spec.dateColumns.includes(c.key) ? date : null));
    sheet.getRange(header + 1, 1, height - header, width).setDataValidations(Array.from({ length: height - header }, () => line.slice()));
  }
  sheet.setFrozenRows(spec.freeze.rows);
  sheet.setFrozenColumns(spec.freeze.columns);
  spec.columns.forEach((c, i) => sheet.setColumnWidth(i + 1, Math.round(c.width * 7 + 12)));
  return sheet;
}

/** The lead-unit drop-down: the settings sheet's unit column when the department lists units there, else the sample rows' units. */
function leadValidation(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TemplateSpec, departmentUnits: readonly string[] | undefined): GoogleAppsScript.Spreadsheet.DataValidation {
  const text = templateLeadList(spec);
  const from = insertedTemplateLeadList(spec, departmentUnits);
  const settings = "range" in from ? ss.getSheetByName(SETTINGS_SHEET) : null;
  const b = SpreadsheetApp.newDataValidation();
  if (settings) {
    const u = SETTINGS_NAME_BLOCKS.units;
    b.requireValueInRange(settings.getRange(u.row + 1, u.col + 1, u.rows, u.cols), true);
  } else {
    b.requireValueInList("values" in from ? from.values : text.units, true);
  }
  return b.setAllowInvalid(true).setHelpText(text.prompt).build();
}
