/**
 * Numbers and rates as units type them in a criteria table: points "0,5", "1.5", "2 điểm";
 * rates "95%", "95,5 %", 0.95 (a percent-formatted cell), "95" (meaning 95 %), "45/50".
 * Decimal comma or point; a dot followed by three digits is a thousands separator only in
 * counts, never in points or rates, so "1.500" is read as 1.5.
 */
import { foldKey } from "../text/normalize.js";

/** A decimal number written with a comma or a point ("0,5", "1.25", "-2"); null otherwise. */
export function decimalOf(text: string): number | null {
  const t = text.trim().replace(/\s+/g, "");
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** Points in a cell: a number, or text "0,5", "2 điểm", "1.5đ". Null when blank or not a number. */
export function pointsOf(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const key = foldKey(value).replace(/\s*(diem|d)\.?$/, "");
  return decimalOf(key);
}

/** Round to 12 significant digits: 0.1 + 0.2 is 0.3 and 0.6 × 2 ÷ 0.8 is 1.5. */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

export type RateRead = { ok: true; rate: number } | { ok: false; message: string };

/**
 * A rate as a fraction (0–1) from a cell: a number ≤ 1 is already a fraction (Excel stores 95 %
 * as 0.95), a number above 1 and up to 100 is a percentage; text "95%", "95,5 %", "0,95", "95",
 * "45/50" (part of whole). Above 100 % or negative: not a rate.
 */
export function rateOf(value: unknown): RateRead {
  if (typeof value === "number") return rateOfNumber(value, String(value));
  if (typeof value === "boolean" || value === null || value === undefined) {
    return { ok: false, message: "không phải là một tỷ lệ" };
  }
  const text = String(value).normalize("NFC").trim();
  const fold = foldKey(text).replace(/^(dat|duoc|ty le|tl)\s*:?\s*/, "");
  const pct = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(fold);
  if (pct) return rateOfFraction(Number(pct[1].replace(",", ".")) / 100, text);
  const part = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)(?:\s*[a-z ]*)?$/.exec(fold);
  if (part) {
    const whole = Number(part[2].replace(",", "."));
    if (whole <= 0) return { ok: false, message: `"${text}" có mẫu số bằng 0` };
    return rateOfFraction(Number(part[1].replace(",", ".")) / whole, text);
  }
  const n = decimalOf(fold);
  if (n !== null) return rateOfNumber(n, text);
  return { ok: false, message: `"${text}" không phải là một tỷ lệ (ví dụ 95%, 0,95 hoặc 45/50)` };
}

function rateOfNumber(n: number, text: string): RateRead {
  if (!Number.isFinite(n)) return { ok: false, message: `"${text}" không phải là một tỷ lệ` };
  return rateOfFraction(n > 1 && n <= 100 ? n / 100 : n, text);
}

function rateOfFraction(f: number, text: string): RateRead {
  if (!(f >= 0 && f <= 1)) return { ok: false, message: `"${text}" nằm ngoài khoảng 0%–100%` };
  return { ok: true, rate: tidy(f) };
}

/** 0.955 → "95,5%" (Vietnamese decimal comma, at most 2 decimals). */
export function percentText(rate: number): string {
  return `${String(tidy(Math.round(rate * 10000) / 100)).replace(".", ",")}%`;
}

/** 1.5 → "1,5". */
export function pointsText(n: number): string {
  return String(tidy(Math.round(n * 100) / 100)).replace(".", ",");
}
