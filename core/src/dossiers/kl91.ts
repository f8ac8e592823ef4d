/**
 * Kết luận 91-KL/TU of the Khánh Hòa provincial Party committee (DOMAIN.md §5):
 * - a unit is not ranked "Tốt" for CCHC when ≥ 5 % of its dossiers are late, or its
 *   satisfaction index is ≤ 80 %;
 * - a civil servant with ≥ 10 % late dossiers cannot be rated "hoàn thành tốt nhiệm vụ" or
 *   above; from 2025 the threshold is 5 %.
 * All thresholds are settings; these are the defaults.
 */
import { formatPercentVN } from "../format/vietnamese.js";

export interface Kl91Thresholds {
  /** A unit is not eligible for "Tốt" when its late rate is ≥ this. */
  unitLateRate: number;
  /** A unit is not eligible for "Tốt" when its satisfaction is ≤ this. */
  unitSatisfaction: number;
  /** Staff late-rate threshold for years before `staffStricterFromYear`. */
  staffLateRate: number;
  /** Staff late-rate threshold from `staffStricterFromYear` on. */
  staffLateRateStricter: number;
  staffStricterFromYear: number;
}

export const DEFAULT_KL91_THRESHOLDS: Readonly<Kl91Thresholds> = Object.freeze({
  unitLateRate: 0.05,
  unitSatisfaction: 0.8,
  staffLateRate: 0.1,
  staffLateRateStricter: 0.05,
  staffStricterFromYear: 2025,
});

export interface Kl91Verdict {
  notEligible: boolean;
  /** Vietnamese explanation with the rate and the threshold used. */
  reason: string;
}

const SOURCE = "Kết luận 91-KL/TU";

function thresholds(t?: Partial<Kl91Thresholds>): Kl91Thresholds {
  return { ...DEFAULT_KL91_THRESHOLDS, ...(t ?? {}) };
}

/** Late-rate threshold for staff in a given year (10 % before 2025, 5 % from 2025 by default). */
export function staffLateThreshold(year: number, t?: Partial<Kl91Thresholds>): number {
  const th = thresholds(t);
  return year >= th.staffStricterFromYear ? th.staffLateRateStricter : th.staffLateRate;
}

/** Is the unit barred from "Tốt"? `lateRate` and `satisfaction` as fractions; null = not known. */
export function kl91UnitVerdict(
  lateRate: number | null,
  satisfaction?: number | null,
  settings?: Partial<Kl91Thresholds>,
): Kl91Verdict {
  const th = thresholds(settings);
  const bad: string[] = [];
  const good: string[] = [];
  if (lateRate === null) good.push("không có hồ sơ để tính tỷ lệ trễ hạn");
  else if (lateRate >= th.unitLateRate) {
    bad.push(`tỷ lệ hồ sơ trễ hạn ${formatPercentVN(lateRate)} ≥ ngưỡng ${formatPercentVN(th.unitLateRate, true)}`);
  } else good.push(`tỷ lệ hồ sơ trễ hạn ${formatPercentVN(lateRate)} < ngưỡng ${formatPercentVN(th.unitLateRate, true)}`);
  if (satisfaction !== undefined && satisfaction !== null) {
    if (satisfaction <= th.unitSatisfaction) {
      bad.push(`chỉ số hài lòng ${formatPercentVN(satisfaction)} ≤ ${formatPercentVN(th.unitSatisfaction, true)}`);
    } else good.push(`chỉ số hài lòng ${formatPercentVN(satisfaction)} > ${formatPercentVN(th.unitSatisfaction, true)}`);
  }
  if (bad.length > 0) {
    return { notEligible: true, reason: `Đơn vị không đủ điều kiện xếp loại "Tốt" (${SOURCE}): ${bad.join("; ")}.` };
  }
  return { notEligible: false, reason: `Đơn vị chưa bị loại khỏi xếp loại "Tốt" theo ${SOURCE}: ${good.join("; ")}.` };
}

/** Is the civil servant barred from "hoàn thành tốt nhiệm vụ" or above? `year` = year of the period's end. */
export function kl91StaffVerdict(lateRate: number | null, year: number, settings?: Partial<Kl91Thresholds>): Kl91Verdict {
  const threshold = staffLateThreshold(year, settings);
  const limit = `ngưỡng ${formatPercentVN(threshold, true)} áp dụng cho năm ${year}`;
  if (lateRate === null) {
    return { notEligible: false, reason: `Không có hồ sơ để tính tỷ lệ trễ hạn của cán bộ (${limit}).` };
  }
  if (lateRate >= threshold) {
    return {
      notEligible: true,
      reason: `Cán bộ không đủ điều kiện xếp loại "Hoàn thành tốt nhiệm vụ" trở lên (${SOURCE}): tỷ lệ hồ sơ trễ hạn ${formatPercentVN(lateRate)} ≥ ${limit}.`,
    };
  }
  return {
    notEligible: false,
    reason: `Cán bộ chưa bị hạn chế xếp loại theo ${SOURCE}: tỷ lệ hồ sơ trễ hạn ${formatPercentVN(lateRate)} < ${limit}.`,
  };
}
