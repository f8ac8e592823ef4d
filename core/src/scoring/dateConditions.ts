/**
 * Date conditions of a rule: "Ban hành trước ngày 31/01/2025: 1 điểm; Ban hành sau ngày
 * 31/01/2025: 0,5 điểm". "Trước ngày", "đến ngày", "chậm nhất (là) ngày", "không muộn hơn ngày"
 * include the day itself, as deadlines in plans do (the schedule reader reads "Trước ngày
 * 05/12/2025" as due on 05/12/2025); "sau ngày" excludes it; "từ ngày … (trở đi)" includes it.
 * Days must carry their year: "trước ngày 31/01" alone is not read.
 */
import { type Day, dayFromYMD } from "../dates/day.js";
import { foldKey } from "../text/normalize.js";
import type { RateCondition } from "./scoringRule.js";

const D = String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4})`;
const BY = String.raw`(?:truoc|den|cham\s+nhat(?:\s+la)?|muon\s+nhat(?:\s+la)?|khong\s+(?:muon|cham)\s+hon|trong\s+thoi\s+han\s+den)`;

function day(m: RegExpExecArray, at: number): Day | null {
  const d = Number(m[at]);
  const mo = Number(m[at + 1]);
  const y = Number(m[at + 2]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const v = dayFromYMD(y, mo, d);
  // 31/02 rolls over: refuse it
  const back = new Date(v * 86_400_000);
  return back.getUTCDate() === d ? v : null;
}

/** A date condition (bounds are Day numbers) somewhere in a tier label, or null. */
export function parseDateCondition(text: string): RateCondition | null {
  const s = foldKey(text).replace(/[.:]+$/, "").replace(/\s*\/\s*/g, "/");
  let m = new RegExp(String.raw`(?:^|\s)tu\s+ngay\s+${D}\s+den\s+(?:het\s+)?ngay\s+${D}$`).exec(s);
  if (m) {
    const a = day(m, 1);
    const b = day(m, 4);
    return a !== null && b !== null && a <= b ? { min: a, minInclusive: true, max: b, maxInclusive: true } : null;
  }
  m = new RegExp(String.raw`(?:^|\s)${BY}\s+ngay\s+${D}$`).exec(s);
  if (m) {
    const a = day(m, 1);
    return a === null ? null : { min: null, minInclusive: false, max: a, maxInclusive: true };
  }
  m = new RegExp(String.raw`(?:^|\s)sau\s+ngay\s+${D}$`).exec(s);
  if (m) {
    const a = day(m, 1);
    return a === null ? null : { min: a, minInclusive: false, max: null, maxInclusive: false };
  }
  m = new RegExp(String.raw`(?:^|\s)tu\s+ngay\s+${D}(?:\s+tro\s+di)?$`).exec(s);
  if (m) {
    const a = day(m, 1);
    return a === null ? null : { min: a, minInclusive: true, max: null, maxInclusive: false };
  }
  return null;
}
