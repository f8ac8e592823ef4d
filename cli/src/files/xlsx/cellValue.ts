/**
 * An exceljs cell value → a plain value core can read: number, string, boolean, Date or null.
 * Rich text → its text; formulas → their cached result (the formula text "=…" when there is
 * none); hyperlinks → their text; error values → their code ("#N/A").
 */

/** A plain cell value, as core's readers expect. */
export type PlainCell = string | number | boolean | Date | null;

/** Shown for a formula whose cached result is an error the streaming reader cannot name. */
export const FORMULA_ERROR_TEXT = "#LỖI!";

/** True for Excel number formats that show a date (same rule as exceljs: d, m, y… outside quotes/brackets). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const f = numFmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(f) && !/^(general|@)$/i.test(f.trim());
}

/** Excel serial (1900 system) → the UTC-midnight Date of that day (time of day kept). */
export function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

function richTextToString(rich: unknown): string {
  if (!Array.isArray(rich)) return "";
  return rich.map((r) => (r && typeof r === "object" && "text" in r ? String((r as { text: unknown }).text ?? "") : "")).join("");
}

/**
 * Convert one cell value. `numFmt` is the cell's number format, used to turn a formula's
 * numeric result into a date when the cell shows a date.
 */
export function plainCell(value: unknown, numFmt?: string): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : FORMULA_ERROR_TEXT;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if ("error" in v) return String(v.error ?? FORMULA_ERROR_TEXT);
  if ("richText" in v) return richTextToString(v.richText) || null;
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result;
    if (result === undefined || result === null) {
      const f = String(v.formula ?? v.sharedFormula ?? "");
      return f === "" ? null : `=${f}`;
    }
    if (typeof result === "number") {
      if (!Number.isFinite(result)) return FORMULA_ERROR_TEXT;
      return isDateFormat(numFmt) ? excelSerialToDate(result) : result;
    }
    return plainCell(result, numFmt);
  }
  if ("hyperlink" in v || "text" in v) return plainCell(v.text, numFmt);
  return null;
}
