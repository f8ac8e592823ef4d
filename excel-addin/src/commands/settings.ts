/**
 * Cài đặt: read and save the settings sheet "CCHC – Cài đặt" exactly as core lays it out
 * (plan year, reporting date, 24/11, extra days off / working days with reasons) and its names
 * CCHC_NamKeHoach, CCHC_NgayBaoCao, CCHC_NgayVanHoa, CCHC_NgayNghiThem, CCHC_NgayLamBu. A sheet
 * in an older layout (Excel's or Sheets') is read as it is and rewritten in the current one at
 * the next save; names pointing elsewhere are moved to the new cells.
 */
import { sameSettings, settingsCapacityProblem, settingsOverwriteProblem, settingsSheetGrid, settingsToSave } from "@cchc/core";
import { bookRead, hasSheet, queueBookRead, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import { SETTINGS_SHEET, settingsNameRefs, type AddinSettings, type SettingsRead } from "../excel/settingsSheet.js";
import { writeGrid } from "../excel/writeGrid.js";
import { CommandError } from "./commandError.js";

export { sameSettings } from "@cchc/core";

export interface ReadSettingsResult extends SettingsRead {
  exists: boolean;
  syncs: number;
}

export async function readSettings(context: Excel.RequestContext): Promise<ReadSettingsResult> {
  const q = queueBookRead(context, false);
  await context.sync();
  const book = bookRead(q);
  const range = queueSettingsRead(context, book);
  if (!range) return { ...settingsRead(null), exists: false, syncs: 1 };
  await context.sync();
  return { ...settingsRead(range), exists: true, syncs: 2 };
}

export interface SaveSettingsResult {
  created: boolean;
  /** The sheet was in an older layout and is now in the current one. */
  migrated: boolean;
  syncs: number;
}

/** The settings sheet was edited by hand after the form was filled: nothing is written. */
export class SettingsChangedError extends CommandError {
  constructor(readonly current: AddinSettings) {
    super(`Trang "${SETTINGS_SHEET}" vừa được sửa trực tiếp nên chưa lưu gì. Biểu mẫu đã được nạp lại theo trang; hãy xem lại rồi bấm Lưu cài đặt lần nữa.`);
  }
}

/**
 * Write the settings. `loaded` is what the form was filled from: when the sheet no longer says
 * that (someone typed in it meanwhile), nothing is overwritten and SettingsChangedError says so.
 */
export async function saveSettings(context: Excel.RequestContext, form: AddinSettings, loaded?: AddinSettings): Promise<SaveSettingsResult> {
  let settings = form;
  const tooMany = settingsCapacityProblem(settings);
  if (tooMany) throw new CommandError(tooMany);
  const q = queueBookRead(context, false);
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  let syncs = 1;
  const book = bookRead(q);
  const exists = hasSheet(book, SETTINGS_SHEET);
  let layout: SettingsRead["layout"] = "missing";
  if (exists) {
    const range = queueSettingsRead(context, book);
    await context.sync();
    syncs++;
    const current = settingsRead(range);
    layout = current.layout;
    if (loaded && !sameSettings(current.settings, loaded)) throw new SettingsChangedError(current.settings);
    if (current.overwrites.length > 0) throw new CommandError(settingsOverwriteProblem(current.overwrites));
    // the unit list (column E) is edited on the sheet, not in the form: kept as the sheet has it
    settings = settingsToSave(form, current.settings);
  }
  const legacySheetsNames = layout === "sheets-2025" || names.items.some((n) => n.name === "CCHC_NGAY_NGHI_THEM" || n.name === "CCHC_NGAY_BAO_CAO");
  const sheet = exists ? context.workbook.worksheets.getItem(SETTINGS_SHEET) : context.workbook.worksheets.add(SETTINGS_SHEET);
  context.application.suspendApiCalculationUntilNextSync();
  syncs += await writeGrid(context, sheet, settingsSheetGrid(settings, { legacySheetsNames }));
  const have = new Map(names.items.map((n) => [n.name, n.formula]));
  for (const [name, ref] of Object.entries(settingsNameRefs({ legacySheetsNames }))) {
    const now = have.get(name);
    if (now === ref) continue;
    if (now !== undefined) names.getItem(name).delete();
    names.add(name, ref, "Phần bổ trợ CCHC");
  }
  await context.sync();
  syncs++;
  return { created: !exists, migrated: layout === "excel-2025" || layout === "sheets-2025", syncs };
}
