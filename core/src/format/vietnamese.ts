/**
 * The one Vietnamese formatter of numbers, percentages and dates for every text the tools show
 * (CLI lines, task pane and sidebar messages, sheet subtitles, KL 91 reasons). Vietnamese writes
 * a decimal comma, a dot between thousands, and the percent sign right after the figure, as in
 * official documents ("đạt 98,5%"): 0.0794 → "7,94%", 100000 → "100.000", Day → "05/12/2025".
 */
import { type Day, toVN } from "../dates/day.js";

/** 100000 → "100.000"; 2.5 → "2,5" (at most `digits` decimals, trailing zeros dropped). */
export function formatNumberVN(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return "—";
  const sign = n < 0 ? "-" : "";
  const fixed = Math.abs(n).toFixed(digits);
  const [int, frac = ""] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const f = frac.replace(/0+$/, "");
  return `${sign}${grouped}${f ? `,${f}` : ""}`;
}

/**
 * A fraction as a percentage: 0.0794 → "7,94%" (two decimals, as in reports); with `trim`,
 * thresholds read naturally: 0.05 → "5%", 0.125 → "12,5%". null (nothing to measure) → `none`.
 */
export function formatPercentVN(rate: number | null, trimOrOptions: boolean | { trim?: boolean; none?: string } = {}): string {
  const options = typeof trimOrOptions === "boolean" ? { trim: trimOrOptions } : trimOrOptions;
  if (rate === null || !Number.isFinite(rate)) return options.none ?? "—";
  const s = (rate * 100).toFixed(2);
  const t = options.trim ? s.replace(/\.?0+$/, "") : s;
  return `${t.replace(".", ",")}%`;
}

/** A Day as dd/mm/yyyy ("05/12/2025"). */
export function formatDateVN(day: Day): string {
  return toVN(day);
}

/** An ISO date "2025-09-30" as dd/mm/yyyy; any other text unchanged. */
export function formatIsoDateVN(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
