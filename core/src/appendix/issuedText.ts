/**
 * Completion written as the issued text, as tracking sheets of legal documents do: the column
 * "Số, ngày, tháng năm ban hành VBQPPL" holds "Quyết định số 03/2026/QĐ-UBND ngày 22/01/2026 của
 * UBND tỉnh An Giang …", and the task is done on the day the text was issued.
 *
 * Only a citation of a document is read: the text starts with a document type ("Quyết định",
 * "Nghị quyết", "Công văn", "Văn bản", …) or cites one as "số … ngày …". Its first
 * "ngày dd/mm/yyyy" (or "ngày dd tháng mm năm yyyy") is the date; the document number before
 * it ("03/2026/QĐ-UBND") is never taken for a date.
 */
import { type Day, dayFromYMD, isSupportedYear, isValidYMD } from "../dates/day.js";
import { foldKey } from "../text/normalize.js";

const DOCUMENT_START =
  /^(?:[-–•+*]\s*)?(?:quyet dinh|nghi quyet|nghi dinh|chi thi|thong tu|cong van|van ban|ke hoach|thong bao|bao cao|to trinh|qd|nq|cv)(?:\s|$)/;
const CITED_NUMBER = /(?:^|\s)so\s+\S+\s+ngay\s/;
const DATE_AFTER_NGAY = /(?:^|\s)ngay\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;
const DATE_IN_WORDS = /(?:^|\s)ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})(?!\d)/;

/** The issue date of a cited document ("Quyết định số … ngày 22/01/2026 …"), or null. */
export function issuedDateOf(text: string): Day | null {
  if (typeof text !== "string" || text.length === 0 || text.length > 2000) return null;
  const f = foldKey(text);
  if (!DOCUMENT_START.test(f) && !CITED_NUMBER.test(f)) return null;
  const a = DATE_AFTER_NGAY.exec(f);
  const b = DATE_IN_WORDS.exec(f);
  // The first date written wins (the document's own date comes before the texts it amends).
  const m = a !== null && (b === null || a.index <= b.index) ? [a[1], a[3], a[4]] : b !== null ? [b[1], b[2], b[3]] : null;
  if (m === null) return null;
  const [d, mo, y] = m.map(Number);
  if (!isSupportedYear(y) || !isValidYMD(y, mo, d)) return null;
  return dayFromYMD(y, mo, d);
}
