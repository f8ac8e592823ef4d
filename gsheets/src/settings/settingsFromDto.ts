import { parseDateText } from "@cchc/core";
import { dayFirstOfIso as dayFirst } from "../dates/dayFirstOfIso.js";
import type { DatedEntry, Settings } from "./settings.js";

/**
 * Check what the sidebar sends (plain JSON from google.script.run; dates as YYYY-MM-DD) and
 * turn it into Settings, or give the Vietnamese problems to show next to the form.
 */
export function settingsFromDto(input: unknown): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const o = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  let planYear: number | null = null;
  if (o.planYear !== null && o.planYear !== undefined && o.planYear !== "") {
    const n = Number(o.planYear);
    if (Number.isInteger(n) && n >= 1900 && n <= 2100) planYear = n;
    else problems.push(`Năm kế hoạch "${String(o.planYear)}" không hợp lệ: nhập một năm từ 1900 đến 2100, ví dụ 2025.`);
  }
  let asOf: number | null = null;
  if (typeof o.asOf === "string" && o.asOf.trim() !== "") {
    const r = parseDateText(dayFirst(o.asOf));
    if (r.ok) asOf = r.day;
    else problems.push(`Ngày báo cáo: ${r.message}`);
  }
  const list = (value: unknown, label: string): DatedEntry[] => {
    if (!Array.isArray(value)) return [];
    const out: DatedEntry[] = [];
    value.forEach((item, i) => {
      const e = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
      const text = typeof e.date === "string" ? e.date.trim() : "";
      if (text === "") return;
      const r = parseDateText(dayFirst(text));
      if (!r.ok) problems.push(`${label}, dòng ${i + 1}: ${r.message}`);
      else out.push({ day: r.day, reason: typeof e.reason === "string" ? e.reason.trim().normalize("NFC") : "" });
    });
    return out.sort((a, b) => a.day - b.day);
  };
  const extraDaysOff = list(o.extraDaysOff, "Ngày nghỉ thêm");
  const extraWorkingDays = list(o.extraWorkingDays, "Ngày làm việc thêm");
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { planYear, asOf, extraDaysOff, extraWorkingDays, problems: [] } };
}
