import {
  dayFromYMD,
  defaultDossierPeriod,
  formatPercentVN,
  isOwnSheetName,
  rollup,
  rollupSheetSpecs,
  summariseSource,
  toISO,
  yearOf,
  type RollupExport,
  type RollupSkipped,
  type RollupUnitInput,
} from "@cchc/core";
import { renderSheetSpec } from "../render/renderSheetSpec.js";
import { alert } from "./alert.js";
import { calendarOf } from "./calendarOf.js";
import { readSheetGrid, readSheetMerges } from "./readSheetGrid.js";
import { commandContext } from "./settingsCommands.js";

const TITLE = "Tổng hợp nhiều đơn vị";

/**
 * Menu "Tổng hợp nhiều đơn vị": each sheet holding one unit's table (pasted in) summarised as
 * "Tổng hợp năm" does, rolled up as `cchc rollup` does (same core calls, same report sheets).
 * Reads: the settings block, then one getValues and one getMergedRanges per sheet.
 */
export function rollupSheetsCommand(): void {
  const { ss, timeZone, settings } = commandContext();
  if (settings.asOf === null) {
    alert(TITLE, "Chưa có ngày báo cáo. Hãy mở CCHC › Cài đặt, nhập năm kế hoạch và ngày báo cáo, bấm Lưu rồi chọn lại lệnh.");
    return;
  }
  const planYear = settings.planYear ?? yearOf(settings.asOf);
  const units: RollupUnitInput[] = [];
  const skipped: RollupSkipped[] = [];
  const exports: RollupExport[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (isOwnSheetName(name)) continue;
    if (sheet.getLastRow() === 0) {
      skipped.push({ file: name, reason: "Trang trống." });
      continue;
    }
    const r = summariseSource(
      { source: name, fallbackName: name, cells: readSheetGrid(sheet, timeZone), merges: readSheetMerges(sheet) },
      { planYear, asOf: settings.asOf, period: defaultDossierPeriod({ planYear, asOf: settings.asOf }) ?? { from: dayFromYMD(planYear, 1, 1), to: settings.asOf }, calendar: calendarOf(settings) },
    );
    if ("skip" in r) skipped.push({ file: name, reason: r.skip });
    else if ("export" in r) exports.push({ file: name, stats: r.export });
    else units.push(r.unit);
  }
  if (units.length === 0 && exports.length === 0) {
    alert(TITLE, `Không trang nào có bảng phụ lục dùng được. Hãy dán bảng của mỗi đơn vị vào một trang riêng rồi chọn lại lệnh.${skipped.length ? `\n${skipped.map((s) => `• ${s.file}: ${s.reason}`).join("\n")}` : ""}`);
    return;
  }
  const result = rollup(units, { year: planYear, asOf: toISO(settings.asOf), skipped, exports });
  const written = rollupSheetSpecs(result).map((spec) => renderSheetSpec(ss, spec).sheet);
  written[0]!.activate();
  const rate = result.lateRate === null ? "—" : formatPercentVN(result.lateRate);
  ss.toast(`Đã tổng hợp ${units.length} đơn vị vào trang "${written[0]!.getName()}": tỷ lệ trễ hạn chung ${rate}.${skipped.length ? ` ${skipped.length} trang không dùng được.` : ""}`, TITLE);
}
