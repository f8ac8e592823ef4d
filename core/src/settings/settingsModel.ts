/**
 * The settings of a workbook, the same in Excel, Google Sheets and the CLI: plan year,
 * reporting date, the optional 24/11 day off, and the unit's own extra days off / extra working
 * days with their reasons. Stored in the visible sheet "CCHC – Cài đặt" (settingsLayout.ts).
 *
 * `settingsSchema` (zod/mini: it ends up in the add-in bundles) is the model checked at the
 * boundaries; its messages are Vietnamese and name the field.
 */
import * as z from "zod/mini";
import { dayFromYMD, MAX_YEAR, MIN_YEAR, type Day } from "../dates/day.js";
import { foldKey } from "../text/normalize.js";

export interface DatedEntry {
  day: Day;
  /** Why (e.g. "Nghỉ lễ của ngành"); "" when not given. */
  reason: string;
}

export interface WorkbookSettings {
  /** null: not set (commands then use the reporting date's year). */
  planYear: number | null;
  /** null: not set (the add-ins then use today, the CLI asks for --as-of). */
  asOf: Day | null;
  /**
   * 24/11 "Ngày Văn hóa Việt Nam" as a day off. Chosen by the Politburo, not yet in the Labour
   * Code (DOMAIN.md §7): off unless the unit switches it on.
   */
  ngayVanHoa: boolean;
  /** Sorted by day, no day twice. */
  extraDaysOff: DatedEntry[];
  extraWorkingDays: DatedEntry[];
  /**
   * The department's own units ("Đơn vị của cơ quan", column E of the settings sheet), offered in
   * the lead-unit drop-down with the units already in a table. Each once, in the order written.
   * Undefined: not known to this caller (the settings forms do not edit it): saving then keeps
   * the list the sheet already holds (settingsToSave).
   */
  departmentUnits?: string[];
}

export const DEFAULT_SETTINGS: Readonly<WorkbookSettings> = Object.freeze({
  planYear: null,
  asOf: null,
  ngayVanHoa: false,
  extraDaysOff: [],
  extraWorkingDays: [],
});

/** Fresh empty settings (lists not shared; the unit list left unknown, so a save keeps the sheet's). */
export function emptySettings(): WorkbookSettings {
  return { planYear: null, asOf: null, ngayVanHoa: false, extraDaysOff: [], extraWorkingDays: [] };
}

const dayField = (what: string) =>
  z.number().check(z.int({ error: `${what}: không phải một ngày.` }), z.minimum(dayFromYMD(MIN_YEAR, 1, 1), { error: `${what}: ngày trước năm ${MIN_YEAR}.` }), z.maximum(dayFromYMD(MAX_YEAR, 12, 31), { error: `${what}: ngày sau năm ${MAX_YEAR}.` }));

const entrySchema = (what: string) =>
  z.object({
    day: dayField(what),
    reason: z.string({ error: `${what}: lý do phải là chữ.` }),
  });

/** The model, checked where settings cross into an adapter or out of a sheet (built on first use: bundles that never check settings, such as the custom functions, leave zod out). */
export function settingsSchema() {
  return (modelSchema ??= buildModelSchema());
}
let modelSchema: ReturnType<typeof buildModelSchema> | undefined;

const buildModelSchema = () => z.object({
  planYear: z.nullable(
    z.number({ error: "Năm kế hoạch phải là một số, ví dụ 2025." }).check(
      z.int({ error: "Năm kế hoạch phải là số nguyên, ví dụ 2025." }),
      z.minimum(MIN_YEAR, { error: `Năm kế hoạch phải từ ${MIN_YEAR} đến ${MAX_YEAR}.` }),
      z.maximum(MAX_YEAR, { error: `Năm kế hoạch phải từ ${MIN_YEAR} đến ${MAX_YEAR}.` }),
    ),
  ),
  asOf: z.nullable(dayField("Ngày báo cáo")),
  ngayVanHoa: z.boolean({ error: "Nghỉ ngày 24/11 phải là Có hoặc Không." }),
  extraDaysOff: z.array(entrySchema("Ngày nghỉ thêm"), { error: "Ngày nghỉ thêm phải là một danh sách ngày." }),
  extraWorkingDays: z.array(entrySchema("Ngày làm việc thêm"), { error: "Ngày làm việc thêm phải là một danh sách ngày." }),
  departmentUnits: z.optional(
    z.array(
      z.string({ error: "Đơn vị của cơ quan: mỗi đơn vị phải là một tên (chữ)." }).check(
        z.minLength(1, { error: "Đơn vị của cơ quan: có một tên đơn vị để trống." }),
        z.maxLength(UNIT_NAME_MAX, { error: `Đơn vị của cơ quan: tên đơn vị dài quá ${UNIT_NAME_MAX} ký tự.` }),
      ),
      { error: "Đơn vị của cơ quan phải là một danh sách tên đơn vị." },
    ),
  ),
  });

/** Longest unit name kept (a cell of a list, not a paragraph). */
export const UNIT_NAME_MAX = 255;

/**
 * The department's units as read from cells: trimmed, NFC, blanks dropped, each once (the first
 * spelling kept, compared without diacritics and case as people retype them).
 */
export function normaliseUnits(units: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const u of units) {
    const name = u.replace(/\s+/g, " ").trim().normalize("NFC");
    if (name === "") continue;
    const k = foldKey(name);
    if (!seen.has(k)) seen.set(k, name);
  }
  return [...seen.values()];
}

/**
 * What a host writes when a form (which does not edit the units) is saved over the sheet it read:
 * the form's values, and the sheet's unit list unless the form gave one.
 */
export function settingsToSave(fromForm: WorkbookSettings, onSheet: WorkbookSettings | null | undefined): WorkbookSettings {
  return { ...fromForm, departmentUnits: fromForm.departmentUnits ?? onSheet?.departmentUnits ?? [] };
}

/** Entries sorted by day, one per day (the first reason given is kept). */
export function normaliseEntries(entries: readonly DatedEntry[]): DatedEntry[] {
  const byDay = new Map<Day, DatedEntry>();
  for (const e of entries) if (!byDay.has(e.day)) byDay.set(e.day, { day: e.day, reason: e.reason.trim().normalize("NFC") });
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/**
 * Same settings (lists compared as sorted sets of days with their reasons; the unit lists compared
 * only when both sides know theirs — a form's settings do not).
 */
export function sameSettings(a: WorkbookSettings, b: WorkbookSettings): boolean {
  const units = a.departmentUnits !== undefined && b.departmentUnits !== undefined;
  const norm = (s: WorkbookSettings) =>
    JSON.stringify([s.planYear, s.asOf, s.ngayVanHoa, normaliseEntries(s.extraDaysOff), normaliseEntries(s.extraWorkingDays), units ? normaliseUnits(s.departmentUnits!) : null]);
  return norm(a) === norm(b);
}
