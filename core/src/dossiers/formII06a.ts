import { toVN } from "../dates/day.js";
import { formatPercentVN } from "../format/vietnamese.js";
import type { DossierFigures, DossierStatsResult, LateRateParts, ReturnedTreatment } from "./types.js";

/**
 * Form II.06a/VPCP/KSTT (tình hình, kết quả giải quyết TTHC), 13 columns:
 * STT · Đơn vị · Tiếp nhận (Tổng số, Trực tuyến, Trực tiếp/bưu chính, Từ kỳ trước) ·
 * Đã giải quyết (Tổng số, Trước hạn, Đúng hạn, Quá hạn) · Đang giải quyết (Tổng số, Trong hạn, Quá hạn).
 *
 * "Tiếp nhận – Tổng số" is the number of dossiers handled in the period, as on the official
 * form: new in the period (trực tuyến + trực tiếp/bưu chính) + carried over (từ kỳ trước);
 * it always equals Đã giải quyết + Đang giải quyết.
 */
export type FormII06aColumnKey =
  | "stt"
  | "name"
  | "receivedTotal"
  | "receivedOnline"
  | "receivedDirect"
  | "carriedOver"
  | "resolvedTotal"
  | "resolvedEarly"
  | "resolvedOnTime"
  | "resolvedLate"
  | "pendingTotal"
  | "pendingWithin"
  | "pendingOverdue";

export interface FormII06aColumn {
  key: FormII06aColumnKey;
  /** Upper header (merged over its group), "" for STT and Đơn vị (merged down instead). */
  group: "" | "Tiếp nhận" | "Đã giải quyết" | "Đang giải quyết";
  header: string;
  kind: "integer" | "text";
  /** Suggested width in characters. */
  width: number;
}

export const FORM_II06A_COLUMNS: readonly FormII06aColumn[] = [
  { key: "stt", group: "", header: "STT", kind: "text", width: 5 },
  { key: "name", group: "", header: "Đơn vị", kind: "text", width: 36 },
  { key: "receivedTotal", group: "Tiếp nhận", header: "Tổng số", kind: "integer", width: 11 },
  { key: "receivedOnline", group: "Tiếp nhận", header: "Trực tuyến", kind: "integer", width: 11 },
  { key: "receivedDirect", group: "Tiếp nhận", header: "Trực tiếp, dịch vụ bưu chính", kind: "integer", width: 12 },
  { key: "carriedOver", group: "Tiếp nhận", header: "Từ kỳ trước", kind: "integer", width: 11 },
  { key: "resolvedTotal", group: "Đã giải quyết", header: "Tổng số", kind: "integer", width: 11 },
  { key: "resolvedEarly", group: "Đã giải quyết", header: "Trước hạn", kind: "integer", width: 11 },
  { key: "resolvedOnTime", group: "Đã giải quyết", header: "Đúng hạn", kind: "integer", width: 11 },
  { key: "resolvedLate", group: "Đã giải quyết", header: "Quá hạn", kind: "integer", width: 11 },
  { key: "pendingTotal", group: "Đang giải quyết", header: "Tổng số", kind: "integer", width: 11 },
  { key: "pendingWithin", group: "Đang giải quyết", header: "Trong hạn", kind: "integer", width: 11 },
  { key: "pendingOverdue", group: "Đang giải quyết", header: "Quá hạn", kind: "integer", width: 11 },
];

/** The 11 figures of one II.06a row, from column 3 (Tiếp nhận – Tổng số) to 13. null = unknown (no channel column). */
export type FormII06aFigures = (number | null)[];

export function formII06aFigures(f: DossierFigures, hasChannelColumn = true): FormII06aFigures {
  return [
    f.received + f.carriedOver,
    hasChannelColumn ? f.online.received : null,
    hasChannelColumn ? f.received - f.online.received : null,
    f.carriedOver,
    f.resolved.total,
    f.resolved.early,
    f.resolved.onTime,
    f.resolved.late,
    f.pending.total,
    f.pending.withinDeadline,
    f.pending.overdue,
  ];
}

export interface FormII06aRow {
  /** "1", "2", … for units; "" for the total row. */
  stt: string;
  name: string;
  /** By staff: the staff member's unit ("" on the total row); by unit: the unit again. */
  unit: string;
  figures: FormII06aFigures;
  /** Late rate of the row (not a column of the form; shown beside it). */
  lateRate: number | null;
  /** The late rate's numerator and denominator, as printed beside it. */
  lateRateParts: LateRateParts;
  /** Returned / withdrawn / stopped dossiers among the resolved (beside the form). */
  returned: number;
}

export interface FormII06aTable {
  title: string;
  by: "unit" | "staff";
  /** Header of the name column: "Đơn vị" or "Cán bộ". */
  nameHeader: string;
  returnedAs: ReturnedTreatment;
  /** "Kỳ báo cáo: từ 01/01/2022 đến 31/12/2022". */
  period: string;
  columns: readonly FormII06aColumn[];
  /** One row per unit (or staff, when grouped by staff), in the result's order. */
  rows: FormII06aRow[];
  total: FormII06aRow;
  notes: string[];
}

/** The II.06a table of a statistics result, as data. */
export function formII06aTable(r: DossierStatsResult): FormII06aTable {
  const rows = r.groups.map((g, i) => ({
    stt: String(i + 1),
    name: g.key,
    unit: g.unit,
    figures: formII06aFigures(g, r.hasChannelColumn),
    lateRate: g.lateRate,
    lateRateParts: g.lateRateParts,
    returned: g.resolved.returned,
  }));
  const notes = [
    `Tiếp nhận – Tổng số = mới tiếp nhận trong kỳ (trực tuyến + trực tiếp, dịch vụ bưu chính) + từ kỳ trước chuyển sang = Đã giải quyết + Đang giải quyết.`,
    `Đang giải quyết tính đến ngày ${toVN(r.to)}; "Trong hạn" là hồ sơ có ngày hẹn trả (sau khi dời theo thời gian chờ bổ sung) từ ngày ${toVN(r.to)} trở đi, và hồ sơ đang chờ bổ sung theo cột trạng thái.`,
  ];
  notes.push(returnedNote(r.returnedAs, r.returnedExcluded));
  notes.push(lateRateNote(r.lateRateParts));
  if (!r.hasChannelColumn) notes.push(`Tệp không có cột "Hình thức nộp": để trống cột Trực tuyến và Trực tiếp, dịch vụ bưu chính.`);
  if (r.invalidRows.length > 0) notes.push(`${r.invalidRows.length} dòng lỗi không được tính (xem danh sách dòng lỗi).`);
  return {
    title: `Tình hình, kết quả giải quyết thủ tục hành chính (Biểu II.06a/VPCP/KSTT) theo ${r.by === "unit" ? "đơn vị" : "cán bộ xử lý"}`,
    by: r.by,
    nameHeader: r.by === "unit" ? "Đơn vị" : "Cán bộ",
    returnedAs: r.returnedAs,
    period: `Kỳ báo cáo: từ ${toVN(r.from)} đến ${toVN(r.to)}`,
    columns: FORM_II06A_COLUMNS,
    rows,
    total: {
      stt: "",
      name: "Tổng cộng",
      unit: "",
      figures: formII06aFigures(r, r.hasChannelColumn),
      lateRate: r.lateRate,
      lateRateParts: r.lateRateParts,
      returned: r.resolved.returned,
    },
    notes,
  };
}

/** How returned / withdrawn / stopped dossiers were counted, said in every output. */
export function returnedNote(as: ReturnedTreatment, excluded = 0): string {
  if (as === "onTime") return `Hồ sơ trả lại/xin rút/dừng xử lý được tính là đã giải quyết đúng hạn (như biểu II.06a của phần mềm một cửa); chọn khác bằng --returned late|excluded.`;
  if (as === "late") return `Hồ sơ trả lại/xin rút/dừng xử lý được tính là đã giải quyết quá hạn (--returned late).`;
  return `Hồ sơ trả lại/xin rút/dừng xử lý không được tính vào biểu (--returned excluded)${excluded > 0 ? `: ${excluded} hồ sơ` : ""}.`;
}

/** "Tỷ lệ trễ hạn = 2 ÷ 5 = 40,00% (quá hạn đã và đang giải quyết ÷ đã và đang giải quyết)". */
export function lateRateNote(p: LateRateParts): string {
  const what =
    p.basis === "resolvedOnly"
      ? "đã giải quyết quá hạn ÷ đã giải quyết (chỉ tính hồ sơ đã giải quyết)"
      : "(đã giải quyết quá hạn + đang giải quyết quá hạn) ÷ (đã giải quyết + đang giải quyết)";
  return `Tỷ lệ trễ hạn (ngoài biểu) = ${what} = ${p.numerator} ÷ ${p.denominator}${p.rate === null ? " (không tính được)" : ` = ${formatPercentVN(p.rate)}`}.`;
}

/** A merged block of header cells, 0-based, relative to the table's first header row. */
export interface HeaderMerge {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * Host-neutral rendering of the table: two header rows, then one row per unit and the total
 * row, as plain values (null = blank), with the header merges. Hosts write `values` at their
 * anchor, merge `merges`, format columns 3–13 as integers and the header as bold, centred.
 * (No shared SheetSpec existed in core/src/report when this was written.)
 */
export interface FormII06aGrid {
  values: (string | number | null)[][];
  merges: HeaderMerge[];
  headerRows: 2;
  /** Index (in `values`) of the total row. */
  totalRow: number;
}

export function formII06aGrid(t: FormII06aTable): FormII06aGrid {
  const top: (string | null)[] = t.columns.map((c) => (c.group === "" ? c.header : null));
  const second: (string | null)[] = t.columns.map((c) => (c.group === "" ? null : c.header));
  const merges: HeaderMerge[] = [
    { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 1, rowSpan: 2, colSpan: 1 },
  ];
  let c = 2;
  while (c < t.columns.length) {
    const g = t.columns[c].group;
    let end = c;
    while (end + 1 < t.columns.length && t.columns[end + 1].group === g) end++;
    top[c] = g;
    merges.push({ row: 0, col: c, rowSpan: 1, colSpan: end - c + 1 });
    c = end + 1;
  }
  const line = (r: FormII06aRow): (string | number | null)[] => [r.stt, r.name, ...r.figures];
  const values = [top, second, ...t.rows.map(line), line(t.total)];
  return { values, merges, headerRows: 2, totalRow: values.length - 1 };
}
