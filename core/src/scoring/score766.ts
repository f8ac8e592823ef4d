/**
 * Bộ chỉ số 766 (QĐ 766/QĐ-TTg 23/6/2022) scoring helpers (DOMAIN.md §4). The formula text comes
 * from public code, so everything here is a default that settings can override.
 */

/** The five groups and their maximum points (100 in all). */
export interface Groups766 {
  congKhaiMinhBach: number;
  tienDoGiaiQuyet: number;
  dichVuTrucTuyen: number;
  soHoaHoSo: number;
  mucDoHaiLong: number;
}

export const DEFAULT_766_GROUP_MAXIMA: Readonly<Groups766> = Object.freeze({
  congKhaiMinhBach: 18,
  tienDoGiaiQuyet: 20,
  dichVuTrucTuyen: 22,
  soHoaHoSo: 22,
  mucDoHaiLong: 18,
});

export const GROUP_766_NAMES: Record<keyof Groups766, string> = {
  congKhaiMinhBach: "Công khai, minh bạch",
  tienDoGiaiQuyet: "Tiến độ giải quyết",
  dichVuTrucTuyen: "Dịch vụ trực tuyến",
  soHoaHoSo: "Số hóa hồ sơ",
  mucDoHaiLong: "Mức độ hài lòng",
};

/** Ratio criteria with a threshold (rates as fractions). */
export interface Thresholds766 {
  /** Share of procedures offered as online public services. */
  onlineServices: number;
  /** Share of procedures with online payment integrated. */
  paymentIntegration: number;
  /** Share of dossiers and results digitised. */
  digitisation: number;
  /** Share of digitised data reused. */
  dataReuse: number;
  /** Share of dossiers submitted online. */
  onlineSubmission: number;
  /** Satisfaction. */
  satisfaction: number;
}

export const DEFAULT_766_THRESHOLDS: Readonly<Thresholds766> = Object.freeze({
  onlineServices: 0.8,
  paymentIntegration: 0.8,
  digitisation: 0.8,
  dataReuse: 0.8,
  onlineSubmission: 0.5,
  satisfaction: 0.9,
});

export type Points766 = { ok: true; points: number } | { ok: false; message: string };

/**
 * Points of a ratio criterion: full `maxPoints` when `rate` ≥ `threshold`, else
 * rate × maxPoints ÷ threshold. Rates and thresholds are fractions (80 % = 0.8).
 * Example: rate 0.6, threshold 0.8, max 2 → 1.5 points; rate 0.85 → 2 points.
 */
export function ratioPoints(rate: number, threshold: number, maxPoints: number): Points766 {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    return { ok: false, message: `Tỷ lệ phải từ 0 đến 1 (0% đến 100%), đang là ${rate}.` };
  }
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    return { ok: false, message: `Ngưỡng phải lớn hơn 0 và không quá 1 (100%), đang là ${threshold}.` };
  }
  if (!Number.isFinite(maxPoints) || maxPoints < 0) {
    return { ok: false, message: `Điểm tối đa phải là số không âm, đang là ${maxPoints}.` };
  }
  if (rate >= threshold) return { ok: true, points: maxPoints };
  // 12 significant digits: 0.6 × 2 ÷ 0.8 is 1.5 points, not 1.4999999999999998.
  return { ok: true, points: Number(((rate * maxPoints) / threshold).toPrecision(12)) };
}

/** One sub-criterion of a unit's 766 table (settings: the unit-level table is not fully known). */
export interface Criterion766 {
  group: keyof Groups766;
  name: string;
  /** Measured rate (fraction). */
  rate: number;
  maxPoints: number;
  /** Threshold (fraction); defaults from DEFAULT_766_THRESHOLDS via `thresholdKey`. */
  threshold?: number;
  thresholdKey?: keyof Thresholds766;
}

export interface Score766Line {
  group: keyof Groups766;
  name: string;
  rate: number;
  threshold: number;
  maxPoints: number;
  points: number;
}

export interface Score766Result {
  lines: Score766Line[];
  /** Points per group, capped at the group maximum. */
  groups: Record<keyof Groups766, { points: number; max: number }>;
  total: number;
  problems: string[];
}

/**
 * Score a list of ratio criteria, group by group, each group capped at its maximum.
 * Criteria with a bad rate/threshold are listed in `problems` and score 0 (never a made-up number).
 */
export function score766(
  criteria: readonly Criterion766[],
  settings: { maxima?: Partial<Groups766>; thresholds?: Partial<Thresholds766> } = {},
): Score766Result {
  const maxima: Groups766 = { ...DEFAULT_766_GROUP_MAXIMA, ...(settings.maxima ?? {}) };
  const thresholds: Thresholds766 = { ...DEFAULT_766_THRESHOLDS, ...(settings.thresholds ?? {}) };
  const lines: Score766Line[] = [];
  const problems: string[] = [];
  const sums = Object.fromEntries(Object.keys(maxima).map((k) => [k, 0])) as Record<keyof Groups766, number>;
  for (const c of criteria) {
    const threshold = c.threshold ?? (c.thresholdKey ? thresholds[c.thresholdKey] : 1);
    const p = ratioPoints(c.rate, threshold, c.maxPoints);
    if (!p.ok) {
      problems.push(`${c.name}: ${p.message}`);
      continue;
    }
    lines.push({ group: c.group, name: c.name, rate: c.rate, threshold, maxPoints: c.maxPoints, points: p.points });
    sums[c.group] += p.points;
  }
  const groups = {} as Record<keyof Groups766, { points: number; max: number }>;
  let total = 0;
  for (const k of Object.keys(maxima) as (keyof Groups766)[]) {
    const pts = Math.min(sums[k], maxima[k]);
    groups[k] = { points: pts, max: maxima[k] };
    total += pts;
  }
  return { lines, groups, total, problems };
}
