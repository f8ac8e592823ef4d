/**
 * The first read of every command, queued in one batch: the sheet list, the active sheet and
 * its used range (values only, with its position). Nothing else is loaded.
 */
import type { MergedRange } from "@cchc/core";
import { mergedAreasSupported, parseMergedAddress } from "./mergedAreas.js";
import { SETTINGS_READ_RANGE, SETTINGS_SHEET, readSettingsValues, type SettingsRead } from "./settingsSheet.js";

export interface SheetInfo {
  name: string;
  id: string;
}

export interface QueuedBook {
  sheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
  used: Excel.Range | null;
  merged: Excel.RangeAreas | null;
}

export function queueBookRead(context: Excel.RequestContext, withActiveValues: boolean): QueuedBook {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const active = sheets.getActiveWorksheet();
  active.load("name,id");
  let used: Excel.Range | null = null;
  let merged: Excel.RangeAreas | null = null;
  if (withActiveValues) {
    used = active.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    merged = queueMerged(active);
  }
  return { sheets, active, used, merged };
}

function queueMerged(sheet: Excel.Worksheet): Excel.RangeAreas | null {
  if (!mergedAreasSupported()) return null;
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  return merged;
}

function mergesOf(merged: Excel.RangeAreas | null): MergedRange[] {
  return merged && !merged.isNullObject ? parseMergedAddress(merged.address) : [];
}

export interface BookRead {
  sheets: SheetInfo[];
  active: SheetInfo;
  /** Values of the active sheet's used range ([] when the sheet is empty). */
  values: unknown[][];
  /** 1-based physical row and column of values[0][0]. */
  firstRow: number;
  firstColumn: number;
  /** Merged cells of the active sheet (empty when not read). */
  merges: MergedRange[];
}

export function bookRead(q: QueuedBook): BookRead {
  const empty = !q.used || q.used.isNullObject;
  return {
    sheets: q.sheets.items.map((s) => ({ name: s.name, id: s.id })),
    active: { name: q.active.name, id: q.active.id },
    values: empty ? [] : (q.used!.values as unknown[][]),
    firstRow: empty ? 1 : q.used!.rowIndex + 1,
    firstColumn: empty ? 1 : q.used!.columnIndex + 1,
    merges: mergesOf(q.merged),
  };
}

export function hasSheet(book: { sheets: SheetInfo[] }, name: string): boolean {
  const key = name.normalize("NFC").toLocaleLowerCase("vi");
  return book.sheets.some((s) => s.name.normalize("NFC").toLocaleLowerCase("vi") === key);
}

/** Queue the read of the settings sheet when it exists (second batch of a command). */
export function queueSettingsRead(context: Excel.RequestContext, book: { sheets: SheetInfo[] }): Excel.Range | null {
  if (!hasSheet(book, SETTINGS_SHEET)) return null;
  const range = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange(SETTINGS_READ_RANGE);
  range.load("values");
  return range;
}

export function settingsRead(range: Excel.Range | null): SettingsRead {
  if (!range) return readSettingsValues(null);
  return readSettingsValues(range.values as unknown[][]);
}

/** Cells read per request when a sheet is too large to read at once. */
export const READ_CHUNK_CELLS = 100_000;

/** Excel refused to send that much in one response (5 MB on the web). */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? "";
  return /PayloadSizeLimitExceeded|RangeExceedsLimit/.test(code) || /PayloadSizeLimitExceeded/.test(String((e as Error)?.message ?? ""));
}

/**
 * The first batch of a command (see queueBookRead). A sheet too large for one response is read
 * again in row chunks (at most READ_CHUNK_CELLS cells and half the sheet, halved while Excel
 * still refuses), one request each (only on very large sheets).
 */
export async function loadBook(
  context: Excel.RequestContext,
  withActiveValues: boolean,
  alsoQueue?: () => void,
): Promise<{ book: BookRead; syncs: number }> {
  const q = queueBookRead(context, withActiveValues);
  alsoQueue?.();
  try {
    await context.sync();
    return { book: bookRead(q), syncs: 1 };
  } catch (e) {
    if (!withActiveValues || !isPayloadTooLarge(e)) throw e;
  }
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const active = sheets.getActiveWorksheet();
  active.load("name,id");
  const used = active.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const merged = queueMerged(active);
  alsoQueue?.();
  await context.sync();
  let syncs = 2;
  const values: unknown[][] = [];
  if (!used.isNullObject) {
    // at most half the sheet per request (the whole sheet was just refused: a sheet of long
    // texts passes 5 MB well under READ_CHUNK_CELLS), halved again while still refused
    let per = Math.max(1, Math.min(Math.floor(READ_CHUNK_CELLS / Math.max(1, used.columnCount)), Math.ceil(used.rowCount / 2)));
    for (let start = 0; start < used.rowCount; ) {
      const rows = Math.min(per, used.rowCount - start);
      const chunk = active.getRangeByIndexes(used.rowIndex + start, used.columnIndex, rows, used.columnCount);
      chunk.load("values");
      try {
        await context.sync();
      } catch (e) {
        syncs++;
        if (!isPayloadTooLarge(e) || rows === 1) throw e;
        per = Math.max(1, Math.floor(rows / 2));
        continue;
      }
      syncs++;
      for (const row of chunk.values) values.push(row);
      start += rows;
    }
  }
  return {
    book: {
      sheets: sheets.items.map((s) => ({ name: s.name, id: s.id })),
      active: { name: active.name, id: active.id },
      values,
      firstRow: used.isNullObject ? 1 : used.rowIndex + 1,
      firstColumn: used.isNullObject ? 1 : used.columnIndex + 1,
      merges: mergesOf(merged),
    },
    syncs,
  };
}
