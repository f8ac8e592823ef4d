/**
 * Which column holds the tracking status (issue 10 §1). "Tiến độ" is the schedule in some plans
 * and the status in others ("Hoàn thành", "Đang thực hiện", "Quá hạn"): the header alone does
 * not say, so the cells decide. Every header cell that names a schedule ("Tiến độ", "Thời gian",
 * "Thời hạn") or a status ("Tình trạng", "Kết quả thực hiện"…) is a candidate; up to
 * SAMPLE_ROWS cells below the header are read as a status (readStatus) and as a schedule
 * (parseSchedule). A column whose readable cells are mostly status words is the status column;
 * a schedule-named column that held statuses gives its place to the next schedule-named column.
 * A status-named column ("Kết quả hiện nay") keeps the role unless its cells are free text (not
 * mostly status words) while a schedule-named column holds status words: then the latter wins.
 */
import { parseSchedule } from "../schedule/parseSchedule.js";
import { isStatusWord, readStatus } from "../status/readStatus.js";
import { mayNeedUnicodeFix, unicodeFixOf } from "../text/legacyEncoding.js";
import { textOf } from "./cells.js";
import { matchAppendixColumn } from "./columns.js";
import type { ColumnKey } from "./types.js";

/** How many data rows are sampled per candidate column. */
export const SAMPLE_ROWS = 400;

export interface ColumnContent {
  /** Cells read as a status and not as a schedule. */
  status: number;
  /** Cells read as a schedule and not as a status. */
  schedule: number;
  /** Cells read as both ("Hoàn thành ngày 15/11/2025"): they decide nothing alone. */
  both: number;
  /** Non-empty cells sampled. */
  filled: number;
}

function sampleText(v: unknown): unknown {
  if (typeof v !== "string" || !mayNeedUnicodeFix(v)) return v;
  return unicodeFixOf(v)?.text ?? v;
}

/** What the cells of column j hold, rows from..from+SAMPLE_ROWS of the grid. */
export function columnContent(cells: readonly unknown[], j: number, from: number): ColumnContent {
  const c: ColumnContent = { status: 0, schedule: 0, both: 0, filled: 0 };
  const to = Math.min(cells.length, from + SAMPLE_ROWS);
  for (let i = from; i < to; i++) {
    const row = cells[i];
    if (!Array.isArray(row)) continue;
    const v = sampleText(row[j]);
    const text = textOf(v);
    if (text === "") continue;
    c.filled++;
    const asStatus = isStatusWord(readStatus(v instanceof Date || typeof v === "number" ? null : text));
    const asSchedule = parseSchedule(text).kind !== "unknown";
    if (asStatus && !asSchedule) c.status++;
    else if (asSchedule && !asStatus) c.schedule++;
    else if (asSchedule && asStatus) c.both++;
  }
  return c;
}

/**
 * True when the cells are mostly status words (cells that read both ways left aside). As many
 * status words as schedules is a tie that cells reading both ways ("Hoàn thành ngày 15/11/2025")
 * break towards the status: beside "Hoàn thành", they are reports of work done.
 */
export function holdsStatus(c: ColumnContent): boolean {
  const more = c.status > c.schedule || (c.status === c.schedule && c.both > 0);
  return c.status > 0 && more && c.status * 2 >= c.filled - c.schedule - c.both;
}

/** Mostly cells that read both ways ("Hoàn thành ngày 15/11/2025"), no plain schedule. */
function mostlyBoth(c: ColumnContent): boolean {
  return c.both > 0 && c.schedule === 0 && (c.both + c.status) * 2 >= c.filled;
}

/**
 * Columns after deciding the status column by content. `headerRows` are the header's rows
 * (indexes into `cells`), data starts at `dataFrom`. Returns the same object when nothing moves.
 */
export function resolveStatusColumn(
  cells: readonly unknown[],
  columns: Partial<Record<ColumnKey, number>>,
  headerRows: readonly number[],
  dataFrom: number,
): Partial<Record<ColumnKey, number>> {
  const schedules: number[] = [];
  const statuses: number[] = [];
  const seen = new Set<number>();
  for (const h of headerRows) {
    const row = cells[h];
    if (!Array.isArray(row)) continue;
    for (let j = 0; j < row.length; j++) {
      if (seen.has(j)) continue;
      const m = matchAppendixColumn(row[j]);
      if (m === "deadline" || m === "ambiguous") schedules.push(j);
      else if (m === "status") statuses.push(j);
      else continue;
      seen.add(j);
    }
  }
  if (schedules.length === 0) return columns;
  const contents = new Map(schedules.map((j) => [j, columnContent(cells, j, dataFrom)]));
  let statusByContent = schedules.filter((j) => holdsStatus(contents.get(j)!));
  if (statusByContent.length === 0 && schedules.length >= 2) {
    // "Thời gian hoàn thành" of schedules, then "Tiến độ" of "Hoàn thành ngày …" only: the second is the status.
    const plain = schedules.filter((j) => contents.get(j)!.schedule > 0);
    statusByContent = plain.length > 0 ? schedules.filter((j) => j > plain[0] && mostlyBoth(contents.get(j)!)).slice(0, 1) : [];
  }
  if (statusByContent.length === 0) return columns;
  const next = { ...columns };
  // A status-named column of free text ("Kết quả hiện nay": what was done, a few cells starting
  // "Đã ban hành …") loses to a schedule-named column whose cells are status words.
  const named = next.status !== undefined && statuses.includes(next.status) ? next.status : undefined;
  const namedContent = named === undefined ? undefined : columnContent(cells, named, dataFrom);
  const namedIsFreeText = namedContent !== undefined && namedContent.filled > 0 && !holdsStatus(namedContent);
  if (named === undefined || namedIsFreeText) next.status = statusByContent[0];
  const free = schedules.filter((j) => !statusByContent.includes(j));
  if (next.deadline !== undefined && statusByContent.includes(next.deadline)) {
    delete next.deadline;
    // "Thời hạn" went to the due column when "Tiến độ" took the schedule's place: it is the schedule now.
    const j = free.find((x) => x !== next.due) ?? free[0];
    if (j !== undefined) {
      if (next.due === j) delete next.due;
      next.deadline = j;
    }
  }
  if (next.due !== undefined && statusByContent.includes(next.due)) delete next.due;
  return next;
}
