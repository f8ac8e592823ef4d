import { type Day, parseDateText, toVN } from "@cchc/core";
import { dayFirstOfIso } from "../dates/dayFirstOfIso.js";
import type { DossierRunOptions } from "./dossierPeriod.js";

/**
 * Check what the sidebar's "Thống kê hồ sơ" section sends (plain JSON from google.script.run:
 * `{ from: "YYYY-MM-DD", to: "YYYY-MM-DD", by: "unit" | "staff" }`) and turn it into the
 * options of the command, or give the Vietnamese problems to show under the section.
 */
export function dossierOptionsFromDto(input: unknown): { ok: true; options: DossierRunOptions } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const o = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const day = (value: unknown, label: string, example: string): Day | null => {
    const text = typeof value === "string" ? value.trim() : "";
    if (text === "") {
      problems.push(`Chưa nhập "${label}": nhập ngày/tháng/năm, ví dụ ${example}.`);
      return null;
    }
    const r = parseDateText(dayFirstOfIso(text));
    if (r.ok) return r.day;
    problems.push(`"${label}": ${r.message}`);
    return null;
  };
  const from = day(o.from, "Từ ngày", "01/01/2025");
  const to = day(o.to, "Đến ngày", "30/06/2025");
  if (from !== null && to !== null && to < from) {
    problems.push(`"Đến ngày" (${toVN(to)}) đang trước "Từ ngày" (${toVN(from)}): hãy sửa kỳ thống kê.`);
  }
  const by = o.by === undefined || o.by === null || o.by === "" ? "unit" : o.by;
  if (by !== "unit" && by !== "staff") {
    problems.push(`Cách thống kê "${String(o.by)}" không có: chọn "Theo đơn vị" hoặc "Theo cán bộ xử lý".`);
  }
  if (problems.length > 0 || from === null || to === null) return { ok: false, problems };
  return { ok: true, options: { from, to, by: by as DossierRunOptions["by"] } };
}
