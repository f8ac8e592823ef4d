import { type Day, dayFromYMD, excelSerialToDay, isSupportedYear, isValidYMD, MAX_YEAR, MIN_YEAR } from "./day.js";

/** The result of reading a date typed by a user: a day, or a Vietnamese explanation. */
export type DateParse = { ok: true; day: Day } | { ok: false; message: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const VN_TIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[ T]+\d{1,2}:\d{2}(?::\d{2})?$/;
const ISO_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function fromParts(year: number, month: number, day: number, text: string): DateParse {
  if (!isSupportedYear(year)) {
    return { ok: false, message: `Năm ${year} trong "${text}" nằm ngoài khoảng hỗ trợ ${MIN_YEAR}–${MAX_YEAR}.` };
  }
  if (!isValidYMD(year, month, day)) {
    return { ok: false, message: `Ngày "${text}" không tồn tại (ngày/tháng/năm không hợp lệ).` };
  }
  return { ok: true, day: dayFromYMD(year, month, day) };
}

/**
 * Read a date written as YYYY-MM-DD or dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy, and with a
 * time "dd/mm/yyyy HH:mm", the time being ignored). Day first, always: "05/12/2025" is 5 December.
 */
export function parseDateText(input: string): DateParse {
  const text = input.normalize("NFC").trim();
  if (text === "") return { ok: false, message: "Ô ngày đang trống." };
  let m = ISO.exec(text) ?? ISO_TIME.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = VN.exec(text) ?? VN_TIME.exec(text);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]), text);
  return {
    ok: false,
    message: `Không đọc được ngày "${text}". Hãy nhập theo dạng ngày/tháng/năm (ví dụ 05/12/2025) hoặc YYYY-MM-DD.`,
  };
}

/** Smallest and largest Excel serials of the supported years (1900-03-01 … 2100-12-31). */
const MIN_SERIAL = 61;
const MAX_SERIAL = dayFromYMD(MAX_YEAR, 12, 31) + 25569;

/**
 * Read a spreadsheet cell as a date: an Excel serial number (1900 system), a Date object
 * (its UTC calendar day: hosts pass UTC-midnight dates), or text (see parseDateText).
 */
export function parseDateCell(value: unknown): DateParse {
  if (value === null || value === undefined || value === "") return { ok: false, message: "Ô ngày đang trống." };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, message: "Giá trị ngày không phải là số hợp lệ." };
    if (value < MIN_SERIAL || value > MAX_SERIAL) {
      return {
        ok: false,
        message: `Số ${value} không phải là ngày hợp lệ (cần một ngày trong khoảng ${MIN_YEAR}–${MAX_YEAR}).`,
      };
    }
    return { ok: true, day: excelSerialToDay(value) };
  }
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return { ok: false, message: "Ngày không hợp lệ." };
    const year = value.getUTCFullYear();
    // A Date's month and day always exist: only the year can be refused (the text, for the message, only then).
    if (isSupportedYear(year)) return { ok: true, day: dayFromYMD(year, value.getUTCMonth() + 1, value.getUTCDate()) };
    return fromParts(year, value.getUTCMonth() + 1, value.getUTCDate(), value.toISOString().slice(0, 10));
  }
  if (typeof value === "string") return parseDateText(value);
  if (typeof value === "boolean") return { ok: false, message: "Giá trị TRUE/FALSE không phải là ngày." };
  return { ok: false, message: "Không đọc được giá trị ngày." };
}
