/**
 * Form II.06a/VPCP/KSTT as the one-stop systems print it (TD.DichVuCong's BaoCao06a.tsx,
 * systems.ts): "Biểu số II.06a/VPCP/KSTT" at the top left, the title in the middle, "Đơn vị báo
 * cáo / Đơn vị nhận báo cáo" at the top right, the period, "Đơn vị tính: Số hồ sơ TTHC", three
 * header rows ("Trong đó" over "Trực tuyến" and "Trực tiếp, dịch vụ bưu chính"), the row of
 * column numbers (1)…(13), one row per unit (or staff member, with a "Đơn vị" column beside),
 * the total; our own columns (late rate, returned dossiers) beside the form after an empty
 * column, never inside it. The text of Thông tư 01/2020/TT-VPCP itself was not found in the
 * search index; the wording follows the systems' printout.
 *
 * Host-neutral: a list of cells with styles and merges. The CLI renders it with exceljs; any
 * host that can merge cells can render it the same way.
 */
import type { FormII06aRow, FormII06aTable } from "./formII06a.js";

export type PrintStyle =
  | "formNo"
  | "title"
  | "unitLabel"
  | "period"
  | "measure"
  | "head"
  | "colNo"
  | "text"
  | "int"
  | "pct"
  | "totalText"
  | "totalInt"
  | "totalPct"
  | "note";

export interface PrintCell {
  /** 0-based row and column. */
  r: number;
  c: number;
  v: string | number | null;
  style: PrintStyle;
  rowSpan?: number;
  colSpan?: number;
}

export interface FormII06aPrint {
  cells: PrintCell[];
  /** Column widths in characters. */
  widths: number[];
  /** First and last header rows (0-based), repeated on every printed page. */
  headerRows: [number, number];
  /** Row of the column numbers (1)…(13). */
  numberRow: number;
  /** Last column of the form itself (0-based); the columns after it are beside the form. */
  lastFormColumn: number;
}

export interface PrintOptions {
  /** "Đơn vị báo cáo" (blank to fill by hand when absent). */
  reportingUnit?: string;
  /** "Đơn vị nhận báo cáo". */
  receivingUnit?: string;
}

export const FORM_II06A_NUMBER = "Biểu số II.06a/VPCP/KSTT";
export const FORM_II06A_TITLE =
  "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

export function formII06aPrint(t: FormII06aTable, options: PrintOptions = {}): FormII06aPrint {
  const staff = t.by === "staff";
  const cells: PrintCell[] = [];
  const put = (r: number, c: number, v: string | number | null, style: PrintStyle, rowSpan = 1, colSpan = 1): void => {
    cells.push({ r, c, v, style, ...(rowSpan > 1 ? { rowSpan } : {}), ...(colSpan > 1 ? { colSpan } : {}) });
  };
  // Columns: STT, name, [Đơn vị], 11 figures | gap | late rate, returned.
  const f0 = staff ? 3 : 2; // first figure column
  const lastForm = f0 + 10;
  const gap = lastForm + 1;
  const rateCol = gap + 1;
  const returnedCol = gap + 2;
  const widths = [5, 30, ...(staff ? [24] : []), 9, 9, 11, 9, 9, 9, 13, 9, 9, 13, 9, 2, 10, 11];

  // Top block.
  put(0, 0, FORM_II06A_NUMBER, "formNo", 1, 3);
  put(0, 3, FORM_II06A_TITLE, "title", 2, lastForm - 3 - 2);
  put(0, lastForm - 2, `Đơn vị báo cáo: ${options.reportingUnit ?? "……"}`, "unitLabel", 1, 3);
  put(1, lastForm - 2, `Đơn vị nhận báo cáo: ${options.receivingUnit ?? "……"}`, "unitLabel", 1, 3);
  put(2, 0, t.period.replace("từ ", "từ ngày ").replace(" đến ", " đến ngày "), "period", 1, lastForm + 1);
  put(3, 0, "Đơn vị tính: Số hồ sơ TTHC", "measure", 1, lastForm + 1);

  // Three header rows.
  const h = 4;
  put(h, 0, "STT", "head", 3);
  put(h, 1, t.nameHeader, "head", 3);
  if (staff) put(h, 2, "Đơn vị", "head", 3);
  put(h, f0, "Tiếp nhận", "head", 1, 4);
  put(h + 1, f0, "Tổng số", "head", 2);
  put(h + 1, f0 + 1, "Trong đó", "head", 1, 2);
  put(h + 2, f0 + 1, "Trực tuyến", "head");
  put(h + 2, f0 + 2, "Trực tiếp, dịch vụ bưu chính", "head");
  put(h + 1, f0 + 3, "Từ kỳ trước", "head", 2);
  put(h, f0 + 4, "Số lượng hồ sơ đã giải quyết", "head", 1, 4);
  const withReturned = "\n(bao gồm cả hồ sơ trả lại/xin rút)";
  put(h + 1, f0 + 4, "Tổng số", "head", 2);
  put(h + 1, f0 + 5, "Trước hạn", "head", 2);
  put(h + 1, f0 + 6, `Đúng hạn${t.returnedAs === "onTime" ? withReturned : ""}`, "head", 2);
  put(h + 1, f0 + 7, `Quá hạn${t.returnedAs === "late" ? withReturned : ""}`, "head", 2);
  put(h, f0 + 8, "Số lượng hồ sơ đang giải quyết", "head", 1, 3);
  put(h + 1, f0 + 8, "Tổng số", "head", 2);
  put(h + 1, f0 + 9, "Trong hạn\n(bao gồm cả hồ sơ chờ bổ sung)", "head", 2);
  put(h + 1, f0 + 10, "Quá hạn", "head", 2);
  // Beside the form.
  put(h, rateCol, "Ngoài biểu (không thuộc mẫu II.06a)", "head", 1, 2);
  put(h + 1, rateCol, "Tỷ lệ trễ hạn", "head", 2);
  put(h + 1, returnedCol, "Trong đó trả lại, xin rút, dừng xử lý", "head", 2);

  // Column numbers (1)…(13); the staff member's unit is not a column of the form.
  const numberRow = h + 3;
  put(numberRow, 0, "(1)", "colNo");
  put(numberRow, 1, "(2)", "colNo");
  if (staff) put(numberRow, 2, "", "colNo");
  for (let i = 0; i < 11; i++) put(numberRow, f0 + i, `(${i + 3})`, "colNo");
  put(numberRow, rateCol, "", "colNo");
  put(numberRow, returnedCol, "", "colNo");

  const line = (row: FormII06aRow, r: number, total: boolean): void => {
    put(r, 0, row.stt, total ? "totalText" : "text");
    put(r, 1, row.name, total ? "totalText" : "text");
    if (staff) put(r, 2, row.unit, total ? "totalText" : "text");
    row.figures.forEach((v, i) => put(r, f0 + i, v, total ? "totalInt" : "int"));
    put(r, rateCol, row.lateRate, total ? "totalPct" : "pct");
    put(r, returnedCol, row.returned, total ? "totalInt" : "int");
  };
  let r = numberRow + 1;
  for (const row of t.rows) line(row, r++, false);
  line(t.total, r++, true);
  r++;
  for (const n of t.notes) put(r++, 0, n, "note", 1, returnedCol + 1);
  return { cells, widths, headerRows: [h, numberRow], numberRow, lastFormColumn: lastForm };
}
