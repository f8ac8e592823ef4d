/**
 * Read a user's file and pick the sheet holding the appendix: what `validate` and `summary`
 * start from. Notices (sheet chosen automatically, encoding fallback…) go to the caller.
 */
import { foldKey, type MergedRange, readAppendix, SETTINGS_SHEET } from "@cchc/core";
import { chooseSheet } from "./chooseSheet.js";
import { readCells } from "./readCells.js";

export interface PlanSheet {
  file: string;
  format: "xlsx" | "csv";
  /** The sheet read (for a CSV: the file name without extension). */
  sheetName: string;
  sheetNames: string[];
  cells: unknown[][];
  /** Merged areas of the sheet: core fills vertical merges down (a unit merged over several tasks). */
  merges: MergedRange[];
  notices: string[];
  /** Cells of the workbook's settings sheet "CCHC – Cài đặt" (null: none, or a CSV). */
  settingsCells: unknown[][] | null;
}

/** How many top rows are enough to recognise a header (core searches the first 30). */
const HEADER_ROWS = 30;

/** True when core recognises an appendix header in the first rows. */
export function hasAppendixHeader(cells: unknown[][]): boolean {
  const top = cells.slice(0, HEADER_ROWS);
  try {
    return !("error" in readAppendix(top));
  } catch {
    return false;
  }
}

export async function loadPlanSheet(file: string, sheet?: string): Promise<PlanSheet> {
  const loaded = await readCells(file, { sheet });
  const { sheet: chosen, guessed } = chooseSheet(loaded, sheet, hasAppendixHeader);
  const notices = [...loaded.notices];
  // Say so only when the sheet read is not simply the first one.
  if (guessed && chosen !== loaded.sheets[0] && hasAppendixHeader(chosen.cells)) {
    notices.push(`Đã đọc trang tính "${chosen.name}" (trang đầu tiên có bảng phụ lục). Chọn trang khác bằng --sheet "TÊN TRANG".`);
  }
  return {
    file,
    format: loaded.format,
    sheetName: chosen.name,
    sheetNames: loaded.sheets.map((s) => s.name),
    cells: chosen.cells,
    merges: chosen.merges,
    notices,
    settingsCells: loaded.sheets.find((s) => foldKey(s.name) === foldKey(SETTINGS_SHEET) && s !== chosen)?.cells ?? null,
  };
}

/** The "no table" message of core, with the sheets that were looked at. */
export function noTableMessage(plan: PlanSheet, coreMessage: string): string {
  const where =
    plan.format === "xlsx"
      ? `Tệp "${plan.file}", trang tính "${plan.sheetName}"` +
        (plan.sheetNames.length > 1 ? ` (các trang tính trong tệp: ${plan.sheetNames.map((n) => `"${n}"`).join(", ")})` : "")
      : `Tệp "${plan.file}"`;
  return `${where}: ${coreMessage}`;
}
