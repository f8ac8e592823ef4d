/**
 * Read a user's file and pick the sheet holding the self-assessment criteria table (the one
 * named with --sheet, else the first where core recognises a criteria header).
 */
import { readCriteriaTable } from "@cchc/core";
import { chooseSheet } from "./chooseSheet.js";
import type { PlanSheet } from "./loadPlanSheet.js";
import { readCells } from "./readCells.js";

const HEADER_ROWS = 30;

export function hasCriteriaHeader(cells: unknown[][]): boolean {
  try {
    return !("error" in readCriteriaTable(cells.slice(0, HEADER_ROWS)));
  } catch {
    return false;
  }
}

export async function loadCriteriaSheet(file: string, sheet?: string): Promise<PlanSheet> {
  const loaded = await readCells(file, { sheet });
  const { sheet: chosen, guessed } = chooseSheet(loaded, sheet, hasCriteriaHeader);
  const notices = [...loaded.notices];
  if (guessed && chosen !== loaded.sheets[0] && hasCriteriaHeader(chosen.cells)) {
    notices.push(`Đã đọc trang tính "${chosen.name}" (trang đầu tiên có bảng tự chấm điểm). Chọn trang khác bằng --sheet "TÊN TRANG".`);
  }
  return { file, format: loaded.format, sheetName: chosen.name, sheetNames: loaded.sheets.map((s) => s.name), cells: chosen.cells, merges: chosen.merges, notices, settingsCells: null };
}
