/**
 * The marks of some rows replaced after a live re-check: our notes on those rows (a note the
 * user had is kept below ours, as "Kiểm tra phụ lục" does) and the cells of our highlight rules.
 * Cells: one getNotes and one setNotes over the rows concerned; one setConditionalFormatRules.
 * Values are never written.
 */
import type { Finding } from "@cchc/core";
import { marksOf } from "../marks/applyMarks.js";
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
} from "../marks/markStore.js";

/** Cells of an A1 notation ("E5", "E5:E9", "C3:D4"). */
function cellsOf(a1: string): { row: number; column: number }[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/\$/g, ""));
  if (!m) return [];
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const out: { row: number; column: number }[] = [];
  for (let c = c1; c <= c2; c++) for (let r = r1; r <= r2; r++) out.push({ row: r, column: c });
  return out;
}

export function refreshRowMarks(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly number[],
  findings: readonly Finding[],
  rowColumnLetter: string | undefined,
): { marked: number } {
  if (rows.length === 0) return { marked: 0 };
  const inRows = new Set(rows);
  const marks = marksOf(findings.filter((f) => inRows.has(f.row)), rowColumnLetter);
  const first = Math.max(1, Math.min(...rows));
  const last = Math.max(first, ...rows.filter((r) => r >= 1));
  const width = Math.max(1, sheet.getLastColumn(), ...marks.map((m) => m.column));
  const range = sheet.getRange(first, 1, last - first + 1, width);
  const notes = range.getNotes();
  let changed = false;
  for (const r of rows) {
    const line = notes[r - first];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      if (isOurNote(line[c]!)) {
        line[c] = noteWithoutOurs(line[c]!);
        changed = true;
      }
    }
  }
  for (const m of marks) {
    const line = notes[m.row - first];
    if (!line) continue;
    line[m.column - 1] = ourNote(m.messages, line[m.column - 1] ?? "");
    changed = true;
  }
  if (changed) range.setNotes(notes);

  // highlight rules: our cells outside these rows kept, these rows' cells from the new marks
  const existing = sheet.getConditionalFormatRules();
  const others = existing.filter((r) => !isOurRule(r));
  const kept: Record<"error" | "warning", { row: number; column: number }[]> = { error: [], warning: [] };
  for (const rule of existing.filter(isOurRule)) {
    const severity = (rule.getBooleanCondition()?.getCriteriaValues() ?? []).some((v) => String(v).includes(RULE_MARKER_ERROR)) ? "error" : "warning";
    for (const range of rule.getRanges()) for (const cell of cellsOf(range.getA1Notation())) if (!inRows.has(cell.row)) kept[severity].push(cell);
  }
  for (const m of marks) kept[m.severity].push({ row: m.row, column: m.column });
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const [severity, marker, color] of [
    ["error", RULE_MARKER_ERROR, ERROR_COLOR],
    ["warning", RULE_MARKER_WARNING, WARNING_COLOR],
  ] as const) {
    if (kept[severity].length === 0) continue;
    ours.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(ruleFormula(marker))
        .setBackground(color)
        .setRanges(sheet.getRangeList(a1Runs(kept[severity])).getRanges())
        .build(),
    );
  }
  sheet.setConditionalFormatRules([...ours, ...others]);
  return { marked: marks.length };
}
