/**
 * The plan year of an appendix when the user did not give one: from the title rows above the
 * header ("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025", "Kèm theo Kế hoạch số …/2025"), else the year
 * most task schedules fall in ("Trong năm 2025", "Quý II/2025"). Hosts show where it came from.
 */
import { isSupportedYear, yearOf } from "../dates/day.js";
import { foldKey } from "../text/normalize.js";
import { textOf } from "./cells.js";
import type { AppendixTable } from "./types.js";

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
        const m = /\bnam (\d{4})\b/.exec(foldKey(textOf(v)));
        if (m && isSupportedYear(Number(m[1]))) {
          return { year: Number(m[1]), from: "title", label: `năm ${m[1]} (theo tiêu đề bảng, dòng ${firstRow + i})` };
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
