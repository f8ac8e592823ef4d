/**
 * Column choice by meaning: when a header has two columns of one kind ("Hạn xử lý" holding
 * "Còn 3 ngày" and "Ngày hẹn trả" holding dates; "Hình thức" and "Hình thức nộp"), the first
 * rows decide: a date column must hold dates, a channel column channels. Among columns that do,
 * the most preferred title wins (columns.ts ranks "Ngày tiếp nhận" before "Ngày nộp").
 */
import { cellText } from "../text/normalize.js";
import type { DossierColumn, DossierColumnMap, DossierHeader } from "./columns.js";
import { readExportDate } from "./exportDate.js";
import { PRE_READ_DATE_COLUMNS } from "./preReadRow.js";

const DATE_COLUMNS: readonly DossierColumn[] = PRE_READ_DATE_COLUMNS;

/** How many rows are looked at before the columns are chosen. */
export const COLUMN_SAMPLE_ROWS = 50;

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Share of non-blank cells of column `i` that `ok` accepts; null when all are blank. */
function share(rows: readonly (readonly unknown[])[], i: number, ok: (v: unknown) => boolean): number | null {
  let n = 0;
  let good = 0;
  for (const r of rows) {
    const v = r[i];
    if (isBlank(v)) continue;
    n++;
    if (ok(v)) good++;
  }
  return n === 0 ? null : good / n;
}

export interface ColumnChoice {
  columns: DossierColumnMap;
  /** Vietnamese notes on choices that differ from the header's first preference. */
  notes: string[];
}

/**
 * Choose among the header's candidates with the first rows. `channelOf(i)` says whether a value
 * of column i reads as a submission channel (readDossier's channel reader of that column).
 */
export function chooseByContent(
  header: readonly unknown[],
  h: DossierHeader,
  rows: readonly (readonly unknown[])[],
  channelOf: (column: number) => (v: unknown) => boolean,
): ColumnChoice {
  const columns: DossierColumnMap = { ...h.columns };
  const notes: string[] = [];
  const pick = (col: DossierColumn, okOf: (column: number) => (v: unknown) => boolean, what: string): void => {
    const cands = h.candidates[col];
    if (!cands || cands.length < 2) return;
    const first = cands[0];
    const firstShare = share(rows, first, okOf(first));
    if (firstShare === null || firstShare >= 0.5) return;
    const better = cands.slice(1).find((i) => (share(rows, i, okOf(i)) ?? 0) >= 0.5);
    if (better === undefined) return;
    columns[col] = better;
    notes.push(
      `Cột "${cellText(header[first])}" không chứa ${what} (ví dụ "${cellText(rows.find((r) => !isBlank(r[first]))?.[first])}"): dùng cột "${cellText(header[better])}".`,
    );
  };
  const isDate = (v: unknown): boolean => readExportDate(v).ok;
  for (const col of DATE_COLUMNS) pick(col, () => isDate, "ngày");
  pick("channel", channelOf, "hình thức nộp (trực tuyến / trực tiếp / bưu chính)");
  // A channel column whose values are not channels (codes of unknown meaning, such as the
  // portal's HinhThuc 0/1) gives no online figures rather than wrong ones.
  const ch = columns.channel;
  if (ch !== undefined && (share(rows, ch, channelOf(ch)) ?? 1) < 0.5) {
    delete columns.channel;
    notes.push(
      `Cột "${cellText(header[ch])}" không chứa hình thức nộp đọc được (ví dụ "${cellText(rows.find((r) => !isBlank(r[ch]))?.[ch])}"): không tính số hồ sơ trực tuyến.`,
    );
  }
  return { columns, notes };
}
