/**
 * The CCHC ranking of a unit from its score (chỉ số CCHC / PAR INDEX), by cut-offs the province
 * sets (DOMAIN.md §5: Khánh Hòa ranks by QĐ 4044/QĐ-UBND 2021, whose cut-offs were not found —
 * so there are no defaults: the user gives them, and every result names the bands used).
 */
import type { CchcRank } from "./headOfUnit.js";
import { formatNumberVN } from "../format/vietnamese.js";

/** Lowest score of each band: Tốt from `good`, Khá from `fair`, Trung bình from `average`, Yếu below. */
export interface RankBands {
  good: number;
  fair: number;
  average: number;
}

export type BandsCheck = { ok: true; bands: RankBands } | { ok: false; message: string };

/** The cut-offs, checked: finite numbers with Tốt > Khá > Trung bình. */
export function checkRankBands(good: number, fair: number, average: number): BandsCheck {
  if (![good, fair, average].every(Number.isFinite)) {
    return { ok: false, message: "Các ngưỡng xếp hạng phải là số (ví dụ Tốt từ 90, Khá từ 80, Trung bình từ 70)." };
  }
  if (!(good > fair && fair > average)) {
    return {
      ok: false,
      message: `Ngưỡng xếp hạng phải giảm dần: Tốt (${formatScore(good)}) > Khá (${formatScore(fair)}) > Trung bình (${formatScore(average)}).`,
    };
  }
  return { ok: true, bands: { good, fair, average } };
}

/** The band a score falls in (a score equal to a cut-off belongs to the higher band). */
export function rankOfScore(score: number, bands: RankBands): CchcRank {
  if (score >= bands.good) return "Tốt";
  if (score >= bands.fair) return "Khá";
  if (score >= bands.average) return "Trung bình";
  return "Yếu";
}

/** 85.5 → "85,5" (Vietnamese decimal comma, at most 2 decimals). */
export function formatScore(n: number): string {
  return formatNumberVN(n, 2);
}

/** "Tốt từ 90; Khá từ 80 đến dưới 90; Trung bình từ 70 đến dưới 80; Yếu dưới 70". */
export function rankBandsText(b: RankBands): string {
  const [g, f, a] = [b.good, b.fair, b.average].map(formatScore);
  return `Tốt từ ${g}; Khá từ ${f} đến dưới ${g}; Trung bình từ ${a} đến dưới ${f}; Yếu dưới ${a}`;
}
