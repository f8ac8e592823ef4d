/**
 * Cell values of an appendix grid as hosts read them (numbers, strings, booleans, Date objects,
 * null, error strings "#N/A"), turned into the text and dates the reader needs.
 */
import { type Day, toVN } from "../dates/day.js";
import { parseDateCell } from "../dates/parseDate.js";
import { cellText } from "../text/normalize.js";

const ERROR_VALUE =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|ERROR!?|LỖI!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** True for spreadsheet error values ("#N/A", "#REF!", "#VALUE!"…). */
export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && value.length <= 14 && value.charAt(0) === "#" && ERROR_VALUE.test(value.trim());
}

/**
 * The error values ("#N/A", "#REF!"…) among the cells of `row` at `columns`, by column key;
 * undefined when there are none. Lets messages say "ô D12 có lỗi #N/A" instead of "trống".
 */
export function errorCellsOf<K extends string>(row: readonly unknown[], columns: Partial<Record<K, number>>): Partial<Record<K, string>> | undefined {
  let hash = false; // most rows hold no text starting with "#": nothing more to look at
  for (let j = 0; j < row.length && !hash; j++) {
    const v = row[j];
    hash = typeof v === "string" && v.charCodeAt(0) === 35;
  }
  if (!hash) return undefined;
  let out: Partial<Record<K, string>> | undefined;
  for (const k in columns) {
    const j = columns[k];
    const v = j === undefined ? undefined : row[j];
    if (isErrorValue(v)) (out ??= {} as Partial<Record<K, string>>)[k] = (v as string).trim().toUpperCase();
  }
  return out;
}

/** "YYYY-MM-DD" of each UTC day seen (cellText's text of a Date), by day number: big tables repeat few days. */
const DATE_TEXTS = new Map<number, string>();

/** cellText of a Date (its UTC day as YYYY-MM-DD; "" when invalid), the text made once per day. */
export function dateText(value: Date): string {
  const t = value.getTime();
  if (Number.isNaN(t)) return "";
  const day = Math.floor(t / 86_400_000);
  let text = DATE_TEXTS.get(day);
  if (text === undefined) {
    text = value.toISOString().slice(0, 10);
    if (DATE_TEXTS.size >= 50_000) DATE_TEXTS.clear();
    DATE_TEXTS.set(day, text);
  }
  return text;
}

/** Display text of a cell; error values give "". */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    if (value.length === 0) return "";
    if (isErrorValue(value)) return "";
    return cellText(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    // 2.1 as a number must read "2.1", not "2.1000000000000001".
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  }
  if (value instanceof Date) return dateText(value);
  return cellText(value);
}

/** Like textOf but keeps line breaks (Alt+Enter lists of units), each line cleaned. */
export function linesOf(value: unknown): string {
  if (typeof value !== "string" || !/[\r\n]/.test(value)) return textOf(value);
  if (isErrorValue(value)) return "";
  return value
    .split(/\r?\n|\r/)
    .map((l) => cellText(l))
    .filter((l) => l !== "")
    .join("\n");
}

/**
 * Text of a schedule cell: a real date (or a date serial, as when Excel turned "05/12/2025" into
 * a date) is written dd/mm/yyyy so the schedule parser reads it as a date; a bare year stays a year.
 */
export function scheduleTextOf(value: unknown): string {
  if (value instanceof Date) {
    const d = parseDateCell(value);
    return d.ok ? toVN(d.day) : "";
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return `Năm ${value}`;
    if (value > 2100) {
      const d = parseDateCell(value);
      if (d.ok) return toVN(d.day);
    }
  }
  return textOf(value);
}

/** A tracking date cell: empty, a readable day, or unreadable text to report. */
export type DateCell = { kind: "empty" } | { kind: "day"; day: Day } | { kind: "invalid"; text: string; message: string };

export function readDateCell(value: unknown): DateCell {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "string" && value.trim() === "") return { kind: "empty" };
  if (isErrorValue(value)) {
    return { kind: "invalid", text: String(value).trim(), message: `Ô chứa giá trị lỗi ${String(value).trim()} thay vì một ngày.` };
  }
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && value < 61) {
    return { kind: "invalid", text: String(value), message: `Số ${value} không phải là ngày.` };
  }
  const parsed = parseDateCell(typeof value === "string" ? value.normalize("NFC").trim() : value);
  if (parsed.ok) return { kind: "day", day: parsed.day };
  return { kind: "invalid", text: textOf(value) || String(value), message: parsed.message };
}
