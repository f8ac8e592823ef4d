/**
 * Live checking (issue 17) of one sheet after an edit or a paste: core's recheckRows gives the
 * rows whose marks must change and their findings; only the marks of those rows are replaced
 * (fill and comment, exactly as "Kiểm tra phụ lục" makes them), never a value. A cell keeping a
 * mark keeps its original fill on record. Three requests: read the sheet → read the fills of the
 * marks concerned → write.
 */
import { recheckRows, tableDropDowns, type Day } from "@cchc/core";
import { quoteSheetName } from "../excel/addresses.js";
import { commentsSupported, fillPatternSupported, loadMarks, MARK_FILLS, sameColor, saveMarks, type MarkedCell, type MarkRecord } from "../excel/marks.js";
import { mergedAreasSupported, parseMergedAddress } from "../excel/mergedAreas.js";
import { settingsRead } from "../excel/readBook.js";
import { SETTINGS_READ_RANGE, SETTINGS_SHEET } from "../excel/settingsSheet.js";
import { markTargets, normaliseAddress } from "../commands/validateSheet.js";

export interface LiveResult {
  sheet: string;
  /** Rows whose marks were refreshed. */
  rows: number;
  added: number;
  removed: number;
  /** Open findings of the whole sheet, for the live count. */
  counts: { errors: number; warnings: number; infos: number };
  /** The sheet holds no table any more (all marks of the sheet were removed). */
  error?: string;
  /** Drop-down lists / hints added (columns). */
  listsAdded: number;
  syncs: number;
}

const rowOf = (address: string): number => Number(/\d+/.exec(address)?.[0] ?? 0);

export interface RecheckOptions {
  today: Day;
  /**
   * Also add core's drop-down lists and hints (when switching on): the lead-unit list offers the
   * units of the table and the department's own list read from the settings sheet (column E).
   */
  dropDowns?: boolean;
}

export async function recheckSheet(context: Excel.RequestContext, sheetId: string, changedRows: readonly number[], options: RecheckOptions): Promise<LiveResult> {
  let syncs = 0;
  const sheet = context.workbook.worksheets.getItem(sheetId);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const merged = mergedAreasSupported() ? sheet.getRange().getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const settingsSheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const settingsRange = settingsSheet.getRange(SETTINGS_READ_RANGE);
  settingsRange.load("values");
  const withComments = commentsSupported();
  const allComments = withComments ? context.workbook.comments : null;
  allComments?.load("items/id");
  await context.sync();
  syncs++;
  const { settings } = settingsRead(settingsSheet.isNullObject ? null : settingsRange);
  const values = used.isNullObject ? [] : (used.values as unknown[][]);
  const firstRow = used.isNullObject ? 1 : used.rowIndex + 1;
  const firstColumn = used.isNullObject ? 1 : used.columnIndex + 1;
  const r = recheckRows(
    values,
    {
      planYear: settings.planYear ?? undefined,
      asOf: settings.asOf ?? options.today,
      firstRow,
      firstColumn,
      merges: merged && !merged.isNullObject ? parseMergedAddress(merged.address) : [],
    },
    changedRows,
  );
  const rows = new Set(r.rows);
  const records = loadMarks();
  const mine = records.find((x) => x.sheetId === sheetId);
  const others = records.filter((x) => x.sheetId !== sheetId);
  const earlier = (mine?.cells ?? []).filter((c) => r.error !== undefined || rows.has(rowOf(c.address)));
  const keptCells = (mine?.cells ?? []).filter((c) => !earlier.includes(c));
  const targets = r.error !== undefined ? [] : markTargets({ ...r.report, errors: r.findings.filter((f) => f.severity === "error"), warnings: r.findings.filter((f) => f.severity === "warning") }, firstColumn);

  // 2. the fills of the cells concerned (a fill the user changed since marking is left alone),
  //    and the text of our comments on cells that stay marked
  const withPattern = fillPatternSupported();
  const targetAt = new Map(targets.map((t) => [t.address, t]));
  const earlierFills = earlier.map((c) => {
    const fill = sheet.getRange(c.address).format.fill;
    fill.load("color");
    const comment = withComments && c.commentId && targetAt.has(c.address) ? context.workbook.comments.getItemOrNullObject(c.commentId) : null;
    comment?.load("content");
    return { cell: c, fill, comment };
  });
  const byAddress = new Map(earlier.map((c) => [c.address, c]));
  const newFills = targets.filter((t) => !byAddress.has(t.address)).map((t) => {
    const fill = sheet.getRange(t.address).format.fill;
    fill.load(withPattern ? "color,pattern" : "color");
    return { address: t.address, fill };
  });
  // the user's own comments: a cell holds one thread, so ours is not added there
  const ourIds = new Set(records.flatMap((x) => x.cells.map((c) => c.commentId)).filter((x): x is string => Boolean(x)));
  const theirs = newFills.length === 0 ? [] : (allComments?.items ?? []).filter((c) => !ourIds.has(c.id)).map((c) => {
    const loc = c.getLocation();
    loc.load("address");
    return loc;
  });
  // drop-down lists only where the user has no validation of their own
  const lists =
    options.dropDowns && r.report.table
      ? tableDropDowns(r.report.table, { lastRow: firstRow + values.length - 1, departmentUnits: settings.departmentUnits ?? [] }).map((d) => {
          const range = sheet.getRange(`${d.column}${d.firstRow}:${d.column}${d.lastRow}`);
          range.dataValidation.load("type");
          return { d, range };
        })
      : [];
  if (earlierFills.length + newFills.length + lists.length > 0) {
    await context.sync();
    syncs++;
  }
  let listsAdded = 0;
  for (const { d, range } of lists) {
    if (range.dataValidation.type !== "None") continue;
    const v = range.dataValidation;
    if (d.list) {
      v.rule = { list: { inCellDropDown: true, source: d.list.join(",") } };
      v.errorAlert = {
        showAlert: true,
        style: d.strict ? "Stop" : "Warning",
        title: "Giá trị không có trong danh sách",
        message: d.strict ? "Hãy chọn một giá trị trong danh sách." : "Giá trị này chưa có trong danh sách; vẫn có thể giữ nếu đúng.",
      };
    }
    v.prompt = { showPrompt: true, title: "Gợi ý", message: d.prompt };
    listsAdded++;
  }
  const userCommented = new Set(theirs.map((l) => normaliseAddress(l.address)));

  // 3. write: marks of those rows that no longer apply removed, changed ones updated, new ones
  //    added; a cell marked before and after keeps its original fill on record
  let removed = 0;
  const cells: MarkedCell[] = [];
  const pendingComments: { cell: MarkedCell; comment: Excel.Comment }[] = [];
  const place = `${quoteSheetName(sheetName(sheet))}!`;
  for (const { cell, fill, comment } of earlierFills) {
    const still = sameColor(fill.color, cell.markFill);
    const t = targetAt.get(cell.address);
    if (t && still) {
      const markFill = t.severity === "error" ? MARK_FILLS.error : MARK_FILLS.warning;
      if (!sameColor(markFill, cell.markFill)) sheet.getRange(cell.address).format.fill.color = markFill;
      const next: MarkedCell = { address: cell.address, originalFill: cell.originalFill, markFill, commentId: cell.commentId };
      if (withComments) {
        if (comment && !comment.isNullObject) {
          if (comment.content !== t.text) comment.content = t.text;
        } else {
          pendingComments.push({ cell: next, comment: context.workbook.comments.add(`${place}${cell.address}`, t.text) });
        }
      }
      cells.push(next);
      continue;
    }
    if (withComments && cell.commentId) context.workbook.comments.getItemOrNullObject(cell.commentId).delete();
    if (still) {
      const f = sheet.getRange(cell.address).format.fill;
      if (cell.originalFill === null) f.clear();
      else f.color = cell.originalFill;
    }
    removed++;
  }
  const newCells = newFills.map(({ address, fill }) => {
    const t = targetAt.get(address)!;
    const markFill = t.severity === "error" ? MARK_FILLS.error : MARK_FILLS.warning;
    const none = withPattern ? fill.pattern === "None" : sameColor(fill.color, "#FFFFFF");
    sheet.getRange(address).format.fill.color = markFill;
    const cell: MarkedCell = { address, originalFill: none ? null : fill.color, markFill, commentId: null };
    if (withComments && !userCommented.has(normaliseAddress(`${place}${address}`))) {
      pendingComments.push({ cell, comment: context.workbook.comments.add(`${place}${address}`, t.text) });
    }
    return cell;
  });
  for (const p of pendingComments) p.comment.load("id");
  await context.sync();
  syncs++;
  for (const p of pendingComments) p.cell.commentId = p.comment.id;
  const all = [...keptCells, ...cells, ...newCells];
  const next: MarkRecord[] = all.length > 0 ? [...others, { sheetId, sheetName: sheetName(sheet), cells: all }] : others;
  await saveMarks(next);
  return { sheet: sheetName(sheet), rows: r.rows.length, added: newCells.length, removed, counts: r.counts, error: r.error, listsAdded, syncs };
}

function sheetName(sheet: Excel.Worksheet): string {
  return sheet.name;
}
