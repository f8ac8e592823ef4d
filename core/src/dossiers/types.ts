import type { CalendarOptions } from "../calendar/types.js";
import type { Day } from "../dates/day.js";
import type { Kl91Thresholds } from "./kl91.js";

/** One dossier (hồ sơ TTHC) as read from a row of the one-stop export. */
export interface Dossier {
  /** Physical row in the file or sheet (1-based), for messages. */
  row: number;
  code: string;
  unit: string;
  staff: string;
  received: Day;
  /** Ngày hẹn trả as written in the export (before any supplement pause). */
  appointment: Day;
  /**
   * The first end of processing: the earliest of ngày kết thúc xử lý / ngày trả kết quả /
   * ngày hoàn thành (766: the first ending status counts). null = not ended.
   */
  end: Day | null;
  /** true = nộp trực tuyến, false = trực tiếp / bưu chính, null = no channel column or blank cell. */
  online: boolean | null;
  /** Số lần yêu cầu bổ sung (0 when blank and no request date). */
  supplementCount: number;
  supplementRequested: Day | null;
  supplementCompleted: Day | null;
  /** Thanh toán trực tuyến: true/false, null = blank (no fee or not recorded). */
  onlinePayment: boolean | null;
  /** The channel / payment cell held text that was not recognised (counted as trực tiếp / blank, with a warning). */
  channelUnknown?: string;
  paymentUnknown?: string;
  /**
   * What the export's status column says (statusTable.ts), when it decides more than the dates:
   * "returned" (trả lại / xin rút / dừng xử lý), "supplement" (chờ bổ sung). Absent: judged by dates.
   */
  status?: "returned" | "supplement";
}

/** A row that could not be read, with its physical row and a Vietnamese explanation. */
export interface InvalidDossierRow {
  row: number;
  message: string;
}

export type DossierGroupBy = "unit" | "staff";

/** Late-rate denominator: resolved + pending (default, the province's report) or resolved only. */
export type LateRateDenominator = "resolvedAndPending" | "resolvedOnly";

/**
 * How returned / withdrawn / stopped dossiers (trả lại, xin rút, dừng xử lý) count:
 * "onTime" (default, as the one-stop systems' own II.06a: "Đúng hạn (bao gồm cả hồ sơ trả
 * lại/xin rút)"), "late", or "excluded" (left out of every figure, counted apart).
 */
export type ReturnedTreatment = "onTime" | "late" | "excluded";

export interface DossierStatsOptions {
  /** First and last day of the period, inclusive. */
  from: Day;
  to: Day;
  by?: DossierGroupBy;
  denominator?: LateRateDenominator;
  /** Returned / withdrawn / stopped dossiers: default "onTime". */
  returned?: ReturnedTreatment;
  /** Working-day calendar additions (settings), used to move appointments by supplement pauses. */
  calendar?: CalendarOptions;
  /**
   * Move the appointment later by the working days spent waiting for the citizen's supplement
   * (766: that time is not counted). Default true. Set false when the export's ngày hẹn trả
   * already includes the pause.
   */
  pauseForSupplement?: boolean;
  /**
   * Satisfaction index per unit (fractions, e.g. { "Sở Y tế": 0.78 }), names matched
   * accent- and case-insensitively; used by the unit flags of Kết luận 91 (≤ 80 % → not "Tốt").
   */
  satisfaction?: Readonly<Record<string, number>>;
  /** Kết luận 91 thresholds for the group flags (defaults: DEFAULT_KL91_THRESHOLDS). */
  kl91?: Partial<Kl91Thresholds>;
}

export interface ResolvedCounts {
  total: number;
  /** Ended on a day before the (adjusted) appointment day. */
  early: number;
  /** Ended on the appointment day. */
  onTime: number;
  /** Ended after the appointment day, or more than one supplement request. */
  late: number;
  /**
   * Of the resolved: returned / withdrawn / stopped dossiers (trả lại, xin rút, dừng xử lý),
   * already counted in onTime or late as the returned treatment says (0 when excluded).
   */
  returned: number;
}

export interface PendingCounts {
  total: number;
  /** Appointment on or after the period's last day. */
  withinDeadline: number;
  /** Appointment before the period's last day. */
  overdue: number;
  /** Of withinDeadline: dossiers the status says are waiting for the citizen's supplement (chờ bổ sung). */
  waitingSupplement: number;
}

/** The late rate with the figures it is made of, so every output shows the same numbers. */
export interface LateRateParts {
  /** resolved.late + pending.overdue (resolvedAndPending) or resolved.late (resolvedOnly). */
  numerator: number;
  /** resolved.total + pending.total (resolvedAndPending) or resolved.total (resolvedOnly). */
  denominator: number;
  basis: LateRateDenominator;
  /** numerator ÷ denominator; null when the denominator is 0. */
  rate: number | null;
}

/** Dossier figures for one period (whole list or one group). */
export interface DossierFigures {
  /** Received within [from, to]. */
  received: number;
  /** Received before `from`, not ended before `from`. */
  carriedOver: number;
  resolved: ResolvedCounts;
  pending: PendingCounts;
  /** (resolved.late + pending.overdue) ÷ denominator; null when the denominator is 0. */
  lateRate: number | null;
  /** lateRate with its numerator, denominator and which denominator. */
  lateRateParts: LateRateParts;
  /** 1 − lateRate; null when lateRate is null. */
  onTimeRate: number | null;
  online: {
    /** Received in the period and submitted online. */
    received: number;
    /** online.received ÷ received; null when nothing was received or the export has no channel column. */
    rate: number | null;
  };
  onlinePayment: {
    /** Dossiers received in the period paid online. */
    paid: number;
    /** Dossiers received in the period with a yes/no in the payment column. */
    recorded: number;
    /** paid ÷ recorded; null when nothing is recorded. */
    rate: number | null;
  };
}

export interface DossierGroup extends DossierFigures {
  /** The unit or staff name as first written in the export. */
  key: string;
  /** The unit of the group (by staff: the staff member's unit; staff are keyed by (unit, name)). */
  unit: string;
  kl91: { notEligible: boolean; reason: string };
}

export interface DossierStatsResult extends DossierFigures {
  from: Day;
  to: Day;
  by: DossierGroupBy;
  denominator: LateRateDenominator;
  /** One per unit / staff, sorted by name (Vietnamese, diacritics-insensitive). */
  groups: DossierGroup[];
  invalidRows: InvalidDossierRow[];
  /** Rows read (not counting the header, blank rows and repeated headers). */
  rowsRead: number;
  /** Rows read that fall outside the period (received after `to`, or ended before `from`). */
  outsidePeriod: number;
  /** How returned / withdrawn / stopped dossiers were counted. */
  returnedAs: ReturnedTreatment;
  /** Returned / withdrawn / stopped dossiers left out (returnedAs "excluded"), else 0. */
  returnedExcluded: number;
  /** Rows whose status says the dossier was not received (không được tiếp nhận, từ chối tiếp nhận): not counted. */
  notReceived: number;
  /** Rows whose status says the dossier was cancelled (đã hủy, cancelled): not counted. */
  cancelled: number;
  /** Group rows (a unit's name over its dossiers) read as the unit of the rows below. */
  groupRows: number;
  /** false when the export has no "Hình thức nộp" column (online figures unknown, not 0). */
  hasChannelColumn: boolean;
  /** Warnings about the whole list (missing optional columns, unrecognised values). */
  warnings: string[];
}
