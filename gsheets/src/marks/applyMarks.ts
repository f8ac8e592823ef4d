import { columnIndex, type Finding, findingMarks } from "@cchc/core";
import {
  a1Runs,
  ERROR_COLOR,
  isOurNote,
  isOurRule,
  noteWithoutOurs,
  ourNote,
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

/** Highlighted ranges per severity at most (a rule with many thousand ranges slows Sheets down); notes are not capped. */
export const MAX_HIGHLIGHT_RANGES = 1_000;

export interface MarkResult {
  /** Cells given a note. */
  marked: number;
  /** Cells with a note but no highlight (over MAX_HIGHLIGHT_RANGES). */
  notHighlighted: number;
  /** Our notes of an earlier check that were replaced. */
  replaced: number;
}

/** Cells to mark and their notes' lines: decided by core (findingMarks), as in Excel. Infos are not marked. */
export function marksOf(findings: readonly Finding[], rowColumnLetter: string | undefined): Mark[] {
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning");
  return findingMarks({ errors, warnings, columns: rowColumnLetter ? { stt: rowColumnLetter } : {} }).map((m) => ({
    row: m.row,
    column: Math.max(0, columnIndex(m.column)) + 1,
    severity: m.severity,
    messages: m.lines,
  }));
}

/**
 * Mark the findings on the sheet: a note on each offending cell (a note it already had is kept
 * below ours) and a highlight by conditional formatting (errors red, warnings yellow). Marks
 * of an earlier check are replaced, not stacked. Cells: one getNotes and one setNotes over
 * the data range; sheet-level: one setConditionalFormatRules. Values are never written.
 */
export function applyMarks(sheet: GoogleAppsScript.Spreadsheet.Sheet, findings: readonly Finding[], rowColumnLetter?: string): MarkResult {
  const marks = marksOf(findings, rowColumnLetter);
  const lastRow = Math.max(sheet.getLastRow(), 1, ...marks.map((m) => m.row));
  const lastColumn = Math.max(sheet.getLastColumn(), 1, ...marks.map((m) => m.column));
  const range = sheet.getRange(1, 1, lastRow, lastColumn);
  const notes = range.getNotes();
  let replaced = 0;
  let changed = false;
  for (const row of notes) {
    for (let c = 0; c < row.length; c++) {
      if (isOurNote(row[c])) {
        row[c] = noteWithoutOurs(row[c]);
        replaced++;
        changed = true;
      }
    }
  }
  for (const m of marks) {
    const r = m.row - 1;
    const c = m.column - 1;
    notes[r][c] = ourNote(m.messages, notes[r][c]);
    changed = true;
  }
  if (changed) range.setNotes(notes);
  const notHighlighted = setRules(sheet, marks);
  return { marked: marks.length, notHighlighted, replaced };
}

/** Replace our highlight rules; returns how many cells were left without a highlight. */
function setRules(sheet: GoogleAppsScript.Spreadsheet.Sheet, marks: readonly Mark[]): number {
  let left = 0;
  const existing = sheet.getConditionalFormatRules();
  const others = existing.filter((r) => !isOurRule(r));
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const [severity, marker, color] of [
    ["error", RULE_MARKER_ERROR, ERROR_COLOR],
    ["warning", RULE_MARKER_WARNING, WARNING_COLOR],
  ] as const) {
    const cells = marks.filter((m) => m.severity === severity);
    if (cells.length === 0) continue;
    let runs = a1Runs(cells);
    if (runs.length > MAX_HIGHLIGHT_RANGES) {
      const kept = runs.slice(0, MAX_HIGHLIGHT_RANGES);
      left += cells.length - kept.reduce((n, a) => n + runLength(a), 0);
      runs = kept;
    }
    ours.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(ruleFormula(marker))
        .setBackground(color)
        .setRanges(sheet.getRangeList(runs).getRanges())
        .build(),
    );
  }
  if (ours.length === 0 && others.length === existing.length) return left;
  // Ours first: the first matching rule wins, so the highlight shows over the user's own rules.
  sheet.setConditionalFormatRules([...ours, ...others]);
  return left;
}

/** Cells in "E5" (1) or "E5:E9" (5). */
function runLength(a1: string): number {
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(a1);
  return m && m[2] ? Number(m[2]) - Number(m[1]) + 1 : 1;
}
