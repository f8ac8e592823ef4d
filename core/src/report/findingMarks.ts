/**
 * Which cell a finding marks on the checked sheet, and the text of the mark's note — decided
 * here once, so Excel (comment + fill) and Google Sheets (note + highlight) mark the same cells
 * with the same words. Errors and warnings are marked; infos are only listed in the report.
 */
import type { Finding } from "../appendix/types.js";
import type { ValidationReport } from "../appendix/validate.js";
import { SEVERITY_LABELS } from "./validationSheet.js";

/** First line of every mark's note; also how a host recognises its own notes. */
export const MARK_NOTE_TITLE = "[CCHC – Kiểm tra phụ lục]";

export interface FindingMark {
  row: number;
  /** Column letter of the cell. */
  column: string;
  /** "error" when any finding of the cell is an error. */
  severity: "error" | "warning";
  /** One line per finding of the cell (findingLine). */
  lines: string[];
}

/** "Lỗi (missing-lead): … Gợi ý: …" — one finding in a note. */
export function findingLine(f: Finding): string {
  return `${SEVERITY_LABELS[f.severity]} (${f.code}): ${f.message}${f.fix ? ` Gợi ý: ${f.fix}` : ""}`;
}

/** The note of a marked cell: the title, then one "• " line per finding. */
export function findingMarkNote(mark: Pick<FindingMark, "lines">): string {
  return `${MARK_NOTE_TITLE}\n${mark.lines.map((l) => `• ${l}`).join("\n")}`;
}

/**
 * One mark per cell, in sheet order. A finding about a whole row marks its STT cell (or, without
 * an STT column, `firstColumn`: the sheet's first column holding the table).
 */
export function findingMarks(report: Pick<ValidationReport, "errors" | "warnings" | "columns">, firstColumn = "A"): FindingMark[] {
  const rowColumn = report.columns?.stt ?? firstColumn;
  const byCell = new Map<string, FindingMark>();
  for (const f of [...report.errors, ...report.warnings]) {
    if (f.severity === "info" || f.row < 1) continue;
    const column = f.column ?? rowColumn;
    const key = `${column}${f.row}`;
    const m = byCell.get(key) ?? { row: f.row, column, severity: "warning" as const, lines: [] };
    if (f.severity === "error") m.severity = "error";
    m.lines.push(findingLine(f));
    byCell.set(key, m);
  }
  const colIndex = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [...byCell.values()].sort((a, b) => a.row - b.row || colIndex(a.column) - colIndex(b.column));
}
