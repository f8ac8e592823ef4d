/**
 * Chấm điểm CCHC: score the active criteria sheet with core (rules read from their text), write
 * the result on a new sheet "Kết quả chấm điểm" (index, band, points by area with a column
 * chart, every criterion, findings) and mark the offending cells with a fill and a comment, as
 * "Kiểm tra phụ lục" does (same mark store, so "Xóa đánh dấu" removes them). The user's values
 * are never written. Three batches: read → (earlier marks, comments) → write.
 */
import { columnLetter, type Finding, SEVERITY_LABELS, type ScoreReport, scoreSelfAssessment, scoringSheetSpec } from "@cchc/core";
import { quoteSheetName } from "../excel/addresses.js";
import {
  commentsSupported,
  fillPatternSupported,
  loadMarks,
  MARK_FILLS,
  MAX_MARKED_CELLS,
  type MarkedCell,
  type MarkRecord,
  sameColor,
  saveMarks,
} from "../excel/marks.js";
import { loadBook } from "../excel/readBook.js";
import { queueMarkCheck, queueMarkRemoval } from "../excel/removeMarks.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { CommandError } from "./commandError.js";
import { renderSheetSpec, writeRenderedSpec } from "./renderSheetSpec.js";
import { normaliseAddress } from "./validateSheet.js";

export interface ScoreResult {
  sheet: string;
  resultSheet: string;
  report: ScoreReport;
  markedCells: number;
  syncs: number;
}

interface MarkTarget {
  address: string;
  severity: "error" | "warning";
  text: string;
}

/** One mark per cell (errors and warnings), messages of a cell joined; a row finding marks column A of the table. */
export function scoreMarkTargets(findings: readonly Finding[], firstColumn: number): MarkTarget[] {
  const byCell = new Map<string, MarkTarget>();
  for (const f of findings) {
    if (f.severity === "info" || f.row < 1) continue;
    const address = `${f.column ?? columnLetter(firstColumn - 1)}${f.row}`;
    const line = `CCHC – ${SEVERITY_LABELS[f.severity]} (${f.code}): ${f.message}`;
    const t = byCell.get(address);
    if (t) {
      t.text += `\n${line}`;
      if (f.severity === "error") t.severity = "error";
    } else byCell.set(address, { address, severity: f.severity === "error" ? "error" : "warning", text: line });
  }
  return [...byCell.values()];
}

export async function scoreSheet(context: Excel.RequestContext): Promise<ScoreResult> {
  let syncs = 0;
  const withComments = commentsSupported();
  const withPattern = fillPatternSupported();
  const comments = withComments ? context.workbook.comments : null;
  const first = await loadBook(context, true, () => comments?.load("items/id"));
  syncs += first.syncs;
  const book = first.book;
  if (book.values.length === 0) {
    throw new CommandError(`Trang "${book.active.name}" đang trống. Hãy mở trang có bảng tự chấm điểm (hoặc bấm Chèn mẫu tự chấm điểm) rồi bấm Chấm điểm CCHC.`);
  }
  const report = scoreSelfAssessment(book.values, { firstRow: book.firstRow, firstColumn: book.firstColumn });
  if (report.error) throw new CommandError(`Trang "${book.active.name}": ${report.error}`);

  // 2. earlier marks of this sheet, cells that already carry a comment
  const all = loadMarks();
  const earlier = all.filter((r) => r.sheetId === book.active.id);
  const others = all.filter((r) => r.sheetId !== book.active.id);
  const checks = queueMarkCheck(context, earlier, book.sheets);
  const locations = (comments?.items ?? []).map((c) => {
    const loc = c.getLocation();
    loc.load("address");
    return { id: c.id, loc };
  });
  await context.sync();
  syncs++;

  // 3. write: earlier marks removed, the result sheet, new marks
  context.application.suspendApiCalculationUntilNextSync();
  queueMarkRemoval(context, earlier, checks, comments ? new Set(locations.map((l) => l.id)) : null);
  const deleted = new Set(earlier.flatMap((r) => r.cells.map((c) => c.commentId)).filter((id): id is string => Boolean(id)));
  const commented = new Set(locations.filter((l) => !deleted.has(l.id)).map((l) => normaliseAddress(l.loc.address)));

  const spec = scoringSheetSpec(report, `trang "${book.active.name}"`);
  const name = uniqueSheetName(spec.name, book.sheets.map((s) => s.name));
  const out = context.workbook.worksheets.add(name);
  const source = quoteSheetName(book.active.name);
  // the "Dòng" column of the criteria list and the "Ô" column of the findings link back
  const rendered = renderSheetSpec(spec, book.active.name);
  syncs += await writeRenderedSpec(context, out, rendered);

  const targets = scoreMarkTargets([...report.errors, ...report.warnings], book.firstColumn);
  const sheet = context.workbook.worksheets.getItem(book.active.id);
  const pending: { cell: MarkedCell; fill: Excel.RangeFill; comment: Excel.Comment | null }[] = [];
  for (const t of targets.slice(0, MAX_MARKED_CELLS)) {
    const fill = sheet.getRange(t.address).format.fill;
    fill.load(withPattern ? "color,pattern" : "color");
    const markFill = t.severity === "error" ? MARK_FILLS.error : MARK_FILLS.warning;
    fill.color = markFill;
    let comment: Excel.Comment | null = null;
    const ref = `${source}!${t.address}`;
    if (comments && !commented.has(normaliseAddress(ref))) {
      comment = context.workbook.comments.add(ref, t.text);
      comment.load("id");
    }
    pending.push({ cell: { address: t.address, originalFill: null, markFill, commentId: null }, fill, comment });
  }
  out.activate();
  await context.sync();
  syncs++;
  const cells = pending.map((p) => ({
    ...p.cell,
    originalFill: (withPattern ? p.fill.pattern === "None" : sameColor(p.fill.color, "#FFFFFF")) ? null : p.fill.color,
    commentId: p.comment ? p.comment.id : null,
  }));
  const kept: MarkRecord[] = cells.length > 0 ? [...others, { sheetId: book.active.id, sheetName: book.active.name, cells }] : others;
  await saveMarks(kept);
  return { sheet: book.active.name, resultSheet: name, report, markedCells: cells.length, syncs };
}
