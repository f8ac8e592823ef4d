/**
 * Read the settings sheet from its cell values (A1:E408 as the host read them, row 0 = sheet
 * row 1), in the current layout or in one of the two earlier ones, which are migrated: their
 * values are read from where they were, and the host writes the current layout at the next save.
 * Nothing is silently ignored: a bad cell is a Vietnamese problem naming the cell, an older
 * layout is a notice, an unknown layout is a problem.
 *
 * Cells: numbers are date serials, Date objects are taken as UTC calendar days (hosts convert a
 * Sheets Date in the spreadsheet's time zone first), text dates are dd/mm/yyyy or YYYY-MM-DD.
 */
import { MAX_YEAR, MIN_YEAR, type Day } from "../dates/day.js";
import { parseDateCell } from "../dates/parseDate.js";
import { foldKey } from "../text/normalize.js";
import { type DatedEntry, emptySettings, normaliseEntries, normaliseUnits, UNIT_NAME_MAX, type WorkbookSettings } from "./settingsModel.js";
import { cellA1 } from "../report/sheetGrid.js";
import {
  LAYOUT_NAMES,
  LIST_CAPACITY,
  LIST_HEADER_ROW,
  NO,
  SETTINGS_LABELS,
  SETTINGS_SHEET,
  type SettingsLayoutId,
  UNITS_COL,
  YES,
} from "./settingsLayout.js";

export interface SettingsSheetRead {
  settings: WorkbookSettings;
  /** Cells that could not be read: what, where, how to fix. */
  problems: string[];
  /** Things to know that change nothing (an older layout read and to be migrated). */
  notices: string[];
  /** "missing": no sheet; "unknown": the sheet is there but in no known layout (settings left empty). */
  layout: SettingsLayoutId | "missing" | "unknown";
  /**
   * Cells the user typed that the next save would overwrite (column E above the unit list, in a
   * sheet written before that column existed): hosts refuse to save until they are moved.
   */
  overwrites: string[];
}

/** Where each layout keeps its values (0-based). */
interface LayoutCells {
  year: { row: number; col: number };
  asOf: { row: number; col: number };
  vanHoa: { row: number; col: number } | null;
  firstListRow: number;
  lastListRow: number;
  daysOff: { col: number; reasonCol: number | null };
  workingDays: { col: number; reasonCol: number | null };
  /** Old Excel: one free note column per row, given to the entry of that row. */
  rowNoteCol: number | null;
  /** The department's units (current layout only; the earlier ones had none). */
  unitsCol: number | null;
}

const LAYOUTS: Record<SettingsLayoutId, LayoutCells> = {
  current: {
    year: { row: 2, col: 1 },
    asOf: { row: 3, col: 1 },
    vanHoa: { row: 4, col: 1 },
    firstListRow: 8,
    lastListRow: 8 + LIST_CAPACITY - 1,
    daysOff: { col: 0, reasonCol: 1 },
    workingDays: { col: 2, reasonCol: 3 },
    rowNoteCol: null,
    unitsCol: UNITS_COL,
  },
  "excel-2025": {
    year: { row: 2, col: 1 },
    asOf: { row: 3, col: 1 },
    vanHoa: null,
    firstListRow: 8,
    lastListRow: 399,
    daysOff: { col: 0, reasonCol: null },
    workingDays: { col: 1, reasonCol: null },
    rowNoteCol: 2,
    unitsCol: null,
  },
  "sheets-2025": {
    year: { row: 1, col: 1 },
    asOf: { row: 2, col: 1 },
    vanHoa: null,
    firstListRow: 6,
    lastListRow: 205,
    daysOff: { col: 0, reasonCol: 1 },
    workingDays: { col: 2, reasonCol: 3 },
    rowNoteCol: null,
    unitsCol: null,
  },
};

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const text = (v: unknown) => (isBlank(v) ? "" : String(v).trim().normalize("NFC"));
const key = (v: unknown) => foldKey(text(v));

/** Which layout the values are in, from the list headers (and the year label). */
export function detectSettingsLayout(values: readonly (readonly unknown[])[]): SettingsLayoutId | "unknown" | "empty" {
  const at = (r: number, c: number) => values[r]?.[c];
  const daysOff = foldKey(SETTINGS_LABELS.daysOff);
  if (key(at(7, 0)) === daysOff && key(at(7, 1)) === foldKey(SETTINGS_LABELS.reason)) return "current";
  if (key(at(7, 0)) === daysOff && key(at(7, 1)).startsWith(foldKey("Ngày làm việc thêm"))) return "excel-2025";
  if (key(at(5, 0)) === daysOff) return "sheets-2025";
  // headers deleted by hand: the year label still tells the layout
  if (key(at(2, 0)) === foldKey(SETTINGS_LABELS.year)) return key(at(4, 0)).startsWith(foldKey("Nghỉ ngày 24/11")) ? "current" : "excel-2025";
  if (key(at(1, 0)) === foldKey(SETTINGS_LABELS.year)) return "sheets-2025";
  return values.some((row) => row?.some((v) => !isBlank(v))) ? "unknown" : "empty";
}

function where(row: number, col: number, what: string): string {
  return `Ô ${cellA1(row, col)} (${what}) của trang "${SETTINGS_SHEET}"`;
}

/** "Có"/"Không", TRUE/FALSE, 1/0, x (ticked): the 24/11 switch. */
export function readYesNo(v: unknown): boolean | null {
  if (isBlank(v)) return false;
  if (typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  const k = key(v);
  if (["co", "yes", "true", "x", "1", "nghi"].includes(k) || k === foldKey(YES)) return true;
  if (["khong", "no", "false", "0", "di lam"].includes(k) || k === foldKey(NO)) return false;
  return null;
}

/** `values` null: the workbook has no settings sheet. */
export function readSettingsSheet(values: readonly (readonly unknown[])[] | null): SettingsSheetRead {
  if (values === null) return { settings: { ...emptySettings(), departmentUnits: [] }, problems: [], notices: [], layout: "missing", overwrites: [] };
  const detected = detectSettingsLayout(values);
  if (detected === "empty") return { settings: { ...emptySettings(), departmentUnits: [] }, problems: [], notices: [], layout: "current", overwrites: [] };
  if (detected === "unknown") {
    return {
      settings: emptySettings(),
      problems: [
        `Trang "${SETTINGS_SHEET}" không theo bố cục nào đã biết (không thấy "Năm kế hoạch" ở ô A3 hay tiêu đề "Ngày nghỉ thêm" ở ô A8) ` +
          `nên chưa đọc được cài đặt nào. Hãy đổi tên trang đó rồi lưu lại cài đặt để tạo trang mới.`,
      ],
      notices: [],
      layout: "unknown",
      overwrites: [],
    };
  }
  const L = LAYOUTS[detected];
  const problems: string[] = [];
  const notices: string[] = [];
  if (detected !== "current") {
    notices.push(
      `Trang "${SETTINGS_SHEET}" theo ${LAYOUT_NAMES[detected]}: đã đọc đủ các giá trị; ` +
        `lần lưu cài đặt tới sẽ chuyển trang sang bố cục chung của Excel, Google Sheets và công cụ dòng lệnh.`,
    );
  }
  const at = (r: number, c: number) => values[r]?.[c];
  const settings: WorkbookSettings = { ...emptySettings(), departmentUnits: [] };

  const y = at(L.year.row, L.year.col);
  if (!isBlank(y)) {
    const n = typeof y === "number" ? y : Number(text(y));
    if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) settings.planYear = n;
    else problems.push(`${where(L.year.row, L.year.col, SETTINGS_LABELS.year)} phải là một năm từ ${MIN_YEAR} đến ${MAX_YEAR}, ví dụ 2025 (đang là "${text(y)}").`);
  }
  const d = at(L.asOf.row, L.asOf.col);
  if (!isBlank(d)) {
    const r = parseDateCell(typeof d === "string" ? d.trim() : d);
    if (r.ok) settings.asOf = r.day;
    else problems.push(`${where(L.asOf.row, L.asOf.col, SETTINGS_LABELS.asOf)}: ${r.message} Hãy nhập ngày/tháng/năm, ví dụ 30/09/2025, hoặc để trống.`);
  }
  if (L.vanHoa) {
    const v = at(L.vanHoa.row, L.vanHoa.col);
    const b = readYesNo(v);
    if (b === null) problems.push(`${where(L.vanHoa.row, L.vanHoa.col, "nghỉ ngày 24/11")} phải là "${YES}" hoặc "${NO}" (đang là "${text(v)}").`);
    else settings.ngayVanHoa = b;
  }

  const list = (col: number, reasonCol: number | null, what: string): DatedEntry[] => {
    const out: DatedEntry[] = [];
    const last = Math.min(values.length - 1, L.lastListRow);
    for (let row = L.firstListRow; row <= last; row++) {
      const v = at(row, col);
      if (isBlank(v)) continue;
      const r = parseDateCell(typeof v === "string" ? v.trim() : v);
      if (!r.ok) {
        problems.push(`${where(row, col, what)}: ${r.message} Hãy sửa thành ngày/tháng/năm hoặc xóa ô đó.`);
        continue;
      }
      const reason = reasonCol !== null ? text(at(row, reasonCol)) : "";
      out.push({ day: r.day, reason });
    }
    return out;
  };
  settings.extraDaysOff = list(L.daysOff.col, L.daysOff.reasonCol, SETTINGS_LABELS.daysOff);
  settings.extraWorkingDays = list(L.workingDays.col, L.workingDays.reasonCol, SETTINGS_LABELS.workingDays);
  if (L.rowNoteCol !== null) notices.push(...attachRowNotes(values, L, settings));
  settings.extraDaysOff = normaliseEntries(settings.extraDaysOff);
  settings.extraWorkingDays = normaliseEntries(settings.extraWorkingDays);
  if (L.unitsCol !== null) settings.departmentUnits = readUnits(values, L.unitsCol, L, problems);
  const overwrites = columnEOverwrites(values);
  if (overwrites.length > 0) problems.push(settingsOverwriteProblem(overwrites));
  return { settings, problems, notices, layout: detected, overwrites };
}

/** Old Excel kept one free note per row (column C): it becomes the reason of that row's day off, else of its working day. */
function attachRowNotes(values: readonly (readonly unknown[])[], L: LayoutCells, s: WorkbookSettings): string[] {
  const orphans: string[] = [];
  const last = Math.min(values.length - 1, L.lastListRow);
  for (let row = L.firstListRow; row <= last; row++) {
    const note = text(values[row]?.[L.rowNoteCol!]);
    if (note === "") continue;
    const dayIn = (col: number): Day | null => {
      const r = parseDateCell(values[row]?.[col] ?? "");
      return r.ok ? r.day : null;
    };
    const off = dayIn(L.daysOff.col);
    const work = dayIn(L.workingDays.col);
    const target = off !== null ? s.extraDaysOff.find((e) => e.day === off && e.reason === "") : work !== null ? s.extraWorkingDays.find((e) => e.day === work && e.reason === "") : undefined;
    if (target) target.reason = note;
    else orphans.push(`${cellA1(row, L.rowNoteCol!)} "${note}"`);
  }
  return orphans.length === 0
    ? []
    : [`Ghi chú không gắn với ngày nào (${orphans.join("; ")}): bố cục chung không có chỗ cho ghi chú rời, hãy chép sang nơi khác trước khi lưu cài đặt.`];
}

/** Column E: one unit a cell, as text (a number typed there is kept as its text); too long a name is a problem. */
function readUnits(values: readonly (readonly unknown[])[], col: number, L: LayoutCells, problems: string[]): string[] {
  const names: string[] = [];
  const last = Math.min(values.length - 1, L.lastListRow);
  for (let row = L.firstListRow; row <= last; row++) {
    const name = text(values[row]?.[col]);
    if (name === "") continue;
    if (name.length > UNIT_NAME_MAX) {
      problems.push(`${where(row, col, SETTINGS_LABELS.units)} dài ${name.length} ký tự: tên một đơn vị tối đa ${UNIT_NAME_MAX} ký tự. Hãy rút gọn tên hoặc xóa ô đó.`);
      continue;
    }
    names.push(name);
  }
  return normaliseUnits(names);
}

/** E1:E8 hold something other than the unit header (a sheet from before column E): what a save would overwrite. */
function columnEOverwrites(values: readonly (readonly unknown[])[]): string[] {
  const out: string[] = [];
  for (let row = 0; row <= LIST_HEADER_ROW; row++) {
    const v = text(values[row]?.[UNITS_COL]);
    if (v === "" || (row === LIST_HEADER_ROW && foldKey(v) === foldKey(SETTINGS_LABELS.units))) continue;
    out.push(`ô ${cellA1(row, UNITS_COL)} "${v.length > 40 ? v.slice(0, 40) + "…" : v}"`);
  }
  return out;
}

/** Why a save is refused while column E above the unit list holds the user's values. */
export function settingsOverwriteProblem(overwrites: readonly string[]): string {
  return (
    `Cột E của trang "${SETTINGS_SHEET}" từ nay là danh sách "${SETTINGS_LABELS.units}" (tiêu đề ở ô E8, tên đơn vị từ ô E9): ` +
    `${overwrites.join("; ")} sẽ bị ghi đè khi lưu cài đặt nên chưa lưu. Hãy chuyển các giá trị đó sang cột khác rồi lưu lại.`
  );
}
