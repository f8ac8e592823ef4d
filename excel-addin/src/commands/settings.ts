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

export async function saveSettings(context: Excel.RequestContext, settings: AddinSettings): Promise<SaveSettingsResult> {
  const q = queueBookRead(context, false);
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const book = bookRead(q);
  const exists = hasSheet(book, SETTINGS_SHEET);
  const sheet = exists ? context.workbook.worksheets.getItem(SETTINGS_SHEET) : context.workbook.worksheets.add(SETTINGS_SHEET);
  context.application.suspendApiCalculationUntilNextSync();
  let syncs = 1 + (await writeLayout(context, sheet, settingsLayout(settings)));
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
