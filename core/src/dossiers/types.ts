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
}

/** A row that could not be read, with its physical row and a Vietnamese explanation. */
export interface InvalidDossierRow {
  row: number;
  message: string;
}

export type DossierGroupBy = "unit" | "staff";

/** Late-rate denominator: resolved + pending (default, the province's report) or resolved only. */
export type LateRateDenominator = "resolvedAndPending" | "resolvedOnly";

export interface DossierStatsOptions {
  /** First and last day of the period, inclusive. */
  from: Day;
  to: Day;
  by?: DossierGroupBy;
  denominator?: LateRateDenominator;
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
}

export interface PendingCounts {
  total: number;
  /** Appointment on or after the period's last day. */
  withinDeadline: number;
  /** Appointment before the period's last day. */
  overdue: number;
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
  /** false when the export has no "Hình thức nộp" column (online figures unknown, not 0). */
  hasChannelColumn: boolean;
  /** Warnings about the whole list (missing optional columns, unrecognised values). */
  warnings: string[];
}
