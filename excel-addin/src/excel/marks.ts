/**
 * Marks left on the user's cells by "Kiểm tra phụ lục": a fill colour and a comment per
 * offending cell. The list of marks (with each cell's original fill) is kept in the document's
 * add-in settings, so "Xóa đánh dấu" removes exactly these marks and restores the fills.
 */

export const MARKS_KEY = "cchc.marks";
/** Fill colours of the marks: core's, the same in every host. */
export { MARK_FILLS } from "@cchc/core";
/** Cells marked per validation at most; every finding is still listed on the report sheet. */
export const MAX_MARKED_CELLS = 1000;

export interface MarkedCell {
  /** "C12" */
  address: string;
  /** Fill colour before marking; null when the cell had no fill. */
  originalFill: string | null;
  /** The fill we set (restored only if the cell still has it). */
  markFill: string;
  /** Id of the comment we added, when we could add one. */
  commentId: string | null;
}

export interface MarkRecord {
  sheetId: string;
  sheetName: string;
  cells: MarkedCell[];
}

interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

function documentSettings(): SettingsLike | null {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: SettingsLike } } } }).Office;
  return office?.context?.document?.settings ?? null;
}

export function loadMarks(): MarkRecord[] {
  const raw = documentSettings()?.get(MARKS_KEY);
  if (typeof raw !== "string" || raw === "") return [];
  try {
    const parsed = JSON.parse(raw) as MarkRecord[];
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The sheet validated last (id), so "Kiểm tra phụ lục" pressed on the report sheet checks it again. */
export const LAST_SOURCE_KEY = "cchc.lastValidatedSheet";

export function lastValidatedSheet(): string | null {
  const v = documentSettings()?.get(LAST_SOURCE_KEY);
  return typeof v === "string" && v !== "" ? v : null;
}

export async function saveMarks(records: MarkRecord[], lastSource?: string): Promise<void> {
  const settings = documentSettings();
  if (!settings) return;
  if (records.length === 0) settings.remove(MARKS_KEY);
  else settings.set(MARKS_KEY, JSON.stringify(records));
  if (lastSource) settings.set(LAST_SOURCE_KEY, lastSource);
  await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
}

/** Same colour, ignoring case and a missing '#'. */
export function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (c: string | null | undefined) => (c ?? "").replace(/^#/, "").toUpperCase();
  return norm(a) !== "" && norm(a) === norm(b);
}

function excelApi(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported?.("ExcelApi", version));
  } catch {
    return false;
  }
}

/** Whether the host has the comments API (ExcelApi 1.10). */
export function commentsSupported(): boolean {
  return excelApi("1.10");
}

/** Whether fills report their pattern (ExcelApi 1.9), telling "no fill" from a white fill. */
export function fillPatternSupported(): boolean {
  return excelApi("1.9");
}
