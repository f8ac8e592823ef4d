/**
 * Drop-down lists and hints for an appendix being filled (issue 17), decided once for both
 * hosts: the lead-unit column offers the units already in the table and the department's own
 * list (settings), a warning — not a refusal — when another name is typed; the status column
 * offers the status words; the schedule column keeps free text and shows the accepted forms.
 *
 * Why a warning and not a refusal for the lead unit: a plan legitimately names a unit outside the
 * list (a unit of another agency, "Văn phòng (Bộ phận Kế toán)", a unit created this year). A
 * refusal would make the planner edit the settings sheet in the middle of typing a task; a warning
 * ("not in the list — keep it?") still catches the typo "Văn phong" the moment it is typed.
 */
import { SCHEDULE_HINT } from "./scheduleHint.js";
import { STATUS_VALUES, type TemplateSpec } from "./template.js";
import { DEPARTMENT_UNITS_SOURCE, SETTINGS_LABELS, SETTINGS_SHEET } from "../settings/settingsLayout.js";
import { normaliseUnits } from "../settings/settingsModel.js";
import type { AppendixTable } from "./types.js";
import { foldKey } from "../text/normalize.js";
import { compareVi } from "../text/compareVi.js";


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
  return [...seen.values()].sort(compareVi);
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

/** The lead-unit list of a blank template (`cchc template`): the settings sheet's unit column. */
export interface TemplateLeadList {
  /** Key of the template column it goes on. */
  column: "lead";
  /** The list source of the data validation: the unit column of the settings sheet. */
  source: string;
  /** The units the template writes into that column: those of its sample rows, for the department to edit. */
  units: string[];
  strict: false;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/**
 * The lead-unit drop-down of a blank template. The rule refers to the unit column of "CCHC – Cài
 * đặt" (so the department fills its units once, there, and every appendix made from the file
 * offers them); that column starts with the units of the sample rows — the units already in the
 * table — which the department edits into its own list.
 */
export function templateLeadList(spec: TemplateSpec): TemplateLeadList {
  const lead = spec.columns.findIndex((c) => c.key === "lead");
  const units = lead < 0 ? [] : normaliseUnits(spec.rows.filter((r) => r.kind === "task").map((r) => r.cells[lead] ?? ""));
  return {
    column: "lead",
    source: DEPARTMENT_UNITS_SOURCE,
    units,
    strict: false,
    promptTitle: "Cơ quan chủ trì",
    prompt: `Chọn một đơn vị trong danh sách (cột E "${SETTINGS_LABELS.units}" của trang "${SETTINGS_SHEET}") hoặc gõ tên khác. Mỗi nhiệm vụ một đơn vị chủ trì.`,
    errorTitle: "Đơn vị chưa có trong danh sách",
    error: `Đơn vị này chưa có trong danh sách "${SETTINGS_LABELS.units}". Chọn Có (Yes) để giữ tên đã gõ, hoặc thêm đơn vị vào cột E của trang "${SETTINGS_SHEET}".`,
  };
}

/**
 * Where an add-in's inserted template takes its lead-unit list from: the settings sheet's unit
 * column when the workbook lists units there (edits to the list then show at once), else the units
 * of the template's sample rows typed into the rule (a workbook without that list).
 */
export function insertedTemplateLeadList(spec: TemplateSpec, departmentUnits: readonly string[] | undefined): { range: string } | { values: string[] } {
  if ((departmentUnits ?? []).length > 0) return { range: DEPARTMENT_UNITS_SOURCE };
  return { values: templateLeadList(spec).units.filter((u) => !u.includes(",")) };
}
