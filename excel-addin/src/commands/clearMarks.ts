/**
 * Xóa đánh dấu: remove exactly the marks "Kiểm tra phụ lục" left (fills restored to what they
 * were, our comments deleted). A fill the user changed since is kept. User values are never
 * touched. Three batches: sheet list and comments → current fills → restore.
 */
import { commentsSupported, loadMarks, saveMarks } from "../excel/marks.js";
import { bookRead, queueBookRead } from "../excel/readBook.js";
import { queueMarkCheck, queueMarkRemoval, type RemovalCount } from "../excel/removeMarks.js";

export interface ClearResult extends RemovalCount {
  /** Cells listed in the record. */
  marked: number;
  syncs: number;
}

export async function clearMarks(context: Excel.RequestContext): Promise<ClearResult> {
  let syncs = 0;
  const records = loadMarks();
  const marked = records.reduce((n, r) => n + r.cells.length, 0);
  if (marked === 0) return { marked: 0, restored: 0, keptUserFill: 0, commentsDeleted: 0, syncs };

  const q = queueBookRead(context, false);
  const comments = commentsSupported() ? context.workbook.comments : null;
  comments?.load("items/id");
  await context.sync();
  syncs++;
  const book = bookRead(q);

  const checks = queueMarkCheck(context, records, book.sheets);
  await context.sync();
  syncs++;

  const ids = comments ? new Set(comments.items.map((c) => c.id)) : null;
  const count = queueMarkRemoval(context, records, checks, ids);
  await context.sync();
  syncs++;
  await saveMarks([]);
  return { marked, ...count, syncs };
}
