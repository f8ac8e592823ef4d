/**
 * Cài đặt: read and save the plan year, the reporting date and the unit's extra days off /
 * working days in the visible sheet "CCHC – Cài đặt" (created on first save, with the names
 * CCHC_NgayNghiThem, CCHC_NgayLamBu, CCHC_NamKeHoach, CCHC_NgayBaoCao for formulas).
 */
import { bookRead, hasSheet, queueBookRead, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import {
  SETTINGS_NAMES,
  SETTINGS_SHEET,
  settingsLayout,
  settingsNameRefs,
  type AddinSettings,
  type SettingsRead,
} from "../excel/settingsSheet.js";
import { writeLayout } from "../excel/writeLayout.js";
import { CommandError } from "./commandError.js";

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
  syncs: number;
}

/** The settings sheet was edited by hand after the form was filled: nothing is written. */
export class SettingsChangedError extends CommandError {
  constructor(readonly current: AddinSettings) {
    super(`Trang "${SETTINGS_SHEET}" vừa được sửa trực tiếp nên chưa lưu gì. Biểu mẫu đã được nạp lại theo trang; hãy xem lại rồi bấm Lưu cài đặt lần nữa.`);
  }
}

/** Same settings, the day lists compared as sets (the sheet keeps them sorted, without repeats). */
export function sameSettings(a: AddinSettings, b: AddinSettings): boolean {
  const norm = (s: AddinSettings) => ({
    ...s,
    extraDaysOff: [...new Set(s.extraDaysOff)].sort((x, y) => x - y),
    extraWorkingDays: [...new Set(s.extraWorkingDays)].sort((x, y) => x - y),
  });
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/**
 * Write the settings. `loaded` is what the form was filled from: when the sheet no longer says
 * that (someone typed in it meanwhile), nothing is overwritten and SettingsChangedError says so.
 */
export async function saveSettings(context: Excel.RequestContext, settings: AddinSettings, loaded?: AddinSettings): Promise<SaveSettingsResult> {
  const q = queueBookRead(context, false);
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  let syncs = 1;
  const book = bookRead(q);
  const exists = hasSheet(book, SETTINGS_SHEET);
  if (exists && loaded) {
    const range = queueSettingsRead(context, book);
    await context.sync();
    syncs++;
    const current = settingsRead(range).settings;
    if (!sameSettings(current, loaded)) throw new SettingsChangedError(current);
  }
  const sheet = exists ? context.workbook.worksheets.getItem(SETTINGS_SHEET) : context.workbook.worksheets.add(SETTINGS_SHEET);
  context.application.suspendApiCalculationUntilNextSync();
  syncs += await writeLayout(context, sheet, settingsLayout(settings));
  const have = new Set(names.items.map((n) => n.name));
  const refs = settingsNameRefs();
  for (const key of Object.keys(SETTINGS_NAMES) as (keyof typeof SETTINGS_NAMES)[]) {
    if (!have.has(SETTINGS_NAMES[key])) names.add(SETTINGS_NAMES[key], refs[key], "Phần bổ trợ CCHC");
  }
  if (!exists) sheet.tabColor = "#107C41";
  await context.sync();
  syncs++;
  return { created: !exists, syncs };
}
