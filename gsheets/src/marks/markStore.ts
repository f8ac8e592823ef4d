/**
 * What "Kiểm tra phụ lục" adds to a sheet, made so that "Xóa đánh dấu" can remove exactly that,
 * even after rows were inserted or deleted:
 * - highlights are conditional-format rules of ours (recognised by their formula); they never
 *   touch the cells' own backgrounds, so removing the rules shows the original colours;
 * - notes start with NOTE_PREFIX; a note the cell already had is kept inside ours after
 *   PREVIOUS_NOTE_SEPARATOR, so removing ours puts it back. Notes travel with their cells.
 */
export { MARK_NOTE_TITLE as NOTE_PREFIX } from "@cchc/core";
import { findingMarkNote, MARK_FILLS, MARK_NOTE_TITLE as NOTE_PREFIX } from "@cchc/core";
export const PREVIOUS_NOTE_SEPARATOR = "\n\n— Ghi chú trước đó —\n";
export const RULE_MARKER_ERROR = "CCHC-KIEMTRA-LOI";
export const RULE_MARKER_WARNING = "CCHC-KIEMTRA-CANHBAO";
/** Highlight colours of the marks: core's, the same in every host. */
export const ERROR_COLOR = MARK_FILLS.error;
export const WARNING_COLOR = MARK_FILLS.warning;

export function isOurNote(note: string): boolean {
  return note.startsWith(NOTE_PREFIX);
}

/** The note a cell had before ours ("" when none); any other note is returned as is. */
export function noteWithoutOurs(note: string): string {
  if (!isOurNote(note)) return note;
  const i = note.indexOf(PREVIOUS_NOTE_SEPARATOR);
  return i < 0 ? "" : note.slice(i + PREVIOUS_NOTE_SEPARATOR.length);
}

export function ourNote(messages: readonly string[], previous: string): string {
  const body = findingMarkNote({ lines: [...messages] });
  return previous ? body + PREVIOUS_NOTE_SEPARATOR + previous : body;
}

export function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return values.some((v) => typeof v === "string" && (v.includes(RULE_MARKER_ERROR) || v.includes(RULE_MARKER_WARNING)));
}

export function ruleFormula(marker: string): string {
  return `=N("${marker}")=0`;
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
