/**
 * Removing earlier marks in two steps that fit the commands' batches: first load the current
 * fill of every marked cell (sheets deleted since are skipped), then restore the original fill
 * where the cell still has our colour (a fill the user changed since is left alone) and delete
 * our comments that still exist.
 */
import { sameColor, type MarkRecord, type MarkedCell } from "./marks.js";
import type { SheetInfo } from "./readBook.js";

export interface MarkCheck {
  sheetId: string;
  cell: MarkedCell;
  fill: Excel.RangeFill;
}

export function queueMarkCheck(context: Excel.RequestContext, records: MarkRecord[], sheets: SheetInfo[]): MarkCheck[] {
  const checks: MarkCheck[] = [];
  for (const rec of records) {
    if (!sheets.some((s) => s.id === rec.sheetId)) continue;
    const sheet = context.workbook.worksheets.getItem(rec.sheetId);
    for (const cell of rec.cells) {
      const fill = sheet.getRange(cell.address).format.fill;
      fill.load("color");
      checks.push({ sheetId: rec.sheetId, cell, fill });
    }
  }
  return checks;
}

export interface RemovalCount {
  restored: number;
  keptUserFill: number;
  commentsDeleted: number;
}

/** Queue the removal; `existingCommentIds` are the comments the workbook still has. */
export function queueMarkRemoval(
  context: Excel.RequestContext,
  records: MarkRecord[],
  checks: MarkCheck[],
  existingCommentIds: ReadonlySet<string> | null,
): RemovalCount {
  const count: RemovalCount = { restored: 0, keptUserFill: 0, commentsDeleted: 0 };
  for (const check of checks) {
    if (!sameColor(check.fill.color, check.cell.markFill)) {
      count.keptUserFill++;
      continue;
    }
    const fill = context.workbook.worksheets.getItem(check.sheetId).getRange(check.cell.address).format.fill;
    if (check.cell.originalFill === null) fill.clear();
    else fill.color = check.cell.originalFill;
    count.restored++;
  }
  if (existingCommentIds) {
    for (const rec of records) {
      for (const cell of rec.cells) {
        if (cell.commentId && existingCommentIds.has(cell.commentId)) {
          context.workbook.comments.getItem(cell.commentId).delete();
          count.commentsDeleted++;
        }
      }
    }
  }
  return count;
}
