import type { DossierFigures, LateRateDenominator, LateRateParts, PendingCounts, ResolvedCounts } from "./types.js";

/**
 * Late rate of dossiers (DOMAIN.md §4):
 * (resolved late + pending overdue) ÷ (resolved + pending)   — "resolvedAndPending" (default)
 * resolved late ÷ resolved                                    — "resolvedOnly" (some provinces)
 * Province 2022: (9,009 + 752) ÷ (596,533 + 18,512) = 9,761 ÷ 615,045 = 1.587 %.
 * null when the denominator is 0 (no dossiers: no rate, not 0 %).
 */
export function lateRate(
  resolved: Pick<ResolvedCounts, "total" | "late">,
  pending: Pick<PendingCounts, "total" | "overdue">,
  denominator: LateRateDenominator = "resolvedAndPending",
): number | null {
  return lateRateParts(resolved, pending, denominator).rate;
}

/** The late rate with its numerator and denominator (the one place they are chosen). */
export function lateRateParts(
  resolved: Pick<ResolvedCounts, "total" | "late">,
  pending: Pick<PendingCounts, "total" | "overdue">,
  basis: LateRateDenominator = "resolvedAndPending",
): LateRateParts {
  const numerator = basis === "resolvedOnly" ? resolved.late : resolved.late + pending.overdue;
  const denominator = basis === "resolvedOnly" ? resolved.total : resolved.total + pending.total;
  return { numerator, denominator, basis, rate: denominator === 0 ? null : numerator / denominator };
}

/** 1 − late rate (null stays null). */
export function onTimeRate(late: number | null): number | null {
  return late === null ? null : 1 - late;
}

/** A share, null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The raw counters behind DossierFigures, as the accumulator keeps them. */
export interface DossierCounters {
  received: number;
  carriedOver: number;
  early: number;
  onTime: number;
  late: number;
  /** Returned / withdrawn / stopped, also counted in onTime or late. */
  returned: number;
  pendingWithin: number;
  /** Waiting for a supplement, also counted in pendingWithin. */
  waitingSupplement: number;
  pendingOverdue: number;
  online: number;
  paid: number;
  paymentRecorded: number;
}

export function emptyCounters(): DossierCounters {
  return {
    received: 0,
    carriedOver: 0,
    early: 0,
    onTime: 0,
    late: 0,
    returned: 0,
    pendingWithin: 0,
    waitingSupplement: 0,
    pendingOverdue: 0,
    online: 0,
    paid: 0,
    paymentRecorded: 0,
  };
}

/** Counters → figures with rates. `hasChannel` false (no channel column) makes the online rate null. */
export function figuresOf(c: DossierCounters, denominator: LateRateDenominator, hasChannel = true): DossierFigures {
  const resolved: ResolvedCounts = {
    total: c.early + c.onTime + c.late,
    early: c.early,
    onTime: c.onTime,
    late: c.late,
    returned: c.returned,
  };
  const pending: PendingCounts = {
    total: c.pendingWithin + c.pendingOverdue,
    withinDeadline: c.pendingWithin,
    overdue: c.pendingOverdue,
    waitingSupplement: c.waitingSupplement,
  };
  const parts = lateRateParts(resolved, pending, denominator);
  const late = parts.rate;
  return {
    received: c.received,
    carriedOver: c.carriedOver,
    resolved,
    pending,
    lateRate: late,
    lateRateParts: parts,
    onTimeRate: onTimeRate(late),
    online: { received: c.online, rate: hasChannel ? ratio(c.online, c.received) : null },
    onlinePayment: { paid: c.paid, recorded: c.paymentRecorded, rate: ratio(c.paid, c.paymentRecorded) },
  };
}
