/**
 * Text normalisation, in one place. Every comparison of Vietnamese text in core goes
 * through `foldKey`: NFC, lower case, diacritics stripped, đ→d, spaces collapsed.
 */

/**
 * Characters that show nothing and only steer layout, pasted along from web pages, PDFs and
 * chat apps: zero-width non-joiner and joiner, the bidi marks (LRM, RLM, ALM),
 * embeddings, overrides and isolates, word joiner and invisible operators. Removed outright.
 * (Not the soft hyphen U+00AD: it is the letter "ư" of text typed in TCVN3 fonts, repaired later.)
 */
const INVISIBLE = /[\u061c\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]/g;

/** NFC and trimmed, with runs of white space (including non-breaking) collapsed to one space; invisible marks removed. */
export function cleanText(input: string): string {
  return input.normalize("NFC").replace(INVISIBLE, "").replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, đ→d, one space between words. "Trong Năm  2025" → "trong nam 2025". */
export function foldKey(input: string): string {
  return input
    .normalize("NFD")
    .replace(INVISIBLE, "")
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
