/**
 * The plan year of an appendix when the user did not give one: from the title rows above the
 * header ("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025", "Kèm theo Kế hoạch số …/2025"), else the year
 * most task schedules fall in ("Trong năm 2025", "Quý II/2025"). Hosts show where it came from.
 */
import { isSupportedYear, yearOf } from "../dates/day.js";
import { foldKey } from "../text/normalize.js";
import { textOf } from "./cells.js";
import type { AppendixTable } from "./types.js";

/**
 * "năm 2025" in a title, skipping a document's date ("ngày 25 tháng 12 năm 2025" in "Kèm theo Kế
 * hoạch số … ngày … tháng … năm 2025", often above the title of next year's plan). null when none.
 */
function titleYear(k: string): number | null {
  for (const m of k.matchAll(/\bnam (\d{4})\b/g)) {
    if (/thang \d{1,2},? $/.test(k.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    const y = Number(m[1]);
    if (isSupportedYear(y)) return y;
  }
  return null;
}

export interface InferredPlanYear {
  year: number;
  from: "title" | "schedules";
  /** Vietnamese, for display: "năm 2025 (theo tiêu đề bảng, dòng 2)". */
  label: string;
}

/** Look at the title rows (above the header) of a grid and the schedules of its table. */
export function inferPlanYear(cells: unknown[][], table: AppendixTable): InferredPlanYear | null {
  const firstRow = table.firstRow ?? 1;
  const headerIndex = table.headerRow - firstRow;
  if (Array.isArray(cells)) {
    for (let i = 0; i < Math.min(headerIndex, cells.length); i++) {
      const row = cells[i];
      if (!Array.isArray(row)) continue;
      for (const v of row) {
        const y = titleYear(foldKey(textOf(v)));
        if (y !== null) {
          return { year: y, from: "title", label: `năm ${y} (theo tiêu đề bảng, dòng ${firstRow + i})` };
        }
      }
    }
  }
  const counts = new Map<number, number>();
  for (const t of table.tasks) {
    const s = t.schedule;
    if (s.due === null || !["date", "year", "quarter", "month", "half"].includes(s.kind)) continue;
    const y = yearOf(s.due);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [y, n] of counts) if (best === null || n > best[1] || (n === best[1] && y > best[0])) best = [y, n];
  if (best === null) return null;
  return { year: best[0], from: "schedules", label: `năm ${best[0]} (theo tiến độ của ${best[1]} nhiệm vụ)` };
}

/** The years a plan covers: one year, or a multi-year programme (2021–2030, 2025–2026). */
export interface PlanPeriod {
  startYear: number;
  endYear: number;
  from: "title" | "schedules";
  /** Vietnamese, for display: "giai đoạn 2021–2030 (theo tiêu đề bảng, dòng 2)". */
  label: string;
}

const RE_TITLE_SPAN = /\b(\d{4}) ?(?:-|–|—|den|va|toi) ?(?:nam )?(\d{4})\b/;
const DATED_KINDS = new Set(["date", "year", "quarter", "month", "half", "range", "milestones"]);

function periodLabel(a: number, b: number): string {
  return a === b ? `năm ${a}` : `giai đoạn ${a}–${b}`;
}

/**
 * The plan period when the user gives no year (issue 10 §5): from the title rows above the header
 * ("Giai đoạn 2021 - 2030", "Kế hoạch … năm 2025"), else from the spread of the schedules (the
 * years covered by at least max(2, 10 %) of the dated tasks, first to last; all years when no year
 * reaches that). null when neither says anything.
 */
export function inferPlanPeriod(cells: unknown[][], table: AppendixTable): PlanPeriod | null {
  const firstRow = table.firstRow ?? 1;
  const headerIndex = table.headerRow - firstRow;
  if (Array.isArray(cells)) {
    for (let i = 0; i < Math.min(headerIndex, cells.length); i++) {
      const row = cells[i];
      if (!Array.isArray(row)) continue;
      for (const v of row) {
        const k = foldKey(textOf(v));
        if (k === "" || k.length > 400) continue;
        const span = RE_TITLE_SPAN.exec(k);
        if (span) {
          const a = Number(span[1]);
          const b = Number(span[2]);
          if (isSupportedYear(a) && isSupportedYear(b) && a < b && b - a <= 30) {
            return { startYear: a, endYear: b, from: "title", label: `${periodLabel(a, b)} (theo tiêu đề bảng, dòng ${firstRow + i})` };
          }
        }
        const y = titleYear(k);
        if (y !== null) {
          return { startYear: y, endYear: y, from: "title", label: `${periodLabel(y, y)} (theo tiêu đề bảng, dòng ${firstRow + i})` };
        }
      }
    }
  }
  const counts = new Map<number, number>();
  let dated = 0;
  for (const t of table.tasks) {
    const s = t.schedule;
    if (!DATED_KINDS.has(s.kind) || s.due === null) continue;
    dated++;
    const last = yearOf(s.due);
    let first = s.period ? yearOf(s.period.start) : last;
    if (s.kind === "milestones" && s.milestones?.length) first = Math.min(...s.milestones.map((m) => yearOf(m.due)));
    for (let y = Math.max(first, last - 30); y <= last; y++) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  if (dated === 0) return null;
  const threshold = Math.max(2, Math.ceil(dated / 10));
  let years = [...counts.entries()].filter(([, n]) => n >= threshold).map(([y]) => y);
  if (years.length === 0) years = [...counts.keys()];
  const a = Math.min(...years);
  const b = Math.max(...years);
  return { startYear: a, endYear: b, from: "schedules", label: `${periodLabel(a, b)} (theo tiến độ của ${dated} nhiệm vụ)` };
}
