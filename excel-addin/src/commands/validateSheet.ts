/**
 * Kiểm tra phụ lục: validate the active sheet with core, write the findings on a new sheet
 * "Kết quả kiểm tra" (severity, code, cell link, message) and mark the offending cells with a
 * fill and a comment. Three batches: read → (settings, earlier marks) → write. The user's
 * values are never written; earlier marks are removed first.
 */
import { effectiveAsOf, findingMarkNote, findingMarks, toVN, validateAppendix, validationSheetSpec, type Day, type ValidationReport } from "@cchc/core";
import { columnIndexOf, columnLetter, quoteSheetName } from "../excel/addresses.js";
import {
  MARK_FILLS,
  MAX_MARKED_CELLS,
  commentsSupported,
  fillPatternSupported,
  lastValidatedSheet,
  loadMarks,
  saveMarks,
  sameColor,
  type MarkRecord,
  type MarkedCell,
} from "../excel/marks.js";
import { mergedAreasSupported, parseMergedAddress } from "../excel/mergedAreas.js";
import { loadBook, queueSettingsRead, settingsRead, type BookRead } from "../excel/readBook.js";
import { queueMarkCheck, queueMarkRemoval } from "../excel/removeMarks.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { CommandError } from "./commandError.js";
import { renderSheetSpec, writeRenderedSpec } from "./renderSheetSpec.js";

export const REPORT_SHEET = "Kết quả kiểm tra";
/** Start of the report's title (core's validationSheetSpec), to recognise a report sheet. */
export const REPORT_TITLE_START = "KẾT QUẢ KIỂM TRA PHỤ LỤC";

export interface ValidateOptions {
  /** Today, from the task pane: used when the settings sheet has no reporting date. */
  today: Day;
}

export interface ValidateResult {
  sheet: string;
  reportSheet: string;
  errors: number;
  warnings: number;
  infos: number;
  tasks: number;
  markedCells: number;
  /** Findings not marked on cells because of MAX_MARKED_CELLS. */
  unmarked: number;
  settingsProblems: string[];
  syncs: number;
}


export async function validateSheet(context: Excel.RequestContext, options: ValidateOptions): Promise<ValidateResult> {
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const withComments = commentsSupported();
  const withPattern = fillPatternSupported();

  // 1. read (in chunks only when the sheet is too large for one response)
  const comments = withComments ? context.workbook.comments : null;
  const first = await loadBook(context, true, () => comments?.load("items/id"));
  syncs += first.syncs;
  let book = first.book;
  if (book.values.length === 0) {
    throw new CommandError(`Trang "${book.active.name}" đang trống. Hãy mở trang có bảng phụ lục rồi bấm Kiểm tra phụ lục.`);
  }

  // 2. settings, earlier marks, cells that already carry a comment; pressed on a report
  //    sheet, the sheet validated last is read again instead
  const last = String(book.values[0]?.[0] ?? "").startsWith(REPORT_TITLE_START) ? lastValidatedSheet() : null;
  const again = last && last !== book.active.id ? book.sheets.find((s) => s.id === last) : undefined;
  let againRange: Excel.Range | null = null;
  let againMerged: Excel.RangeAreas | null = null;
  if (again) {
    const sheet = context.workbook.worksheets.getItem(again.id);
    againRange = sheet.getUsedRangeOrNullObject(true);
    againRange.load("values,rowIndex,columnIndex");
    if (mergedAreasSupported()) {
      againMerged = sheet.getRange().getMergedAreasOrNullObject();
      againMerged.load("address");
    }
  }
  const settingsRange = queueSettingsRead(context, book);
  const allEarlier = loadMarks();
  const target = again ?? book.active;
  // marks of this sheet's last check are replaced; marks left on other sheets stay
  const earlier = allEarlier.filter((r) => r.sheetId === target.id);
  const otherSheets = allEarlier.filter((r) => r.sheetId !== target.id);
  const checks = queueMarkCheck(context, earlier, book.sheets);
  const locations = (comments?.items ?? []).map((c) => {
    const loc = c.getLocation();
    loc.load("address");
    return { id: c.id, loc };
  });
  await sync();
  if (again && againRange && !againRange.isNullObject) {
    book = {
      ...book,
      active: again,
      values: againRange.values as unknown[][],
      firstRow: againRange.rowIndex + 1,
      firstColumn: againRange.columnIndex + 1,
      merges: againMerged && !againMerged.isNullObject ? parseMergedAddress(againMerged.address) : [],
    } satisfies BookRead;
  }
  const { settings, problems, notices } = settingsRead(settingsRange);
  const asOf = effectiveAsOf(settings, options.today);
  const report = validateAppendix(book.values, {
    planYear: settings.planYear ?? undefined,
    asOf,
    firstRow: book.firstRow,
    firstColumn: book.firstColumn,
    merges: book.merges,
  });
  if (report.error) throw new CommandError(`Trang "${book.active.name}": ${report.error}`);

  // 3. write: remove earlier marks, the report sheet, new marks
  context.application.suspendApiCalculationUntilNextSync();
  const existingIds = comments ? new Set(locations.map((l) => l.id)) : null;
  queueMarkRemoval(context, earlier, checks, existingIds);
  const deleted = new Set(earlier.flatMap((r) => r.cells.map((c) => c.commentId)).filter((id): id is string => Boolean(id)));
  const commented = new Set(
    locations.filter((l) => !deleted.has(l.id)).map((l) => normaliseAddress(l.loc.address)),
  );

  const spec = validationSheetSpec(report, { sheet: book.active.name, asOf, planYear: settings.planYear });
  const reportName = uniqueSheetName(spec.name || REPORT_SHEET, book.sheets.map((s) => s.name));
  const reportSheet = context.workbook.worksheets.add(reportName);
  const rendered = renderSheetSpec(spec, book.active.name);
  syncs += await writeRenderedSpec(context, reportSheet, rendered);
  if (rendered.blocks[0]) reportSheet.freezePanes.freezeRows(rendered.blocks[0].headerRow + 1);

  const targets = markTargets(report, book.firstColumn);
  const active = context.workbook.worksheets.getItem(book.active.id);
  const pending: { cell: MarkedCell; fill: Excel.RangeFill; comment: Excel.Comment | null }[] = [];
  for (const t of targets.slice(0, MAX_MARKED_CELLS)) {
    const range = active.getRange(t.address);
    const fill = range.format.fill;
    fill.load(withPattern ? "color,pattern" : "color"); // captured before the colour below is set (batch order)
    const markFill = t.severity === "error" ? MARK_FILLS.error : MARK_FILLS.warning;
    fill.color = markFill;
    let comment: Excel.Comment | null = null;
    const key = normaliseAddress(`${quoteSheetName(book.active.name)}!${t.address}`);
    if (comments && !commented.has(key)) {
      comment = context.workbook.comments.add(`${quoteSheetName(book.active.name)}!${t.address}`, t.text);
      comment.load("id");
    }
    pending.push({ cell: { address: t.address, originalFill: null, markFill, commentId: null }, fill, comment });
  }
  reportSheet.activate();
  await sync();

  const cells = pending.map((p) => ({
    ...p.cell,
    originalFill: noFill(p.fill, withPattern) ? null : p.fill.color,
    commentId: p.comment ? p.comment.id : null,
  }));
  const kept: MarkRecord[] = cells.length > 0 ? [...otherSheets, { sheetId: book.active.id, sheetName: book.active.name, cells }] : otherSheets;
  await saveMarks(kept, book.active.id);

  return {
    sheet: book.active.name,
    reportSheet: reportName,
    errors: report.errors.length,
    warnings: report.warnings.length,
    infos: report.infos.length,
    tasks: report.stats.tasks,
    markedCells: cells.length,
    unmarked: Math.max(0, targets.length - MAX_MARKED_CELLS),
    settingsProblems: [...problems, ...notices],
    syncs,
  };
}

/** No fill: pattern "None" (ExcelApi 1.9); on older hosts a white fill is taken as none. */
function noFill(fill: Excel.RangeFill, withPattern: boolean): boolean {
  return withPattern ? fill.pattern === "None" : sameColor(fill.color, "#FFFFFF");
}

/** "'Phụ lục'!$C$12" / "Phụ lục!C12" → "phụ lục!C12" (for comparing comment locations). */
export function normaliseAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'") : "";
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").split(":")[0].toUpperCase();
  return `${sheet.normalize("NFC").toLocaleLowerCase("vi")}!${ref}`;
}

interface MarkTarget {
  address: string;
  severity: "error" | "warning";
  text: string;
}

/** One mark per cell, the cell and the note's text decided by core (findingMarks), as in Google Sheets. */
export function markTargets(report: ValidationReport, firstColumn: number): MarkTarget[] {
  return findingMarks(report, columnLetter(firstColumn - 1)).map((m) => ({ address: `${m.column}${m.row}`, severity: m.severity, text: findingMarkNote(m) }));
}

const rowOf = (a: string) => Number(/\d+/.exec(a)?.[0] ?? 0);
const colOf = (a: string) => /^[A-Z]+/.exec(a)?.[0] ?? "A";
