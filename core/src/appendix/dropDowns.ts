/**
 * Drop-down lists and hints for an appendix being filled (issue 17), decided once for both
 * hosts: the lead-unit column offers the units already in the table and the department's own
 * list (settings), a warning — not a refusal — when another name is typed; the status column
 * offers the status words; the schedule column keeps free text and shows the accepted forms.
 */
import { SCHEDULE_HINT } from "./scheduleHint.js";
import { STATUS_VALUES } from "./template.js";
import type { AppendixTable } from "./types.js";
import { foldKey } from "../text/normalize.js";


/** Excel keeps a typed-in list in at most 255 characters. */
export const INLINE_LIST_MAX = 255;

export interface DropDown {
  /** Column letter on the sheet. */
  column: string;
  firstRow: number;
  lastRow: number;
  /** Values offered; absent for a hint only. */
  list?: string[];
  /** true: only listed values; false: others allowed (a warning in Excel, a note in Sheets). */
  strict: boolean;
  prompt: string;
}

/** The units of the table (as first written) and the department's own list, each once (compared folded). */
export function unitChoices(table: AppendixTable, departmentUnits: readonly string[] = []): string[] {
  const seen = new Map<string, string>();
  for (const u of [...departmentUnits, ...table.tasks.map((t) => t.lead ?? "")]) {
    const name = u.trim().replace(/[\s.;,]+$/, "");
    if (name === "" || name.includes(",")) continue; // a list cell of Excel cannot hold commas
    const key = foldKey(name);
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, "vi"));
}

/**
 * The lists of a checked table, from the first row under its header to `spareRows` rows past its
 * last row (room for new tasks). The lead list is left out, keeping only its hint, when it is too
 * long to be typed into Excel's rule.
 */
export function tableDropDowns(table: AppendixTable, options: { lastRow: number; departmentUnits?: readonly string[]; spareRows?: number }): DropDown[] {
  const firstRow = table.headerRow + 1;
  const lastRow = Math.max(firstRow, options.lastRow + (options.spareRows ?? 200));
  const L = table.columnLetters;
  const out: DropDown[] = [];
  const leadColumn = L.lead ?? L.responsibility;
  if (leadColumn) {
    const units = unitChoices(table, options.departmentUnits);
    const fits = units.length > 0 && units.join(",").length <= INLINE_LIST_MAX && L.lead !== undefined;
    out.push({
      column: leadColumn,
      firstRow,
      lastRow,
      ...(fits ? { list: units } : {}),
      strict: false,
      prompt: L.lead
        ? "Mỗi nhiệm vụ chỉ giao một đơn vị chủ trì (chọn trong danh sách hoặc gõ tên đơn vị)."
        : 'Ghi đơn vị chủ trì trước, ví dụ "Văn phòng chủ trì, phối hợp các phòng…": mỗi nhiệm vụ một đơn vị chủ trì.',
    });
  }
  if (L.status) out.push({ column: L.status, firstRow, lastRow, list: [...STATUS_VALUES], strict: false, prompt: "Chọn tình trạng; có thể ghi thêm ngày, ví dụ \"Đã hoàn thành ngày 15/11/2025\"." });
  if (L.deadline) out.push({ column: L.deadline, firstRow, lastRow, strict: false, prompt: SCHEDULE_HINT });
  return out;
}
