/**
 * Text normalisation, in one place. Every comparison of Vietnamese text in core goes
 * through `foldKey`: NFC, lower case, diacritics stripped, đ→d, spaces collapsed.
 */

/** NFC and trimmed, with runs of white space (including non-breaking) collapsed to one space. */
export function cleanText(input: string): string {
  return input.normalize("NFC").replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, đ→d, one space between words. "Trong Năm  2025" → "trong nam 2025". */
export function foldKey(input: string): string {
  return input
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0\u200b\ufeff]+/g, " ")
    .trim();
}

/** Remove diacritics but keep case: "Quý I/2023" → "Quy I/2023". */
export function stripDiacritics(input: string): string {
  return input.normalize("NFD").replace(COMBINING, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** True when the text is not in NFC (for example typed on a Mac or copied from a PDF). */
export function isNotNFC(input: string): boolean {
  return input !== input.normalize("NFC");
}

/** Any cell value as display text (numbers as written, empty for null/undefined). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return cleanText(String(value));
}
