/**
 * Tổng hợp nhiều đơn vị: every sheet of the open workbook holding one unit's table (pasted in)
 * summarised as "Tổng hợp năm" would, rolled up as `cchc rollup` does (same core calls, same
 * sheets): units table with rank and chart, sheets not used with their reason, overdue tasks.
 * Batches: the sheets' used ranges and the settings in one read → write.
 */
import {
  dayFromYMD,
  defaultDossierPeriod,
  isOwnSheetName,
  rollup,
  rollupSheetSpecs,
  summariseSource,
  toISO,
  yearOf,
  type Day,
  type RollupExport,
  type RollupSkipped,
  type RollupUnitInput,
} from "@cchc/core";
import { mergedAreasSupported, parseMergedAddress } from "../excel/mergedAreas.js";
import { hasSheet, settingsRead } from "../excel/readBook.js";
import { calendarOf, SETTINGS_READ_RANGE, SETTINGS_SHEET } from "../excel/settingsSheet.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { CommandError } from "./commandError.js";
import { renderSheetSpec, writeRenderedSpec } from "./renderSheetSpec.js";

export interface RollupSheetsResult {
  units: number;
  skipped: number;
  sheets: string[];
  lateRate: number | null;
  asOf: Day;
  syncs: number;
}

export async function rollupSheets(context: Excel.RequestContext, options: { today: Day }): Promise<RollupSheetsResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  let syncs = 1;
  const names = sheets.items.map((s) => s.name);
  const candidates = sheets.items.filter((s) => !isOwnSheetName(s.name));
  const used = candidates.map((s) => {
    const r = s.getUsedRangeOrNullObject(true);
    r.load("values,rowIndex,columnIndex");
    const merged = mergedAreasSupported() ? s.getRange().getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { name: s.name, r, merged };
  });
  const settingsRange = hasSheet({ sheets: names.map((name) => ({ name, id: name })) }, SETTINGS_SHEET)
    ? context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange(SETTINGS_READ_RANGE).load("values")
    : null;
  await context.sync();
  syncs++;
  const { settings } = settingsRead(settingsRange);
  const asOf = settings.asOf ?? options.today;
  const planYear = settings.planYear ?? yearOf(asOf);
  const units: RollupUnitInput[] = [];
  const skipped: RollupSkipped[] = [];
  const exports: RollupExport[] = [];
  for (const u of used) {
    if (u.r.isNullObject) {
      skipped.push({ file: u.name, reason: "Trang trống." });
      continue;
    }
    const r = summariseSource(
      {
        source: u.name,
        fallbackName: u.name,
        cells: u.r.values as unknown[][],
        firstRow: u.r.rowIndex + 1,
        firstColumn: u.r.columnIndex + 1,
        merges: u.merged && !u.merged.isNullObject ? parseMergedAddress(u.merged.address) : [],
      },
      { planYear, asOf, period: defaultDossierPeriod({ planYear, asOf }) ?? { from: dayFromYMD(planYear, 1, 1), to: asOf }, calendar: calendarOf(settings) },
    );
    if ("skip" in r) skipped.push({ file: u.name, reason: r.skip });
    else if ("export" in r) exports.push({ file: u.name, stats: r.export });
    else units.push(r.unit);
  }
  if (units.length === 0 && exports.length === 0) {
    throw new CommandError(
      `Không trang nào có bảng phụ lục dùng được. Hãy dán bảng của mỗi đơn vị vào một trang riêng rồi bấm lại.` +
        (skipped.length ? `\n${skipped.map((s) => `• ${s.file}: ${s.reason}`).join("\n")}` : ""),
    );
  }
  const result = rollup(units, { year: planYear, asOf: toISO(asOf), skipped, exports });
  context.application.suspendApiCalculationUntilNextSync();
  const written: string[] = [];
  for (const spec of rollupSheetSpecs(result)) {
    const name = uniqueSheetName(spec.name, [...names, ...written]);
    const ws = context.workbook.worksheets.add(name);
    syncs += await writeRenderedSpec(context, ws, renderSheetSpec(spec));
    written.push(name);
  }
  context.workbook.worksheets.getItem(written[0]!).activate();
  await context.sync();
  syncs++;
  return { units: units.length, skipped: skipped.length, sheets: written, lateRate: result.lateRate, asOf, syncs };
}
