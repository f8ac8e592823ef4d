/**
 * Merged cells of the active sheet, for core's table reader (a unit or schedule merged over
 * several tasks is filled down there). Read in the first batch from the whole sheet
 * (ExcelApi 1.13 getMergedAreasOrNullObject); hosts without it read no merges.
 */
import type { MergedRange } from "@cchc/core";
import { columnIndexOf } from "./addresses.js";

export function mergedAreasSupported(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported?.("ExcelApi", "1.13"));
  } catch {
    return false;
  }
}

/** "'Phụ lục'!C5:C7, 'Phụ lục'!$E$9:$E$12" → merged ranges (1-based, inclusive). */
export function parseMergedAddress(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  const re = /!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const left = columnIndexOf(m[1]) + 1;
    const top = Number(m[2]);
    out.push({ top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnIndexOf(m[3]) + 1 : left });
  }
  return out;
}
