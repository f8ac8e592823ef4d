/**
 * A province's roll-up (issue 15): many units' annual summaries in one table — each unit's
 * totals exactly as its own summary gives them, the province's totals as their sum, the late
 * rate of the sum (not an average of rates), and a rank by late rate.
 */
import type { DossierStatsResult } from "../dossiers/types.js";
import type { StatusTotals, SummaryTaskRef } from "../summary/annualSummary.js";
import { emptyTotals } from "../summary/annualSummary.js";
import { taskLateRate } from "../summary/lateRate.js";

export interface RollupUnitInput {
  unit: string;
  file: string;
  totals: StatusTotals;
  lateRate: number | null;
  errors: number;
  warnings: number;
  overdueTasks: SummaryTaskRef[];
}

export interface RollupUnit extends RollupUnitInput {
  /** 1 = lowest late rate; units with the same rate share a rank; null without any due date. */
  rank: number | null;
}

export interface RollupSkipped {
  file: string;
  /** Vietnamese: why the file was not used. */
  reason: string;
}

/** A one-stop export found among the units' files, counted as `cchc dossiers` counts it. */
export interface RollupExport {
  file: string;
  stats: DossierStatsResult;
}

export interface RollupResult {
  year: number;
  /** YYYY-MM-DD */
  asOf: string;
  units: RollupUnit[];
  skipped: RollupSkipped[];
  totals: StatusTotals;
  lateRate: number | null;
  /** One-stop exports among the files: II.06a by unit and Kết luận 91 flags of each. */
  exports: RollupExport[];
}

/** Sum of totals, key by key (every bucket the summary has). */
export function addTotals(list: readonly StatusTotals[]): StatusTotals {
  const sum = emptyTotals() as unknown as Record<string, number>;
  for (const t of list) {
    for (const [k, v] of Object.entries(t)) if (typeof v === "number") sum[k] = (sum[k] ?? 0) + v;
  }
  return sum as unknown as StatusTotals;
}

/** Competition ranking by late rate (1, 2, 2, 4 …); null rates are not ranked. */
function ranks(units: readonly RollupUnitInput[]): (number | null)[] {
  const rated = units.map((u, i) => ({ i, rate: u.lateRate })).filter((x): x is { i: number; rate: number } => x.rate !== null);
  rated.sort((a, b) => a.rate - b.rate);
  const out: (number | null)[] = units.map(() => null);
  rated.forEach((x, k) => {
    out[x.i] = k > 0 && rated[k - 1]!.rate === x.rate ? out[rated[k - 1]!.i]! : k + 1;
  });
  return out;
}

export function rollup(
  units: readonly RollupUnitInput[],
  options: { year: number; asOf: string; skipped?: readonly RollupSkipped[]; exports?: readonly RollupExport[] },
): RollupResult {
  const r = ranks(units);
  const totals = addTotals(units.map((u) => u.totals));
  return {
    year: options.year,
    asOf: options.asOf,
    units: units.map((u, i) => ({ ...u, rank: r[i]! })),
    skipped: [...(options.skipped ?? [])],
    totals,
    lateRate: taskLateRate(totals),
    exports: [...(options.exports ?? [])],
  };
}
