import { columnIndex, type Finding, SEVERITY_LABELS } from "@cchc/core";
import {
  a1Runs,
  boundingBox,
  ERROR_COLOR,
  findMarksMetadata,
  isOurRule,
  type MarkedCell,
  MARKS_KEY,
  MARKS_MAX_CHARS,
  type MarkStore,
  NOTE_PREFIX,
  parseMarks,
  RULE_MARKER_ERROR,
  RULE_MARKER_WARNING,
  ruleFormula,
  WARNING_COLOR,
} from "./markStore.js";

interface Mark {
  row: number;
  column: number;
  severity: "error" | "warning";
  messages: string[];
}

export interface MarkResult {
  marked: number;
  /** Findings whose cell could not be marked (metadata size limit): listed on the report sheet only. */
  skipped: number;
  restored: number;
}

/** Cells to mark: one per (row, column); a finding about a whole row marks its STT cell. */
export function marksOf(findings: readonly Finding[], rowColumnLetter: string | undefined): Mark[] {
  const byCell = new Map<string, Mark>();
  const fallback = rowColumnLetter ? Math.max(0, columnIndex(rowColumnLetter)) : 0;
  for (const f of findings) {
    if (f.severity === "info" || f.row < 1) continue;
    const column = (f.column ? Math.max(0, columnIndex(f.column)) : fallback) + 1;
    const key = `${f.row},${column}`;
    const m = byCell.get(key) ?? { row: f.row, column, severity: f.severity, messages: [] };
    if (f.severity === "error") m.severity = "error";
    m.messages.push(`${SEVERITY_LABELS[f.severity]}: ${f.message}`);
    byCell.set(key, m);
  }
  // errors first, then by position, so a size cap drops warnings first
  return [...byCell.values()].sort((a, b) => (a.severity === b.severity ? a.row - b.row || a.column - b.column : a.severity === "error" ? -1 : 1));
}

function noteText(m: Mark, previous: string): string {
  const body = `${NOTE_PREFIX}\n${m.messages.map((x) => `• ${x}`).join("\n")}`;
  return previous ? `${body}\n\n— Ghi chú trước đó —\n${previous}` : body;
}

/**
 * Mark the findings on the sheet: a note on each cell (the cell's own note kept below ours and
 * remembered), and a highlight by conditional formatting (errors red, warnings yellow).
 * Earlier marks of ours are removed first. Cell writes: one getNotes, one setNotes over the
 * bounding rectangle; sheet-level: the conditional-format rules and the developer metadata.
 */
export function applyMarks(sheet: GoogleAppsScript.Spreadsheet.Sheet, findings: readonly Finding[], rowColumnLetter?: string): MarkResult {
  const meta = findMarksMetadata(sheet);
  const previous = parseMarks(meta)?.cells ?? [];
  const marks = marksOf(findings, rowColumnLetter);
  const touched = [...previous.map(([row, column]) => ({ row, column })), ...marks];
  const result: MarkResult = { marked: 0, skipped: 0, restored: 0 };
  const store: MarkStore = { v: 1, cells: [] };

  if (touched.length > 0) {
    const box = boundingBox(touched);
    const range = sheet.getRange(box.top, box.left, box.rows, box.columns);
    const notes = range.getNotes();
    for (const [row, column, before] of previous) {
      const r = row - box.top;
      const c = column - box.left;
      if (notes[r][c].startsWith(NOTE_PREFIX)) {
        notes[r][c] = before ?? "";
        result.restored++;
      }
    }
    let size = 20;
    const kept: Mark[] = [];
    for (const m of marks) {
      const r = m.row - box.top;
      const c = m.column - box.left;
      const before = notes[r][c].startsWith(NOTE_PREFIX) ? "" : notes[r][c];
      const entry: MarkedCell = before ? [m.row, m.column, before] : [m.row, m.column];
      const cost = JSON.stringify(entry).length + 1;
      if (size + cost > MARKS_MAX_CHARS) {
        result.skipped += m.messages.length;
        continue;
      }
      size += cost;
      store.cells.push(entry);
      notes[r][c] = noteText(m, before);
      kept.push(m);
    }
    range.setNotes(notes);
    result.marked = kept.length;
    setRules(sheet, kept);
  } else {
    setRules(sheet, []);
  }

  const json = JSON.stringify(store);
  if (meta) meta.setValue(json);
  else if (store.cells.length > 0) sheet.addDeveloperMetadata(MARKS_KEY, json);
  return result;
}

function setRules(sheet: GoogleAppsScript.Spreadsheet.Sheet, marks: readonly Mark[]): void {
  const existing = sheet.getConditionalFormatRules();
  const others = existing.filter((r) => !isOurRule(r));
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const [severity, marker, color] of [
    ["error", RULE_MARKER_ERROR, ERROR_COLOR],
    ["warning", RULE_MARKER_WARNING, WARNING_COLOR],
  ] as const) {
    const cells = marks.filter((m) => m.severity === severity);
    if (cells.length === 0) continue;
    ours.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(ruleFormula(marker))
        .setBackground(color)
        .setRanges(sheet.getRangeList(a1Runs(cells)).getRanges())
        .build(),
    );
  }
  if (ours.length === 0 && others.length === existing.length) return;
  sheet.setConditionalFormatRules([...ours, ...others]);
}
