import { boundingBox, findMarksMetadata, isOurRule, NOTE_PREFIX, parseMarks } from "./markStore.js";

export interface ClearResult {
  /** Notes put back as they were. */
  restored: number;
  /** Notes the user changed since: left as they are. */
  keptEdited: number;
  rulesRemoved: number;
}

/**
 * Remove exactly what "Kiểm tra phụ lục" added: our notes (each cell gets its earlier note
 * back; a note the user has edited since is left alone), our conditional-format highlights
 * (the cells' own backgrounds were never changed) and the metadata. One getNotes, one setNotes.
 */
export function clearMarks(sheet: GoogleAppsScript.Spreadsheet.Sheet): ClearResult | null {
  const meta = findMarksMetadata(sheet);
  const store = parseMarks(meta);
  const rules = sheet.getConditionalFormatRules();
  const others = rules.filter((r) => !isOurRule(r));
  if (!store && others.length === rules.length) return null;
  const result: ClearResult = { restored: 0, keptEdited: 0, rulesRemoved: rules.length - others.length };
  if (store && store.cells.length > 0) {
    const box = boundingBox(store.cells.map(([row, column]) => ({ row, column })));
    const range = sheet.getRange(box.top, box.left, box.rows, box.columns);
    const notes = range.getNotes();
    for (const [row, column, before] of store.cells) {
      const r = row - box.top;
      const c = column - box.left;
      if (notes[r][c].startsWith(NOTE_PREFIX)) {
        notes[r][c] = before ?? "";
        result.restored++;
      } else {
        result.keptEdited++;
      }
    }
    range.setNotes(notes);
  }
  if (result.rulesRemoved > 0) sheet.setConditionalFormatRules(others);
  meta?.remove();
  return result;
}
