import { isOurNote, isOurRule, noteWithoutOurs } from "./markStore.js";

export interface ClearResult {
  /** Our notes removed (the cell's earlier note, if any, put back). */
  notesRemoved: number;
  rulesRemoved: number;
}

/**
 * Remove exactly what "Kiểm tra phụ lục" added to the sheet: our notes (each cell gets its
 * earlier note back) and our conditional-format highlights (the cells' own backgrounds were
 * never changed). Works after rows were inserted or deleted: notes and rules move with their
 * cells. One getNotes and one setNotes over the used range; null when there was nothing.
 */
export function clearMarks(sheet: GoogleAppsScript.Spreadsheet.Sheet): ClearResult | null {
  const rules = sheet.getConditionalFormatRules();
  const others = rules.filter((r) => !isOurRule(r));
  const result: ClearResult = { notesRemoved: 0, rulesRemoved: rules.length - others.length };
  const range = sheet.getDataRange();
  const notes = range.getNotes();
  for (const row of notes) {
    for (let c = 0; c < row.length; c++) {
      if (isOurNote(row[c])) {
        row[c] = noteWithoutOurs(row[c]);
        result.notesRemoved++;
      }
    }
  }
  if (result.notesRemoved > 0) range.setNotes(notes);
  if (result.rulesRemoved > 0) sheet.setConditionalFormatRules(others);
  return result.notesRemoved + result.rulesRemoved > 0 ? result : null;
}
