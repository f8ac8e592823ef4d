import { type Day, toVN } from "../dates/day.js";
import { cellText, foldKey } from "../text/normalize.js";
import { readExportDate } from "./exportDate.js";
import { statusOutcomeCached } from "./statusTable.js";
import type { StatusOutcome } from "./systems.js";
import { DOSSIER_COLUMN_NAMES, type DossierColumn, type DossierColumnMap } from "./columns.js";
import type { Dossier, InvalidDossierRow } from "./types.js";

/** The columns a dossier list must have, and at least one column giving the end of processing. */
export const END_COLUMNS: readonly DossierColumn[] = ["processed", "returned", "completed"];

/**
 * What is missing from a header for the dossier statistics, as a Vietnamese message, or null.
 * `by` makes the grouping column required too.
 */
export function missingDossierColumns(columns: DossierColumnMap, by?: "unit" | "staff"): string | null {
  const missing: string[] = [];
  if (columns.received === undefined) missing.push(`"${DOSSIER_COLUMN_NAMES.received}"`);
  if (columns.appointment === undefined) missing.push(`"${DOSSIER_COLUMN_NAMES.appointment}"`);
  if (END_COLUMNS.every((c) => columns[c] === undefined)) {
    missing.push(`một cột ngày kết thúc ("Ngày kết thúc xử lý", "Ngày trả kết quả" hoặc "Ngày hoàn thành")`);
  }
  if (by === "unit" && columns.unit === undefined) missing.push(`"${DOSSIER_COLUMN_NAMES.unit}" (hoặc "Cơ quan")`);
  if (by === "staff" && columns.staff === undefined) missing.push(`"${DOSSIER_COLUMN_NAMES.staff}"`);
  if (missing.length === 0) return null;
  return `Danh sách hồ sơ thiếu cột ${missing.join(", ")}. Hãy kiểm tra dòng tiêu đề của tệp xuất từ phần mềm một cửa.`;
}

/** Kind of a status text: an ending status of 766, a status of a dossier still in progress, or unknown/blank. */
export type StatusKind = "ended" | "pending" | "unknown";

/** The status table (statusTable.ts) folded to ended / pending / unknown. */
export function statusKind(value: unknown): StatusKind {
  const o = statusOutcomeCached(value);
  if (o === "resolved" || o === "returned") return "ended";
  if (o === "pending" || o === "received" || o === "supplement") return "pending";
  return "unknown";
}

/** Memoise a classifier of short repeated cell texts (statuses, channels): exports repeat a handful of values. */
function memo<T>(f: (v: unknown) => T): (v: unknown) => T {
  const cache = new Map<string, T>();
  return (v: unknown): T => {
    if (typeof v !== "string") return f(v);
    let r = cache.get(v);
    if (r === undefined && !cache.has(v)) {
      r = f(v);
      if (cache.size < 2000) cache.set(v, r);
    }
    return r as T;
  };
}

/** Channel text: true = online, false = trực tiếp / bưu chính, null = blank, "unknown" otherwise. */
export const channelIsOnline = memo(function channelIsOnline(value: unknown): boolean | null | "unknown" {
  const k = foldKey(cellText(value));
  if (k === "") return null;
  if (/truc tuyen|online|qua mang|dich vu cong|dvc|cong dich vu|internet/.test(k)) return true;
  if (/truc tiep|buu chinh|buu dien|qua buu|tai quay|bo phan mot cua|offline/.test(k)) return false;
  return "unknown";
});

/** TD's KenhThucHien codes (systems.ts): 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
const KENH_THUC_HIEN: Record<string, boolean> = { "1": false, "2": true, "3": false };

/**
 * The channel reader of a column: TD's KenhThucHien holds codes, OpenCPS's "online" holds
 * true/false; other columns hold words (channelIsOnline).
 */
export function channelReader(title: unknown): (v: unknown) => boolean | null | "unknown" {
  const k = foldKey(cellText(title)).replace(/[^a-z0-9]+/g, "");
  if (k === "kenhthuchien") {
    return (v) => {
      const t = cellText(v);
      return t in KENH_THUC_HIEN ? KENH_THUC_HIEN[t] : channelIsOnline(v);
    };
  }
  if (k === "online") {
    return (v) => {
      const t = foldKey(cellText(v));
      if (v === true || t === "true" || t === "1") return true;
      if (v === false || t === "false" || t === "0") return false;
      return channelIsOnline(v);
    };
  }
  return channelIsOnline;
}

/** Yes/no cells ("Có", "x", "1", "TRUE", "Đã thanh toán" / "Không", "0", "FALSE", "Chưa"). */
export const yesNo = memo(function yesNo(value: unknown): boolean | null | "unknown" {
  if (value === true) return true;
  if (value === false) return false;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : "unknown";
  const k = foldKey(cellText(value));
  if (k === "") return null;
  if (/^(khong|chua|no|false|0|k)\b/.test(k)) return false;
  if (/^(co|x|yes|true|1|da|truc tuyen|online)\b/.test(k)) return true;
  return "unknown";
});

/** cellText for short names that repeat on many rows (units, staff): cached. */
const names = new Map<string, string>();
export function nameText(v: unknown): string {
  if (typeof v !== "string") return cellText(v);
  let r = names.get(v);
  if (r === undefined) {
    r = cellText(v);
    if (names.size > 100_000) names.clear();
    names.set(v, r);
  }
  return r;
}

const PLAIN = /^[\x21-\x7e]*$/;
/** cellText, skipping the normalisation for plain ASCII codes such as "000.00.12.H34-250301-0001". */
function codeText(v: unknown): string {
  return typeof v === "string" && PLAIN.test(v) ? v : cellText(v);
}

function at(row: readonly unknown[], col: number | undefined): unknown {
  return col === undefined ? undefined : row[col];
}

function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** True when every cell of the row is blank (such rows are skipped, not reported). */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (const v of row) if (!isBlankCell(v)) return false;
  return true;
}

/**
 * Read one export row as a Dossier, or explain (in Vietnamese, naming the columns) why it
 * cannot be counted. Dates: every shape readExportDate reads (exportDate.ts). A status that
 * says the dossier was never received or was cancelled gives a SkippedDossierRow.
 */
export function readDossierRow(
  row: readonly unknown[],
  columns: DossierColumnMap,
  physicalRow: number,
  readChannel: (v: unknown) => boolean | null | "unknown" = channelIsOnline,
): Dossier | InvalidDossierRow | SkippedDossierRow {
  const outcome = statusOutcomeCached(at(row, columns.status));
  if (outcome === "notReceived" || outcome === "cancelled") return { row: physicalRow, skipped: outcome };
  const problems: string[] = [];
  const date = (col: DossierColumn, required: boolean): Day | null => {
    const v = at(row, columns[col]);
    if (isBlankCell(v)) {
      if (required) problems.push(`thiếu ${DOSSIER_COLUMN_NAMES[col].toLowerCase()}`);
      return null;
    }
    const r = readExportDate(v);
    if (r.ok) return r.day;
    problems.push(`${DOSSIER_COLUMN_NAMES[col]}: ${r.message}`);
    return null;
  };

  const received = date("received", true);
  const appointment = date("appointment", true);
  let end: Day | null = null;
  for (const c of END_COLUMNS) {
    const d = date(c, false);
    if (d !== null && (end === null || d < end)) end = d;
  }
  const supplementRequested = date("supplementRequested", false);
  const supplementCompleted = date("supplementCompleted", false);

  let supplementCount = 0;
  const countCell = at(row, columns.supplementCount);
  if (!isBlankCell(countCell)) {
    const n = typeof countCell === "number" ? countCell : Number(cellText(countCell).replace(",", "."));
    if (!Number.isInteger(n) || n < 0) {
      problems.push(`${DOSSIER_COLUMN_NAMES.supplementCount} "${cellText(countCell)}" không phải là số nguyên không âm`);
    } else supplementCount = n;
  }
  if (supplementCount === 0 && supplementRequested !== null) supplementCount = 1;

  dateProblems(outcome, received, appointment, end, supplementRequested, supplementCompleted, () => cellText(at(row, columns.status)), problems);
  if (problems.length > 0) {
    const code = cellText(at(row, columns.code));
    const text = problems.map((p) => p.replace(/\.+$/, "")).join("; ");
    return { row: physicalRow, message: `${code ? `Hồ sơ ${code}: ` : ""}${capitalise(text)}.` };
  }

  const channelCell = at(row, columns.channel);
  const ch = readChannel(channelCell);
  const paymentCell = at(row, columns.onlinePayment);
  const pay = yesNo(paymentCell);
  const d: Dossier = {
    row: physicalRow,
    code: codeText(at(row, columns.code)),
    unit: nameText(at(row, columns.unit)),
    staff: nameText(at(row, columns.staff)),
    received: received as Day,
    appointment: appointment as Day,
    end,
    online: ch === "unknown" ? false : ch,
    supplementCount,
    supplementRequested,
    supplementCompleted,
    onlinePayment: pay === "unknown" ? null : pay,
  };
  if (outcome === "returned") d.status = "returned";
  else if (outcome === "supplement") d.status = "supplement";
  if (ch === "unknown") d.channelUnknown = cellText(channelCell);
  if (pay === "unknown") d.paymentUnknown = cellText(paymentCell);
  return d;
}

/**
 * The checks between the dates of one dossier (and its status), as Vietnamese problems pushed
 * on `problems`: an ended status without an end date, an appointment, end or supplement request
 * before the receipt, a supplement completed without or before its request. `statusText` gives
 * the status cell's text (only read when it is named in a message).
 */
export function dateProblems(
  outcome: StatusOutcome | null,
  received: Day | null,
  appointment: Day | null,
  end: Day | null,
  supplementRequested: Day | null,
  supplementCompleted: Day | null,
  statusText: () => string,
  problems: string[],
): void {
  if ((outcome === "resolved" || outcome === "returned") && end === null && problems.length === 0) {
    problems.push(
      `trạng thái "${statusText()}" là đã kết thúc nhưng không có ngày kết thúc xử lý / trả kết quả`,
    );
  }
  if (received !== null && appointment !== null && appointment < received) {
    problems.push(`ngày hẹn trả ${toVN(appointment)} trước ngày tiếp nhận ${toVN(received)}`);
  }
  if (received !== null && end !== null && end < received) {
    problems.push(`ngày kết thúc ${toVN(end)} trước ngày tiếp nhận ${toVN(received)}`);
  }
  if (received !== null && supplementRequested !== null && supplementRequested < received) {
    problems.push(`ngày yêu cầu bổ sung ${toVN(supplementRequested)} trước ngày tiếp nhận ${toVN(received)}`);
  }
  if (supplementCompleted !== null && supplementRequested === null) {
    problems.push(`có ngày hoàn thành bổ sung ${toVN(supplementCompleted)} nhưng thiếu ngày yêu cầu bổ sung`);
  }
  if (supplementRequested !== null && supplementCompleted !== null && supplementCompleted < supplementRequested) {
    problems.push(
      `ngày hoàn thành bổ sung ${toVN(supplementCompleted)} trước ngày yêu cầu bổ sung ${toVN(supplementRequested)}`,
    );
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A row the status says is not counted: refused at intake / never received, or cancelled. */
export interface SkippedDossierRow {
  row: number;
  skipped: Extract<StatusOutcome, "notReceived" | "cancelled">;
}

export function isInvalidDossierRow(r: Dossier | InvalidDossierRow | SkippedDossierRow): r is InvalidDossierRow {
  return (r as InvalidDossierRow).message !== undefined;
}

export function isSkippedDossierRow(r: Dossier | InvalidDossierRow | SkippedDossierRow): r is SkippedDossierRow {
  return (r as SkippedDossierRow).skipped !== undefined;
}
