/**
 * What "Kiểm tra phụ lục" added to a sheet, so "Xóa đánh dấu" removes exactly that:
 * - highlights are conditional-format rules of ours (recognised by their formula), which
 *   never touch the cells' own backgrounds: removing the rules shows the original colours;
 * - notes: the cells we wrote a note on, and the note each had before (if any), kept in the
 *   sheet's developer metadata (key "cchc.marks", JSON).
 */
export const MARKS_KEY = "cchc.marks";
/** Developer metadata values are limited (30,000 characters): we stay under this. */
export const MARKS_MAX_CHARS = 28_000;
/** Every note we write starts with this. */
export const NOTE_PREFIX = "[CCHC – Kiểm tra phụ lục]";
export const RULE_MARKER_ERROR = "CCHC-KIEMTRA-LOI";
export const RULE_MARKER_WARNING = "CCHC-KIEMTRA-CANHBAO";
export const ERROR_COLOR = "#f4c7c3";
export const WARNING_COLOR = "#fce8b2";

/** A marked cell: 1-based row and column, and the note it had before ours ("" when none). */
export type MarkedCell = [row: number, column: number, previousNote?: string];

export interface MarkStore {
  v: 1;
  cells: MarkedCell[];
}

export function findMarksMetadata(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  return sheet.getDeveloperMetadata().find((m) => m.getKey() === MARKS_KEY) ?? null;
}

export function parseMarks(meta: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null): MarkStore | null {
  if (!meta) return null;
  try {
    const v = JSON.parse(meta.getValue() ?? "") as MarkStore;
    return v && Array.isArray(v.cells) ? v : null;
  } catch {
    return null;
  }
}

export function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return values.some((v) => typeof v === "string" && (v.includes(RULE_MARKER_ERROR) || v.includes(RULE_MARKER_WARNING)));
}

export function ruleFormula(marker: string): string {
  return `=N("${marker}")=0`;
}

/** Bounding rectangle (1-based, inclusive) of some cells. */
export function boundingBox(cells: readonly { row: number; column: number }[]) {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.column);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.column);
  }
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** A1 notations covering the cells, vertical runs merged ("E5:E9"). */
export function a1Runs(cells: readonly { row: number; column: number }[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const list = byCol.get(c.column) ?? [];
    list.push(c.row);
    byCol.set(c.column, list);
  }
  const out: string[] = [];
  for (const [col, rows] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      const letter = columnName(col);
      out.push(i === j ? `${letter}${sorted[i]}` : `${letter}${sorted[i]}:${letter}${sorted[j]}`);
      i = j + 1;
    }
  }
  return out;
}

export function columnName(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
